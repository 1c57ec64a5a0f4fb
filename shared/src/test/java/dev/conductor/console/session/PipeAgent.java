package dev.conductor.console.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An agent played by the test over in-memory pipes: the test says lines as the agent and reads
 * what the console sent. Ends like a process: with an exit status, or without one like a
 * dropped connection.
 */
final class PipeAgent implements AgentChannel {

    private final Pipe toConsole = open();
    private final Pipe toAgent = open();
    private final BufferedReader heard = new BufferedReader(
            new InputStreamReader(Channels.newInputStream(toAgent.source()), StandardCharsets.UTF_8));
    private final OutputStream agentStdout = Channels.newOutputStream(toConsole.sink());
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final String name;
    private volatile String stderr = "";
    private volatile boolean closed;

    PipeAgent() {
        this("'fake agent' on test");
    }

    /** @param name what {@link #describe()} says */
    PipeAgent(String name) {
        this.name = name;
    }

    /** Writes one line to the console, as the agent. */
    PipeAgent say(String line) {
        return send(line + "\n");
    }

    /** Writes {@code text} as it is, e.g. an HTTP head with its CRLFs. */
    PipeAgent send(String text) {
        try {
            agentStdout.write(text.getBytes(StandardCharsets.UTF_8));
            agentStdout.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PipeAgent sayHello() {
        return say("{\"type\":\"hello\",\"protocol\":1,\"agent_version\":\"0.1.0\",\"hostname\":\"h1\","
                + "\"capabilities\":[\"services\",\"logs\"]}");
    }

    /** The next line the console sent. */
    String heard() {
        try {
            return CompletableFuture.supplyAsync(this::readLine).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the console sent nothing within 5 s", e);
        }
    }

    void stderr(String text) {
        this.stderr = text;
    }

    /** Ends the output with an exit status, as a process that exited. */
    void exit(int status) {
        exit.complete(status);
        endOutput();
    }

    /** Ends the output without an exit status, as a dropped connection. */
    void drop() {
        endOutput();
    }

    boolean closedByConsole() {
        return closed;
    }

    @Override
    public InputStream stdout() {
        return Channels.newInputStream(toConsole.source());
    }

    @Override
    public OutputStream stdin() {
        return Channels.newOutputStream(toAgent.sink());
    }

    @Override
    public String stderrTail() {
        return stderr;
    }

    @Override
    public Exit exit(Duration wait) {
        try {
            return new Exit(exit.get(wait.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (Exception e) {
            return Exit.UNKNOWN;
        }
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        closed = true;
        endOutput();
    }

    private void endOutput() {
        try {
            toConsole.sink().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readLine() {
        try {
            return heard.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pipe open() {
        try {
            return Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
