package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.wiring.AgentGraph;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The session's one set of watchers behind every {@code events.subscribe}: started with the
 * first subscription, stopped with the last. A trigger recomputes the kinds of rows it concerns
 * and sends subscribers what differs: at once after a quiet time, then at most once per debounce
 * (a deploy fires dozens). Rows that change with nothing to watch (functions' figures, with every
 * request) are polled instead, once per poll interval, and likewise only what differs is sent.
 */
final class ChangeFeed implements AutoCloseable {

    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Supplier<AgentGraph> graphs;
    private final Supplier<List<ChangeSource>> sourceFactory;
    private final Duration debounce;
    private final Duration settle;
    private final Duration poll;
    private final Set<Call> subscribers = new LinkedHashSet<>();
    private final Set<RowKind> pending = EnumSet.noneOf(RowKind.class);
    private final RowInputs known;
    private long lastRefresh;
    private List<ChangeSource> sources = List.of();
    private RowSnapshot snapshot;
    private ScheduledExecutorService timer;
    private boolean scheduled;

    /**
     * @param debounce the least time between two recomputations
     * @param settle when to recompute everything once after the start: watchers take a moment
     *     to start reading, and a change in that moment would otherwise be lost
     * @param poll how often to read the rows of the {@link RowKind#polled() polled} kinds
     */
    ChangeFeed(Supplier<AgentGraph> graphs, RowInputs known, Supplier<List<ChangeSource>> sourceFactory,
            Duration debounce, Duration settle, Duration poll) {
        this.graphs = graphs;
        this.known = known;
        this.sourceFactory = sourceFactory;
        this.debounce = debounce;
        this.settle = settle;
        this.poll = poll;
    }

    /** Sends {@code call} every current row, then each change until {@link #unsubscribe}. */
    synchronized void subscribe(Call call) {
        if (subscribers.isEmpty()) {
            try {
                start();
            } catch (RuntimeException e) {
                stop();
                throw e;
            }
        }
        subscribers.add(call);
        snapshot.all().forEach(change -> call.emit(change.event(), change.data()));
    }

    synchronized void unsubscribe(Call call) {
        if (subscribers.remove(call) && subscribers.isEmpty()) {
            stop();
        }
    }

    /** Called by sources, from their threads. */
    synchronized void changed(Set<RowKind> kinds) {
        if (timer == null) {
            return;
        }
        pending.addAll(kinds);
        if (!scheduled) {
            scheduled = true;
            long wait = Math.max(0, lastRefresh + debounce.toNanos() - System.nanoTime());
            timer.schedule(this::refresh, wait, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public synchronized void close() {
        subscribers.clear();
        stop();
    }

    private void refresh() {
        Set<RowKind> kinds;
        synchronized (this) {
            kinds = EnumSet.copyOf(pending.isEmpty() ? EnumSet.allOf(RowKind.class) : pending);
            pending.clear();
            scheduled = false;
            lastRefresh = System.nanoTime();
        }
        AgentGraph graph = graphs.get();
        for (RowKind kind : kinds) {
            try {
                kind.quickRows(graph, known).ifPresent(rows -> publish(kind, rows));
                publish(kind, kind.rows(graph, known));
            } catch (RuntimeException e) {
                retryLater(kind, e);
            }
        }
    }

    private void poll() {
        AgentGraph graph = graphs.get();
        for (RowKind kind : RowKind.values()) {
            try {
                if (kind.polled()) {
                    kind.quickRows(graph, known).ifPresent(rows -> publish(kind, rows));
                }
            } catch (RuntimeException e) {
                // the next poll tries again; a failure must not cancel the polling
                System.err.println("serve: cannot read " + kind.event() + "s for events: " + e.getMessage());
            }
        }
    }

    // A listing can fail while a pod is being removed under it; the final state must still go out.
    // Stopping interrupts a refresh in flight, whose listing then fails: nobody needs to hear that.
    private synchronized void retryLater(RowKind kind, RuntimeException e) {
        if (timer != null) {
            System.err.println("serve: cannot list " + kind.event() + "s for events, trying again: " + e.getMessage());
            timer.schedule(() -> changed(EnumSet.of(kind)), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void publish(RowKind kind, Map<String, JsonNode> rows) {
        if (timer == null) {
            return;
        }
        for (RowSnapshot.Change change : snapshot.update(kind, rows)) {
            subscribers.forEach(call -> call.emit(change.event(), change.data()));
        }
    }

    private void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "serve-events");
            thread.setDaemon(true);
            return thread;
        });
        snapshot = new RowSnapshot();
        lastRefresh = System.nanoTime();
        sources = sourceFactory.get();
        sources.forEach(source -> source.start(this::changed));
        AgentGraph graph = graphs.get();
        for (RowKind kind : RowKind.values()) {
            try {
                snapshot.update(kind, kind.rows(graph, known));
            } catch (RuntimeException e) {
                System.err.println("serve: cannot list " + kind.event() + "s for events: " + e.getMessage());
            }
        }
        timer.schedule(() -> changed(EnumSet.allOf(RowKind.class)), settle.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void stop() {
        sources.forEach(ChangeSource::close);
        sources = List.of();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        pending.clear();
        scheduled = false;
    }
}
