package dev.conductor.console.session;

import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The session's reader thread: takes the agent's first line as its hello, then dispatches each
 * line to the pending requests. Ends at end of stream, reporting why.
 */
final class Inbox implements Runnable {

    /** What came first instead of a hello: the line, or null for end of output. */
    static final class NoHello extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String line;

        NoHello(String line) {
            super(line == null ? "output ended" : "printed '" + line + "'", null, false, false);
            this.line = line;
        }
    }

    private final BufferedReader lines;
    private final PendingCalls pending;
    private final Consumer<IOException> onEnd;
    private final CompletableFuture<Hello> hello = new CompletableFuture<>();

    /** @param onEnd told when the output ends: with the read error, or null at end of stream */
    Inbox(InputStream stdout, PendingCalls pending, Consumer<IOException> onEnd) {
        this.lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
        this.pending = pending;
        this.onEnd = onEnd;
    }

    /** Completes with the agent's hello, or fails with {@link NoHello}. */
    CompletableFuture<Hello> hello() {
        return hello;
    }

    @Override
    public void run() {
        IOException failure = null;
        try {
            if (readHello()) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    dispatch(line);
                }
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            hello.completeExceptionally(new NoHello(null));
            onEnd.accept(failure);
        }
    }

    private boolean readHello() throws IOException {
        String first = lines.readLine();
        Message message = first == null ? null : parse(first);
        if (message instanceof Hello agentHello) {
            return hello.complete(agentHello);
        }
        hello.completeExceptionally(new NoHello(first));
        return false;
    }

    private void dispatch(String line) {
        Message message = parse(line);
        if (message instanceof Response response) {
            pending.answered(response);
        } else if (message instanceof ErrorReply error) {
            pending.failed(error);
        } else if (message instanceof Event event) {
            pending.event(event);
        } // a second hello, an unknown type or a stray line: ignored, as the protocol says
    }

    private static Message parse(String line) {
        try {
            return MessageCodec.read(line);
        } catch (ProtocolException e) {
            return null;
        }
    }
}
