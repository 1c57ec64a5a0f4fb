package dev.conductor.console.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.RequestParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What a console needs of one live agent session: the agent's hello, calls, streams, and
 * knowing when the link is gone. The SSH session implements it; tests may use a fake.
 */
public interface AgentLink extends AutoCloseable {

    Hello hello();

    /** Sends a request; the future fails with the agent's error, or with an outcome-unknown error on a drop. */
    <P extends RequestParams> CompletableFuture<JsonNode> call(MethodName<P> method, P params);

    /**
     * Starts a streaming request; {@code events} gets its events on the link's reader thread. The
     * returned future completes with the final result, or fails like {@link #call}.
     */
    <P extends RequestParams> Stream stream(MethodName<P> method, P params, Consumer<Event> events);

    /** Completes when the link is closed, normally or not, with the reason ({@code ""} when closed on purpose). */
    CompletableFuture<String> closed();

    @Override
    void close();

    /** A running streaming request. */
    interface Stream {
        CompletableFuture<JsonNode> result();

        void cancel();
    }
}
