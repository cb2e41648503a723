package dev.scaleprojection.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The aggregator benchmark's figures as a small table: the machine and parameters, publication-to-visibility latencies
 * (API, event stream), query latencies per kind of request, then the targets beside what was measured. Targets are
 * printed, never enforced.
 */
record AggregatorReport(AggregatorOptions options, Optional<CpuShare> cpu, double loadSeconds, Latencies apiVisible, int apiMissed,
                        Latencies gapEvent, Latencies scoreEvent, int scoreEventsMissed, List<QueryLatency.Result> queries,
                        double wallSeconds) {

    static final double VISIBLE_P99_TARGET_MILLIS = 1000;
    static final double QUERY_P99_TARGET_MILLIS = 10;

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("Scale Projection: aggregator benchmark\n");
        out.append("machine     ").append(Report.machine()).append('\n');
        out.append("cpu         ").append(cpu.map(share -> String.format(Locale.ROOT,
                "this process used %.0f%% of the machine during the run, other processes %.0f%%", share.thisProcess() * 100,
                share.otherProcesses() * 100)).orElse("(no /proc/stat: other processes' share unknown)")).append('\n');
        out.append("parameters  ").append(options.describe()).append('\n');
        out.append(String.format(Locale.ROOT, "load        %,d components classified and aggregated in %.1f s; whole run %.1f s%n%n",
                options.componentCount(), loadSeconds, wallSeconds));
        out.append(String.format(Locale.ROOT, "%-46s %7s %7s %8s %8s %8s %8s%n", "publication of a change to", "seen", "missed",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        visibility(out, "gap-changed on /api/stream", gapEvent, options.changes() - gapEvent.count());
        visibility(out, "score visible in the API (polled every 2 ms)", apiVisible, apiMissed);
        visibility(out, "score-changed on /api/stream", scoreEvent, scoreEventsMissed);
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-46s %7s %8s %8s %8s %8s %9s%n", "query (one client, sequential)", "bytes", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "requests/s"));
        for (QueryLatency.Result result : queries) {
            Latencies l = result.latencies();
            out.append(String.format(Locale.ROOT, "%-46s %,7d %8.2f %8.2f %8.2f %8.1f %,9.0f%n", result.name(), result.meanBytes(),
                    l.p50(), l.p95(), l.p99(), l.max(), result.requestsPerSecond()));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-46s %10s %10s%n", "figure", "measured", "target"));
        target(out, "p99 publication to score in the API", apiVisible.p99(), VISIBLE_P99_TARGET_MILLIS);
        target(out, "p99 publication to score-changed event", scoreEvent.p99(), VISIBLE_P99_TARGET_MILLIS);
        double worstQuery = queries.stream().mapToDouble(q -> q.latencies().p99()).max().orElse(Double.NaN);
        target(out, "p99 of the slowest query", worstQuery, QUERY_P99_TARGET_MILLIS);
        out.append("""

                A change is the rescan of one component (its facts, then its ScanCompleted) that opens or resolves a Concerning
                gap; latencies run from handing the ScanCompleted to the producer. The API reads the aggregator's state stores,
                which Kafka Streams updates as it processes, before the exactly-once transaction commits; the event stream
                reads the gaps and scores topics read_committed, so it also waits for the classifier's and the aggregator's
                commits (every 100 ms each).
                """);
        return out.toString();
    }

    private static void visibility(StringBuilder out, String name, Latencies l, int missed) {
        out.append(String.format(Locale.ROOT, "%-46s %,7d %,7d %8s %8s %8s %8s%n", name, l.count(), missed, millis(l.p50()),
                millis(l.p95()), millis(l.p99()), millis(l.max())));
    }

    private static void target(StringBuilder out, String name, double measured, double target) {
        out.append(String.format(Locale.ROOT, "%-46s %10s %10s  %s%n", name, Double.isNaN(measured) ? "-" : String.format(Locale.ROOT,
                "%.1f ms", measured), "< " + (int) target + " ms", measured < target ? "met" : "not met"));
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }
}
