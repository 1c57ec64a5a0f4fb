package dev.conductor.console.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A function's requests per second, worked out from the {@code requests} counter of its rows and
 * when they arrived, with the last {@value #KEPT} rates for a sparkline. Immutable: each row
 * makes a new one.
 *
 * @param requests the counter of the last row counted
 * @param atNanos when that row arrived ({@link System#nanoTime()} or a test's clock)
 * @param samples the rates so far, oldest first, at most {@value #KEPT}
 */
public record RequestRate(long requests, long atNanos, List<Double> samples) {

    /** How many rates a function keeps: a minute of the agent's once-a-second rows. */
    public static final int KEPT = 60;
    /** Rows this close are folded into the next, so that an extra row does not make a noisy rate. */
    static final long MIN_SPAN_NANOS = Duration.ofMillis(500).toNanos();

    public RequestRate {
        samples = List.copyOf(samples);
    }

    /** The rate of a function seen for the first time: none yet. */
    public static RequestRate first(long requests, long atNanos) {
        return new RequestRate(requests, atNanos, List.of());
    }

    /** With a row that counted {@code now} requests at {@code at}: one more rate, of the requests since the last. */
    public RequestRate next(long now, long at) {
        if (now < requests) {
            return first(now, at).withSamples(samples); // the agent restarted and counts from 0 again
        }
        long span = at - atNanos;
        if (span < MIN_SPAN_NANOS) {
            return this;
        }
        return new RequestRate(now, at, append((now - requests) * 1e9 / span));
    }

    /**
     * No row came for a while: the agent sends a function's row whenever its counter moved, so none
     * came in, and the rate is 0 from the last row on.
     */
    public RequestRate quiet(long at) {
        return new RequestRate(requests, at, append(0));
    }

    /** The latest rate, 0 before there is one. */
    public double perSecond() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1);
    }

    private RequestRate withSamples(List<Double> kept) {
        return new RequestRate(requests, atNanos, kept);
    }

    private List<Double> append(double rate) {
        List<Double> more = new ArrayList<>(samples.subList(Math.max(0, samples.size() - KEPT + 1), samples.size()));
        more.add(rate);
        return more;
    }
}
