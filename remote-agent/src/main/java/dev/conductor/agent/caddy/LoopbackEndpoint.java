package dev.conductor.agent.caddy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/** The admin API on a loopback TCP address, such as Caddy's default {@code localhost:2019}. */
record LoopbackEndpoint(URI base) implements AdminEndpoint {

    LoopbackEndpoint {
        String host = base.getHost();
        if (host == null || base.getPort() < 0 || !("localhost".equals(host) || host.startsWith("127.")
                || "[::1]".equals(host) || "::1".equals(host))) {
            throw new IllegalArgumentException("Caddy's admin API must stay on loopback, not '" + base + "'");
        }
    }

    @Override
    public AdminConnection open(Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new AdminConnection(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream(), socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String host() {
        return base.getHost() + ":" + base.getPort();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
