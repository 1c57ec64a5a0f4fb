package dev.conductor.agent.policy;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The refusals' journal lines, at most {@value #LINES} per {@value #WINDOW_SECONDS} seconds: a client
 * hammering a function with bad tokens must not flood the journal (or fill the disk). What is left
 * out is counted, and the count said with the next line that gets through.
 */
final class ThrottledJournal implements Consumer<String> {

    static final int LINES = 20;
    static final int WINDOW_SECONDS = 10;

    private final Consumer<String> journal;
    private final LongSupplier nanos;
    private long windowStart;
    private int written;
    private long dropped;

    ThrottledJournal(Consumer<String> journal, LongSupplier nanos) {
        this.journal = journal;
        this.nanos = nanos;
        this.windowStart = nanos.getAsLong();
    }

    @Override
    public synchronized void accept(String line) {
        long now = nanos.getAsLong();
        if (now - windowStart >= TimeUnit.SECONDS.toNanos(WINDOW_SECONDS)) {
            windowStart = now;
            written = 0;
        }
        if (written >= LINES) {
            dropped++;
            return;
        }
        if (dropped > 0) {
            journal.accept("auth: " + dropped + " more refusals were not logged (at most " + LINES + " lines per "
                    + WINDOW_SECONDS + " s)");
            dropped = 0;
            written++;
        }
        journal.accept(line);
        written++;
    }
}
