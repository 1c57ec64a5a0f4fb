package dev.conductor.console.ssh;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * An ssh-agent reached through its Unix socket ({@code SSH_AUTH_SOCK}) with Java 16's Unix
 * domain sockets. MINA's own Unix agent client needs Tomcat's native APR library; the protocol
 * itself (MINA's {@link AbstractAgentProxy}) only needs length-prefixed request and answer.
 */
final class UnixSocketAgent extends AbstractAgentProxy {

    /** Far above any real answer (a list of a few hundred keys); guards against a corrupt length. */
    private static final int MAX_ANSWER = 256 * 1024;

    private final SocketChannel socket;

    UnixSocketAgent(Path path) throws IOException {
        super(null);
        this.socket = SocketChannel.open(UnixDomainSocketAddress.of(path));
    }

    @Override
    protected synchronized Buffer request(Buffer buffer) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
        while (out.hasRemaining()) {
            socket.write(out);
        }
        int length = read(Integer.BYTES).getInt();
        if (length < 0 || length > MAX_ANSWER) {
            throw new IOException("ssh-agent answered with an impossible length " + length);
        }
        return new ByteArrayBuffer(read(length).array());
    }

    private ByteBuffer read(int length) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(length);
        while (in.hasRemaining()) {
            if (socket.read(in) < 0) {
                throw new IOException("ssh-agent closed the connection");
            }
        }
        return in.flip();
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        super.close();
    }
}
