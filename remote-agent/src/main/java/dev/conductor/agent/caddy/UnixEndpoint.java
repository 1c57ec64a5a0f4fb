package dev.conductor.agent.caddy;

import dev.conductor.agent.http.DaemonThreads;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The admin API on a unix socket ({@code admin unix//PATH} in the Caddyfile), which only users who
 * may enter its directory reach. A socket channel has no read timeout, so a timer closes it.
 */
record UnixEndpoint(Path socket) implements AdminEndpoint {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    @Override
    public AdminConnection open(Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        Future<?> deadline = TIMER.schedule(() -> closeQuietly(channel), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            deadline.cancel(false);
            channel.close();
            throw e;
        }
        return new AdminConnection(new BufferedInputStream(Channels.newInputStream(channel)),
                Channels.newOutputStream(channel), () -> {
                    deadline.cancel(false);
                    channel.close();
                });
    }

    /** Empty: Caddy 2.6 accepts no other Host on a unix socket unless the Caddyfile lists origins. */
    @Override
    public String host() {
        return "";
    }

    @Override
    public String toString() {
        return "unix/" + socket;
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the read that timed out reports the failure
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("caddy-admin-timeout"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
