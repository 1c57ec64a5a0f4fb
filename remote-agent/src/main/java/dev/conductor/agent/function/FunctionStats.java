package dev.conductor.agent.function;

import java.util.Arrays;

/** What one function's socket has served: requests, errors (5xx), and the latency of the last 1,024. */
public final class FunctionStats {

    private static final int KEPT = 1024;

    /**
     * A moment's figures; latencies in milliseconds, 0 before the first request.
     *
     * @param running requests being served now
     * @param warm processes started ahead, waiting for a request
     */
    public record Snapshot(long requests, long errors, int running, int warm, double p50Millis, double p95Millis) {}

    private final long[] latencies = new long[KEPT];
    private long requests;
    private long errors;

    synchronized void record(int status, long nanos) {
        latencies[(int) (requests % KEPT)] = nanos;
        requests++;
        if (status >= 500) {
            errors++;
        }
    }

    synchronized Snapshot snapshot(int running, int warm) {
        int count = (int) Math.min(requests, KEPT);
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new Snapshot(requests, errors, running, warm, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(sorted.length * fraction) - 1;
        return Math.round(sorted[Math.max(0, index)] / 100_000.0) / 10.0;
    }
}
