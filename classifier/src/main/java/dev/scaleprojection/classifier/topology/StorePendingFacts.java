package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.PendingFacts;
import dev.scaleprojection.platform.streams.JsonSerde;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Pending facts in a key-value store, a scan's facts appended to one value keyed {@code componentId NUL scanId} (in
 * {@link PendingFactChunk}s), so that a scan taken within a commit interval costs one store write per fact and, behind
 * the topology's {@link WriteBackStore}, no changelog record. A chunk that reaches {@link #CHUNK_BYTES} is moved to
 * {@code componentId NUL scanId NUL NUL n} and a new one begun, so no value nears Kafka's record size limit. Facts that
 * earlier releases kept one per key ({@code componentId NUL scanId NUL fingerprint}, JSON) are taken as well. The open chunk this instance last wrote
 * for a scan is remembered (for the {@link #OPEN_SCANS_REMEMBERED} scans last appended to), so that an append neither
 * reads it back from the store nor encodes anything: the store is handed a {@link PendingFactChunk.Snapshot}, encoded
 * only if the store writes it down before the scan is taken (at a commit), and the scan's completion takes its facts as
 * they were appended. A processor makes a new instance whenever its task is initialised, so nothing remembered outlives
 * a store restored or rolled back under exactly-once. A chunk is sealed at about {@link #CHUNK_BYTES}
 * ({@link PendingFactChunk.Open#estimatedSize}).
 */
final class StorePendingFacts implements PendingFacts {

    static final int CHUNK_BYTES = 16 * 1024;
    static final int OPEN_SCANS_REMEMBERED = 256;
    private static final char SEPARATOR = '\u0000';
    private static final String SEALED = "" + SEPARATOR + SEPARATOR;
    private static final StringSerializer KEYS = new StringSerializer();

    /** A pending fact as earlier releases stored it, one per key, in JSON. */
    record Entry(long observedAt, Fact fact) {
    }

    private final KeyValueStore<String, PendingValue> store;
    private final Deserializer<Entry> earlierRelease = new JsonSerde<>(Entry.class).deserializer();
    /** The open chunk of each scan this instance last appended to, as last written to the store, least recent first. */
    private final Map<String, PendingFactChunk.Open> written = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingFactChunk.Open> eldest) {
            return size() > OPEN_SCANS_REMEMBERED;
        }
    };

    /** The key of the scan last appended to: a scan's facts come one after another, and its hash is then known. */
    private String lastKey = "";
    private String lastComponentId;
    private String lastScanId;

    StorePendingFacts(KeyValueStore<String, PendingValue> store) {
        this.store = store;
    }

    @Override
    public void add(String componentId, String scanId, long observedAt, Fact fact) {
        String key = keyOf(componentId, scanId);
        PendingFactChunk.Open open = written.get(key);
        if (open == null) {
            PendingValue stored = store.get(key);
            open = new PendingFactChunk.Open(stored == null ? PendingFactChunk.empty(0) : stored.bytes());
        }
        if (open.estimatedSize() >= CHUNK_BYTES) {
            store.put(key + SEALED + open.sealedBefore(), open.snapshot());
            open = new PendingFactChunk.Open(PendingFactChunk.empty(open.sealedBefore() + 1));
        }
        store.put(key, open.append(observedAt, fact));
        written.put(key, open);
    }

    /**
     * {@code componentId NUL scanId}: the same string as the last one when it is of the same scan, told first by the
     * identity of its parts (the fact reader gives a scan's facts the same strings), then by their characters.
     */
    private String keyOf(String componentId, String scanId) {
        if (componentId == lastComponentId && scanId == lastScanId) {
            return lastKey;
        }
        int length = componentId.length();
        if (lastKey.length() != length + 1 + scanId.length() || lastKey.charAt(length) != SEPARATOR
                || !lastKey.startsWith(componentId) || !lastKey.endsWith(scanId)) {
            lastKey = componentId + SEPARATOR + scanId;
        }
        lastComponentId = componentId;
        lastScanId = scanId;
        return lastKey;
    }

    /** Every chunk, open or sealed, of a scan that stopped before {@code now - EXPIRED_AFTER_MILLIS}; the store holds only scans in progress. */
    @Override
    public void expire(long now) {
        Map<String, Long> lastObservedByScan = new TreeMap<>();
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, PendingValue> entries = store.all()) {
            while (entries.hasNext()) {
                KeyValue<String, PendingValue> entry = entries.next();
                long observedAt = isJson(entry.value) ? earlierRelease.deserialize("", entry.value.bytes()).observedAt()
                        : PendingFactChunk.lastObservedAt(entry.value);
                lastObservedByScan.merge(scanOf(entry.key), observedAt, Math::max);
                keys.add(entry.key);
            }
        }
        for (String key : keys) {
            if (lastObservedByScan.get(scanOf(key)) < now - EXPIRED_AFTER_MILLIS) {
                store.put(key, null);
                written.remove(key);
            }
        }
    }

    /** Facts an earlier release stored one per key, in JSON: only ever read back from the store. */
    private static boolean isJson(PendingValue value) {
        return value instanceof PendingValue.Stored stored && StoreBytes.isJson(stored.bytes());
    }

    /** {@code componentId NUL scanId}, the key of a scan's open chunk, from any of its keys. */
    private static String scanOf(String key) {
        int afterComponent = key.indexOf(SEPARATOR);
        int afterScan = afterComponent < 0 ? -1 : key.indexOf(SEPARATOR, afterComponent + 1);
        return afterScan < 0 ? key : key.substring(0, afterScan);
    }

    @Override
    public Taken take(String componentId, String scanId, long completedAt) {
        String thisScan = componentId + SEPARATOR + scanId;
        Map<String, Fact> earlier = new TreeMap<>();
        Map<Integer, List<Fact>> sealed = new TreeMap<>();
        List<Fact> latest = List.of();
        List<String> done = new ArrayList<>();
        try (KeyValueIterator<String, PendingValue> entries = store.prefixScan(componentId + SEPARATOR, KEYS)) {
            while (entries.hasNext()) {
                KeyValue<String, PendingValue> entry = entries.next();
                boolean ours = entry.key.equals(thisScan) || entry.key.startsWith(thisScan + SEPARATOR);
                if (isJson(entry.value)) {
                    Entry one = earlierRelease.deserialize("", entry.value.bytes());
                    if (ours) {
                        earlier.put(one.fact().fingerprint(), one.fact());
                    }
                    if (ours || one.observedAt() < completedAt - ABANDONED_AFTER_MILLIS) {
                        done.add(entry.key);
                    }
                } else if (ours) {
                    if (entry.key.equals(thisScan)) {
                        // The open chunk as this instance last wrote it needs no decoding: its facts are remembered.
                        PendingFactChunk.Open open = written.get(thisScan);
                        PendingValue stored = entry.value;
                        latest = Optional.ofNullable(open).flatMap(o -> o.factsIfStored(stored))
                                .orElseGet(() -> PendingFactChunk.facts(stored));
                    } else {
                        sealed.put(sealedIndex(entry.key, thisScan), PendingFactChunk.facts(entry.value));
                    }
                    done.add(entry.key);
                } else if (PendingFactChunk.lastObservedAt(entry.value) < completedAt - ABANDONED_AFTER_MILLIS) {
                    done.add(entry.key);
                }
            }
        }
        // Later observations of a fingerprint replace earlier ones: one-per-key facts, then sealed chunks, then the latest.
        Map<String, Fact> taken = new TreeMap<>(earlier);
        sealed.values().forEach(facts -> facts.forEach(fact -> taken.put(fact.fingerprint(), fact)));
        latest.forEach(fact -> taken.put(fact.fingerprint(), fact));
        // put(key, null) deletes without reading the old value back, as delete(key) would.
        return new Taken(taken, () -> done.forEach(key -> {
            store.put(key, null);
            written.remove(key);
        }));
    }

    private static int sealedIndex(String key, String scan) {
        try {
            return Integer.parseInt(key.substring(scan.length() + SEALED.length()));
        } catch (RuntimeException notAChunkKey) {
            throw new SerializationException("pending facts key " + key.replace(SEPARATOR, '/') + " is neither a fact nor a chunk of scan "
                    + scan.replace(SEPARATOR, '/'), notAChunkKey);
        }
    }
}
