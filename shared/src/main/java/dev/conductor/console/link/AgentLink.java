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
 * knowing when the link is gone. Answers come as the method's result record. The SSH session
 * implements it; tests may use a fake.
 */
public interface AgentLink extends AutoCloseable {

    Hello hello();

    /**
     * Sends a request; the future completes with its result record, or fails with the agent's error,
     * an outcome-unknown error on a drop, or a protocol error when the answer does not fit the record.
     */
    <P extends RequestParams, R> CompletableFuture<R> call(MethodName<P, R> method, P params);

    /**
     * Starts a streaming request; {@code events} gets its events on the link's reader thread. The
     * returned stream's result completes with the final result record (null after a cancel), or
     * fails like {@link #call}.
     */
    <P extends RequestParams, R> Stream<R> stream(MethodName<P, R> method, P params, Consumer<Event> events);

    /** Completes when the link is closed, normally or not, with the reason ({@code ""} when closed on purpose). */
    CompletableFuture<String> closed();

    @Override
    void close();

    /**
     * An answer as {@code method}'s result record, for implementations: a failure stays the same
     * exception, unwrapped, so that callers can tell the agent's errors from a dropped link.
     */
    static <R> CompletableFuture<R> typed(MethodName<?, R> method, CompletableFuture<JsonNode> answer) {
        CompletableFuture<R> typed = new CompletableFuture<>();
        answer.whenComplete((json, failure) -> {
            if (failure != null) {
                typed.completeExceptionally(failure);
                return;
            }
            try {
                typed.complete(method.result(json));
            } catch (RuntimeException e) {
                typed.completeExceptionally(e);
            }
        });
        return typed;
    }

    /** A running streaming request. */
    interface Stream<R> {
        CompletableFuture<R> result();

        void cancel();
    }
}
