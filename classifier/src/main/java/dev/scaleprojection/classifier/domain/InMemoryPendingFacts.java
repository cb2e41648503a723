package dev.scaleprojection.classifier.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Pending facts held in memory: for classifying a scan in one process, without Kafka (the {@code check} command). */
public final class InMemoryPendingFacts implements PendingFacts {

    private record Scan(String componentId, String scanId) {
    }

    private record Entry(long observedAt, Fact fact) {
    }

    private final Map<Scan, Map<String, Entry>> scans = new HashMap<>();

    @Override
    public void add(String componentId, String scanId, long observedAt, Fact fact) {
        scans.computeIfAbsent(new Scan(componentId, scanId), s -> new TreeMap<>()).put(fact.fingerprint(), new Entry(observedAt, fact));
    }

    @Override
    public void expire(long now) {
        scans.values().removeIf(facts -> facts.values().stream().mapToLong(Entry::observedAt).max().orElse(Long.MIN_VALUE)
                < now - EXPIRED_AFTER_MILLIS);
    }

    @Override
    public Taken take(String componentId, String scanId, long completedAt) {
        Map<String, Fact> taken = new TreeMap<>();
        Scan scan = new Scan(componentId, scanId);
        scans.getOrDefault(scan, Map.of()).forEach((fingerprint, entry) -> taken.put(fingerprint, entry.fact()));
        return new Taken(taken, () -> {
            scans.remove(scan);
            scans.entrySet().removeIf(other -> {
                if (other.getKey().componentId().equals(componentId)) {
                    other.getValue().values().removeIf(entry -> entry.observedAt() < completedAt - ABANDONED_AFTER_MILLIS);
                }
                return other.getValue().isEmpty();
            });
        });
    }
}
