package dev.scaleprojection.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of a run as a small table: the machine and the parameters, one row per phase, then the targets beside
 * what was measured. Targets are printed, never enforced: a benchmark that fails on a slow machine measures nothing.
 */
record Report(BenchmarkOptions options, Optional<CpuShare> cpu, ClassifierBenchmark.ClassifierFigures classifier, List<PhaseResult> pipe,
              double wallSeconds) {

    static final double THROUGHPUT_RATIO_TARGET = 0.5;
    static final double P99_TARGET_MILLIS = 500;

    String render() {
        PhaseResult burst = classifier.burst();
        PhaseResult paced = classifier.paced();
        StringBuilder out = new StringBuilder();
        out.append("Scale Projection: classifier benchmark\n");
        out.append("machine     ").append(machine()).append('\n');
        out.append("cpu         ").append(cpu.map(share -> String.format(Locale.ROOT,
                "this process used %.0f%% of the machine during the run, other processes %.0f%%", share.thisProcess() * 100,
                share.otherProcesses() * 100)).orElse("(no /proc/stat: other processes' share unknown)")).append('\n');
        out.append("parameters  ").append(options.describe()).append('\n');
        out.append(String.format(Locale.ROOT, "paced       rescans offered at %,.0f records/s (%.0f%% of the median burst throughput), one repository at a time%n",
                classifier.pacedOfferedLoad(), options.pacedLoad() * 100));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-38s %9s %7s %9s %9s %10s %7s %8s %8s %8s %8s%n",
                "phase", "records", "rounds", "sent s", "total s", "records/s", "cpu s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        List<PhaseResult> phases = new ArrayList<>();
        classifier.warmUp().ifPresent(phases::add);
        phases.addAll(classifier.bursts());
        phases.add(paced);
        phases.addAll(pipe);
        for (PhaseResult phase : phases) {
            Latencies l = phase.latencies();
            out.append(String.format(Locale.ROOT, "%-38s %,9d %7s %9.2f %9.2f %,10.0f %7.2f %8s %8s %8s %8s%n",
                    phase.name(), phase.records(), phase.rounds().map(r -> String.format(Locale.ROOT, "%,d", r)).orElse("-"),
                    phase.publishSeconds(), phase.seconds(), phase.recordsPerSecond(), phase.cpuSeconds(),
                    millis(l.p50()), millis(l.p95()), millis(l.p99()), millis(l.max())));
        }
        out.append(String.format(Locale.ROOT, "gap changes in the rounds: %,d; whole run %.1f s%n", classifier.gapChanges(), wallSeconds));
        out.append('\n');
        double classifierMedian = medianRecordsPerSecond(classifier.bursts());
        double pipeMedian = medianRecordsPerSecond(pipe);
        double ratio = classifierMedian / pipeMedian;
        out.append(String.format(Locale.ROOT, "median of the bursts: classifier %,.0f records/s, plain pipe %,.0f records/s "
                        + "(%d each); the first burst alone: %.2f of the first pipe burst%n", classifierMedian, pipeMedian,
                pipe.size(), burst.recordsPerSecond() / pipe.get(0).recordsPerSecond()));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-42s %10s %10s%n", "figure", "measured", "target"));
        out.append(String.format(Locale.ROOT, "%-42s %10.2f %10s  %s%n", "throughput classifier / plain pipe", ratio,
                ">= " + THROUGHPUT_RATIO_TARGET, ratio >= THROUGHPUT_RATIO_TARGET ? "met" : "not met"));
        double p99 = paced.latencies().p99();
        out.append(String.format(Locale.ROOT, "%-42s %10s %10s  %s%n", "p99 scan-to-gap latency, paced rescans", millis(p99) + " ms",
                "< " + (int) P99_TARGET_MILLIS + " ms", p99 < P99_TARGET_MILLIS ? "met" : "not met"));
        out.append("""

                records/s: records published / seconds from the first send to the last output record read (read_committed).
                cpu s: CPU time of this process (broker, registry and publisher included) over the same span.
                warm-up: first scans of another organization, before the measured bursts; the pipe copies them too before its own.
                bursts: first scans of an organization each, one after the other once the warm-up found the JIT warm, each
                started once the JIT has settled; the pipe copies the same records; the throughput figure compares medians.
                latency: from handing a ScanCompleted to the producer to reading its GapChanged; in the burst it includes
                the wait behind every record published before it, so only the paced rescans speak to the latency target.
                """);
        return out.toString();
    }

    /** The median records/s of the phases (the mean of the middle two for an even count). */
    static double medianRecordsPerSecond(List<PhaseResult> phases) {
        double[] sorted = phases.stream().mapToDouble(PhaseResult::recordsPerSecond).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("/"));
        return String.format(Locale.ROOT, "%d cores%s, max heap %.1f GiB, %s %s, GC %s, %s %s",
                runtime.availableProcessors(), cpuModel(), runtime.maxMemory() / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), collectors,
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            return Files.isReadable(cpuinfo)
                    ? Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                            .findFirst().map(line -> " (" + line.replaceFirst("^model name\\s*:\\s*", "").trim() + ")").orElse("")
                    : "";
        } catch (IOException unreadable) {
            return "";
        }
    }
}
