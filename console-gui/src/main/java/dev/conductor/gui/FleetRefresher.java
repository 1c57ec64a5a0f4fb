package dev.conductor.gui;

import dev.conductor.console.fleet.FleetChange;
import dev.conductor.console.fleet.FleetListener;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns fleet changes, which arrive on connection threads, into view refreshes on the FX thread:
 * however many changes come in a burst, at most one refresh is queued at a time, and it reads
 * the fleet as it is when it runs.
 */
public final class FleetRefresher implements FleetListener {

    private final Executor fx;
    private final Runnable refresh;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    /** @param fx the FX thread's executor ({@code Platform::runLater}) */
    public FleetRefresher(Executor fx, Runnable refresh) {
        this.fx = fx;
        this.refresh = refresh;
    }

    @Override
    public void changed(FleetChange change) {
        if (queued.compareAndSet(false, true)) {
            fx.execute(this::run);
        }
    }

    private void run() {
        queued.set(false); // changes from now on queue another refresh, so none is missed
        long start = System.nanoTime();
        refresh.run();
        nanos.addAndGet(System.nanoTime() - start);
        refreshes.incrementAndGet();
    }

    /** How many refreshes ran, for tests and the benchmark. */
    public long refreshes() {
        return refreshes.get();
    }

    /** Time spent refreshing on the FX thread so far, in nanoseconds. */
    public long refreshNanos() {
        return nanos.get();
    }
}
