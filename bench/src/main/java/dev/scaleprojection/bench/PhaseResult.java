package dev.scaleprojection.bench;

import java.util.Optional;

/**
 * What one phase measured: records in, gap rounds out (for the classifier), how long the producer took to have
 * everything acknowledged, the time from the first send to the last output record seen by a reader, and the CPU time
 * this process (broker included) spent meanwhile, which other processes on the machine inflate far less than the time.
 */
record PhaseResult(String name, long records, Optional<Long> rounds, double publishSeconds, double seconds, double cpuSeconds,
                   Latencies latencies) {

    static PhaseResult of(String name, ScanPublisher.Publication publication, Optional<Long> rounds, long lastArrivalNanos,
                          long cpuNanosAtStart, Latencies latencies) {
        return new PhaseResult(name, publication.records(), rounds, publication.seconds(),
                (lastArrivalNanos - publication.firstSendNanos()) / 1e9, (CpuShare.processCpuNanos() - cpuNanosAtStart) / 1e9, latencies);
    }

    double recordsPerSecond() {
        return records / seconds;
    }
}
