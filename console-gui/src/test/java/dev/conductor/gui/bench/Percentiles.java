package dev.conductor.gui.bench;

import java.util.Arrays;

/** p50, p95 and max of a set of samples in nanoseconds, printed in milliseconds. */
record Percentiles(double p50, double p95, double max, double mean) {

    static Percentiles of(long[] nanos) {
        double[] ms = Arrays.stream(nanos).mapToDouble(ns -> ns / 1e6).sorted().toArray();
        return new Percentiles(at(ms, 0.50), at(ms, 0.95), ms[ms.length - 1], Arrays.stream(ms).average().orElse(0));
    }

    /** Nearest-rank percentile. */
    private static double at(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    @Override
    public String toString() {
        return String.format("p50 %7.2f  p95 %7.2f  max %7.2f ms", p50, p95, max);
    }
}
