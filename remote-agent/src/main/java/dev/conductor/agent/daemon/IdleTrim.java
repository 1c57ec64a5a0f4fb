package dev.conductor.agent.daemon;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Gives memory back once the agent is idle again. The serial collector shrinks the heap only at a
 * full collection, and a busy minute (a reload of 50 services, a few deploys) would otherwise leave
 * the idle agent at its high-water mark for good. Runs one collection after each burst of work.
 */
public final class IdleTrim {

    /** How often the agent looks; a burst is over when a whole period passed without a request. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private final LongSupplier requests;
    private long seen;
    private long trimmed;

    public IdleTrim(LongSupplier requests) {
        this.requests = requests;
    }

    /** Called every {@link #PERIOD}; true when it collected. */
    public boolean tick() {
        long now = requests.getAsLong();
        boolean quiet = now == seen;
        seen = now;
        if (quiet && now != trimmed) {
            trimmed = now;
            System.gc();
            return true;
        }
        return false;
    }
}
