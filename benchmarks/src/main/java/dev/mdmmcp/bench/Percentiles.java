package dev.mdmmcp.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in nanoseconds (nearest rank). */
record Percentiles(long[] sorted) {

    static Percentiles of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    double millis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }
}
