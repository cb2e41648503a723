package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.PendingFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Pending facts in a key-value store keyed {@code componentId NUL scanId NUL fingerprint}, so that a scan's facts are one
 * prefix scan away and every observed fact is one small write.
 */
final class StorePendingFacts implements PendingFacts {

    private static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    /** A pending fact with the time it was observed, so that abandoned scans can be recognized. */
    record Entry(long observedAt, Fact fact) {
    }

    private final KeyValueStore<String, Entry> store;

    StorePendingFacts(KeyValueStore<String, Entry> store) {
        this.store = store;
    }

    @Override
    public void add(String componentId, String scanId, long observedAt, Fact fact) {
        store.put(componentId + SEPARATOR + scanId + SEPARATOR + fact.fingerprint(), new Entry(observedAt, fact));
    }

    @Override
    public Taken take(String componentId, String scanId, long completedAt) {
        Map<String, Fact> taken = new TreeMap<>();
        List<String> done = new ArrayList<>();
        String thisScan = componentId + SEPARATOR + scanId + SEPARATOR;
        try (KeyValueIterator<String, Entry> entries = store.prefixScan(componentId + SEPARATOR, KEYS)) {
            while (entries.hasNext()) {
                KeyValue<String, Entry> entry = entries.next();
                if (entry.key.startsWith(thisScan)) {
                    taken.put(entry.value.fact().fingerprint(), entry.value.fact());
                    done.add(entry.key);
                } else if (entry.value.observedAt() < completedAt - ABANDONED_AFTER_MILLIS) {
                    done.add(entry.key);
                }
            }
        }
        // put(key, null) deletes without reading the old value back through the serde, as delete(key) would.
        return new Taken(taken, () -> done.forEach(key -> store.put(key, null)));
    }
}
