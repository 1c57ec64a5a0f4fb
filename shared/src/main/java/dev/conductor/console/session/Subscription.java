package dev.conductor.console.session;

import dev.conductor.console.link.AgentLink;
import java.util.concurrent.CompletableFuture;

/**
 * A streaming request in flight: its events go to the subscriber until {@link #result()}
 * completes. {@link #cancel()} asks the agent to stop; the stream then ends normally.
 */
public final class Subscription<R> implements AgentLink.Stream<R> {

    private final String id;
    private final CompletableFuture<R> result;
    private final Runnable canceller;

    Subscription(String id, CompletableFuture<R> result, Runnable canceller) {
        this.id = id;
        this.result = result;
        this.canceller = canceller;
    }

    /** The request id; null if the request was never sent. */
    public String id() {
        return id;
    }

    /**
     * The final result record: a command's exit code, a deploy's state; null after a cancel.
     * Fails with {@link AgentCallException} or {@link OutcomeUnknownException}.
     */
    @Override
    public CompletableFuture<R> result() {
        return result;
    }

    /** Asks the agent to stop the stream or command; does nothing once it has ended. */
    @Override
    public void cancel() {
        if (!result.isDone()) {
            canceller.run();
        }
    }
}
