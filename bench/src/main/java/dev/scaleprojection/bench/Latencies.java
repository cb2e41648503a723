package dev.scaleprojection.bench;

import java.util.Collection;

/** Nearest-rank percentiles of a set of latencies, in milliseconds. */
record Latencies(int count, double p50, double p95, double p99, double max) {

    static final Latencies NONE = new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Latencies of(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return NONE;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latencies(sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
