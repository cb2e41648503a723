package dev.scaleprojection.classifier.domain;

import java.util.HashMap;
import java.util.Iterator;
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
    public Map<String, Fact> take(String componentId, String scanId, long completedAt) {
        Map<String, Fact> taken = new TreeMap<>();
        Map<String, Entry> entries = scans.remove(new Scan(componentId, scanId));
        if (entries != null) {
            entries.forEach((fingerprint, entry) -> taken.put(fingerprint, entry.fact()));
        }
        for (Iterator<Map.Entry<Scan, Map<String, Entry>>> it = scans.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Scan, Map<String, Entry>> other = it.next();
            if (other.getKey().componentId().equals(componentId)) {
                other.getValue().values().removeIf(entry -> entry.observedAt() < completedAt - ABANDONED_AFTER_MILLIS);
                if (other.getValue().isEmpty()) {
                    it.remove();
                }
            }
        }
        return taken;
    }
}
