package dev.conductor.console.link;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reconnect delays: doubling from {@code first} up to {@code max}, with up to 20% jitter so that
 * many consoles do not hit a restarted sshd in lockstep. Reset after a successful connect.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** The delay before the next attempt; each call doubles the following one. */
    public synchronized Duration nextDelay() {
        Duration delay = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        long jitter = (long) (delay.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return delay.plusMillis(jitter);
    }

    public synchronized void reset() {
        next = first;
    }
}
