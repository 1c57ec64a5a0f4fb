package dev.conductor.agent.serve;

import dev.conductor.protocol.Hello;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;

/**
 * An {@link AgentServer} on in-memory pipes, with a {@link ProtocolClient} at the other end.
 * NIO pipes rather than PipedInputStream: those break when a thread that wrote to them ends,
 * and the server writes from its pool threads.
 */
final class PipedServer implements AutoCloseable {

    static final Hello HELLO = Hello.fromAgent("9.9.9-test", "test-host", ServeMethods.CAPABILITIES);
    private final OutputStream toServer;
    private final ProtocolClient client;
    private final Thread thread;

    PipedServer(Methods methods) {
        try {
            Pipe in = Pipe.open();
            Pipe out = Pipe.open();
            toServer = Channels.newOutputStream(in.sink());
            AgentServer server = new AgentServer(Channels.newInputStream(in.source()),
                    Channels.newOutputStream(out.sink()), HELLO, methods);
            thread = new Thread(server::run, "agent-server");
            thread.start();
            client = new ProtocolClient(Channels.newInputStream(out.source()), toServer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProtocolClient client() {
        return client;
    }

    /** Closes the server's stdin, as a console that disconnects does. */
    void endInput() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the server's loop ended within {@code timeout}. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    List<String> lines() {
        return client.lines();
    }

    @Override
    public void close() throws InterruptedException {
        endInput();
        awaitStopped(Duration.ofSeconds(10));
    }
}
