package dev.conductor.agent.serve;

import dev.conductor.protocol.Hello;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The agent's side of docs/protocol.md over a pair of streams: says hello, answers requests
 * until the console closes its end, then cancels whatever still runs.
 */
public final class AgentServer implements AutoCloseable {

    // A deploy cannot be cancelled, and one cut off half-way is worse than one that finishes
    // after its console left; each has its own timeouts. Closing from a signal must be quick.
    private static final long FINISH_GRACE_MILLIS = 10 * 60_000;
    private static final long CLOSE_GRACE_MILLIS = 3_000;
    private final InputStream in;
    private final Hello hello;
    private final Methods methods;
    private final MessageWriter out;
    private final Dispatcher dispatcher;
    private boolean closed;

    public AgentServer(InputStream in, OutputStream out, Hello hello, Methods methods) {
        this.in = in;
        this.hello = hello;
        this.methods = methods;
        this.out = new MessageWriter(out);
        this.dispatcher = new Dispatcher(methods, this.out);
    }

    /**
     * Serves on stdin and the real stdout; {@code System.out} goes to stderr meanwhile, so that
     * a stray print anywhere in the agent cannot corrupt the protocol stream.
     */
    public static void serveStdio(Hello hello, Methods methods) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (AgentServer server = new AgentServer(System.in, stdout, hello, methods)) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-shutdown"));
            server.run();
        } finally {
            System.setOut(stdout);
        }
    }

    /** Sends the hello and serves until end of input; requests that cannot be cancelled may finish first. */
    public void run() {
        out.write(hello);
        LineReader reader = new LineReader(in);
        try {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                if (line.tooLong()) {
                    dispatcher.refuseLong(line.length());
                } else {
                    dispatcher.accept(line.text());
                }
            }
        } catch (IOException e) {
            System.err.println("serve: cannot read the console's messages: " + e.getMessage());
        } finally {
            shutdown(FINISH_GRACE_MILLIS);
        }
    }

    /** Cancels every call and stops child processes and watchers; the second call does nothing. */
    @Override
    public void close() {
        shutdown(CLOSE_GRACE_MILLIS);
    }

    /** Cancels streams and commands, gives other calls {@code graceMillis} to end, then interrupts them. */
    private void shutdown(long graceMillis) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            dispatcher.shutdown(graceMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            methods.close();
        }
    }
}
