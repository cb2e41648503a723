package dev.scaleprojection.classifier.topology;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A store whose writes wait in a plain map until Kafka Streams flushes its caches before a commit (the hook its own
 * caching layer uses), and then go down to the logged store beneath, in the same transaction as the offsets of the
 * records that made them. Reads see the waiting writes. A key written and deleted between two commits never reaches
 * the store beneath, nor its changelog. Kafka Streams' cache does the same at about ten times the cost per write
 * (metrics, record context, position tracking), which the pending facts of a scan pay once per fact.
 * Waiting writes are dropped whenever the store is initialised, closed or its cache cleared (a dirty close under
 * exactly-once): the records that made them are processed again.
 */
final class WriteBackStore implements KeyValueStore<String, byte[]>, CachedStateStore<String, byte[]> {

    private final KeyValueStore<String, byte[]> logged;
    /** Writes since the last flush, by key; a null value is a delete. */
    private final Map<String, byte[]> waiting = new HashMap<>();

    WriteBackStore(KeyValueStore<String, byte[]> logged) {
        this.logged = logged;
    }

    @Override
    public void put(String key, byte[] value) {
        // A delete of a key the store beneath never held needs no tombstone in the changelog.
        if (value == null && logged.get(key) == null) {
            waiting.remove(key);
        } else {
            waiting.put(key, value);
        }
    }

    @Override
    public byte[] get(String key) {
        return waiting.containsKey(key) ? waiting.get(key) : logged.get(key);
    }

    @Override
    public byte[] putIfAbsent(String key, byte[] value) {
        byte[] present = get(key);
        if (present == null) {
            put(key, value);
        }
        return present;
    }

    @Override
    public void putAll(List<KeyValue<String, byte[]>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public byte[] delete(String key) {
        byte[] present = get(key);
        put(key, null);
        return present;
    }

    @Override
    public KeyValueIterator<String, byte[]> range(String from, String to) {
        return merged(logged.range(from, to), key -> (from == null || key.compareTo(from) >= 0) && (to == null || key.compareTo(to) <= 0));
    }

    @Override
    public KeyValueIterator<String, byte[]> all() {
        return merged(logged.all(), key -> true);
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, byte[]> prefixScan(P prefix, S prefixSerializer) {
        // The store's keys are strings serialized as UTF-8, whose byte order and prefixes are those of the strings.
        String start = String.valueOf(prefix);
        return merged(logged.prefixScan(prefix, prefixSerializer), key -> key.startsWith(start));
    }

    @Override
    public long approximateNumEntries() {
        return logged.approximateNumEntries() + waiting.size();
    }

    /** The entries of the store beneath overlaid with the waiting writes among {@code keys}, in key order. */
    private KeyValueIterator<String, byte[]> merged(KeyValueIterator<String, byte[]> below, Predicate<String> keys) {
        NavigableMap<String, byte[]> entries = new TreeMap<>();
        try (below) {
            below.forEachRemaining(entry -> entries.put(entry.key, entry.value));
        }
        waiting.forEach((key, value) -> {
            if (keys.test(key)) {
                entries.put(key, value);
            }
        });
        entries.values().removeIf(value -> value == null);
        return new Entries(entries.entrySet().iterator());
    }

    /** Writes the waiting writes to the store beneath; called by Kafka Streams before every commit. */
    @Override
    public void flushCache() {
        waiting.forEach(logged::put);
        waiting.clear();
    }

    @Override
    public void clearCache() {
        waiting.clear();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<String, byte[]> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public String name() {
        return logged.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        waiting.clear();
        logged.init(context, root);
    }

    @Override
    public void flush() {
        logged.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        logged.commit(changelogOffsets);
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return logged.committedOffset(partition);
    }

    @Override
    public boolean managesOffsets() {
        return logged.managesOffsets();
    }

    @Override
    public void close() {
        waiting.clear();
        logged.close();
    }

    @Override
    public boolean persistent() {
        return logged.persistent();
    }

    @Override
    public boolean isOpen() {
        return logged.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return logged.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return logged.getPosition();
    }

    /** The merged entries, already read: nothing to close. */
    private static final class Entries implements KeyValueIterator<String, byte[]> {
        private final Iterator<Map.Entry<String, byte[]>> entries;
        private Map.Entry<String, byte[]> next;

        Entries(Iterator<Map.Entry<String, byte[]>> entries) {
            this.entries = entries;
            this.next = entries.hasNext() ? entries.next() : null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public KeyValue<String, byte[]> next() {
            if (next == null) {
                throw new java.util.NoSuchElementException();
            }
            KeyValue<String, byte[]> current = KeyValue.pair(next.getKey(), next.getValue());
            next = entries.hasNext() ? entries.next() : null;
            return current;
        }

        @Override
        public String peekNextKey() {
            if (next == null) {
                throw new java.util.NoSuchElementException();
            }
            return next.getKey();
        }

        @Override
        public void close() {
        }
    }
}
