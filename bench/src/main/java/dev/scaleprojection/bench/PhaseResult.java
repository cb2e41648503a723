package dev.scaleprojection.bench;

import java.util.Optional;

/**
 * What one phase measured: records in, gap rounds out (for the classifier), how long the producer took to have
 * everything acknowledged, and the time from the first send to the last output record seen by a reader.
 */
record PhaseResult(String name, long records, Optional<Long> rounds, double publishSeconds, double seconds, Latencies latencies) {

    static PhaseResult of(String name, ScanPublisher.Publication publication, Optional<Long> rounds, long lastArrivalNanos,
                          Latencies latencies) {
        return new PhaseResult(name, publication.records(), rounds, publication.seconds(),
                (lastArrivalNanos - publication.firstSendNanos()) / 1e9, latencies);
    }

    double recordsPerSecond() {
        return records / seconds;
    }
}
