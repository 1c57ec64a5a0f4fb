package dev.conductor.gui;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.view.Links;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.RequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Agent calls for the views: started on a background thread, never on the FX thread, and
 * answered on the FX thread. Stream events are queued and handed over in batches, one FX task
 * per batch, so that a burst of log lines does not flood the FX event queue.
 */
public final class FxCalls {

    private final Links links;
    private final Executor background;
    private final Executor fx;

    /**
     * @param links the live link of each host
     * @param background where calls start
     * @param fx where answers and events are delivered ({@code Platform::runLater}; tests pass a direct executor)
     */
    public FxCalls(Links links, Executor background, Executor fx) {
        this.links = links;
        this.background = background;
        this.fx = fx;
    }

    /** Calls on daemon threads, answers on the JavaFX application thread. */
    public static FxCalls standard(Links links) {
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "agent-call");
            thread.setDaemon(true);
            return thread;
        });
        return new FxCalls(links, pool, Platform::runLater);
    }

    /**
     * Calls {@code method} on {@code host}; the future completes on the FX thread with the method's
     * result record, failing if the host is not connected.
     */
    public <P extends RequestParams, R> CompletableFuture<R> call(String host, MethodName<P, R> method, P params) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        Optional<AgentLink> link = links.link(host);
        if (link.isEmpty()) {
            fx.execute(() -> answer.completeExceptionally(notConnected(host)));
            return answer;
        }
        background.execute(() -> link.get().call(method, params).whenComplete((result, failure) -> fx.execute(() -> {
            if (failure == null) {
                answer.complete(result);
            } else {
                answer.completeExceptionally(failure);
            }
        })));
        return answer;
    }

    /**
     * Starts the streaming request {@code method}; {@code events} gets its events on the FX
     * thread, in order, and the result completes on the FX thread after the last of them.
     */
    public <P extends RequestParams, R> FxStream<R> stream(String host, MethodName<P, R> method, P params,
            Consumer<Event> events) {
        CompletableFuture<R> result = new CompletableFuture<>();
        Optional<AgentLink> link = links.link(host);
        if (link.isEmpty()) {
            fx.execute(() -> result.completeExceptionally(notConnected(host)));
            return new FxStream<>(result, () -> { });
        }
        Batches batches = new Batches(events);
        CompletableFuture<AgentLink.Stream<R>> started = CompletableFuture.supplyAsync(
                () -> link.get().stream(method, params, batches::add), background);
        started.whenComplete((stream, failure) -> {
            CompletableFuture<R> done = failure == null ? stream.result() : CompletableFuture.failedFuture(failure);
            done.whenComplete((answer, error) -> fx.execute(() -> {
                batches.drain(); // events that came before the answer are shown before it
                if (error == null) {
                    result.complete(answer);
                } else {
                    result.completeExceptionally(error);
                }
            }));
        });
        return new FxStream<>(result, () -> started.thenAccept(AgentLink.Stream::cancel));
    }

    /** The reason to show for a failed call: the agent's or the link's message, without wrappers. */
    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static IllegalStateException notConnected(String host) {
        return new IllegalStateException(host + " is not connected");
    }

    /**
     * A running stream as the views see it.
     *
     * @param result completes on the FX thread with the final result record (null after a cancel), or the failure
     * @param cancel stops the stream (a deploy runs to its end regardless)
     * @param <R> the method's result record
     */
    public record FxStream<R>(CompletableFuture<R> result, Runnable cancel) {}

    /** Events queued by the reader thread, handed to the FX thread in one task per batch. */
    private final class Batches {
        private final Consumer<Event> events;
        private List<Event> pending = new ArrayList<>();

        Batches(Consumer<Event> events) {
            this.events = events;
        }

        void add(Event event) {
            boolean first;
            synchronized (this) {
                first = pending.isEmpty();
                pending.add(event);
            }
            if (first) {
                fx.execute(this::drain);
            }
        }

        void drain() {
            List<Event> batch;
            synchronized (this) {
                batch = pending;
                pending = new ArrayList<>();
            }
            batch.forEach(events);
        }
    }
}
