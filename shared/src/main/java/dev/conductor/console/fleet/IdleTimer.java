package dev.conductor.console.fleet;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Times function rows and tells when a busy function's next row is overdue: the agent sends a
 * function's row once a second while its figures move, so a rate without a row for a while has
 * fallen to 0.
 */
final class IdleTimer {

    /** Twice the agent's poll and some: a busy function's row is never that late. */
    static final Duration QUIET = Duration.ofMillis(2500);
    private final LongSupplier clock;
    private final Duration quiet;

    IdleTimer(LongSupplier clock, Duration quiet) {
        this.clock = clock;
        this.quiet = quiet;
    }

    long now() {
        return clock.getAsLong();
    }

    /** Runs {@code check} once the quiet time has passed, on a daemon thread all fleets share. */
    void afterQuiet(Runnable check) {
        Shared.TIMER.schedule(check, quiet.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Started with the first busy function, as a console without functions needs no thread. */
    private static final class Shared {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fleet-idle");
            thread.setDaemon(true);
            return thread;
        });
    }
}
