package dev.scaleprojection.classifier.topology;

import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * A store whose writes wait in a plain map, as values, until Kafka Streams flushes its caches before a commit (the hook
 * its own caching layer uses), and then go down to the logged store beneath, in the same transaction as the offsets of
 * the records that made them; more than {@link #CAPACITY} waiting writes go down at once, as a full cache evicts.
 * Reads see the waiting writes. A key written and deleted between two commits never reaches the store beneath, nor
 * its changelog. Kafka Streams' cache does the same at several times the cost per write (the value serialized at
 * once, metrics, record context, position tracking). Waiting writes are dropped whenever the store is initialised,
 * closed or its cache cleared (a dirty close under exactly-once): the records that made them are processed again.
 * Only its stream thread may use it (the map is not synchronized): not for interactive queries.
 */
final class WriteBackStore<V> implements KeyValueStore<String, V>, CachedStateStore<String, V> {

    /** Waiting writes at most: each holds a value as it is, serialized only when it goes down. */
    static final int CAPACITY = 4_096;
    /** The order of the store beneath: its keys are strings serialized as UTF-8, whose bytes sort as code points do. */
    private static final Comparator<String> BYTE_ORDER = (a, b) -> {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; ) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(i);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
        }
        return Integer.compare(a.length(), b.length());
    };

    private final KeyValueStore<String, V> logged;
    /** Writes since the last flush, by key, in the order they were made; a null value is a delete. */
    private final Map<String, V> waiting = new LinkedHashMap<>();

    WriteBackStore(KeyValueStore<String, V> logged) {
        this.logged = logged;
    }

    @Override
    public void put(String key, V value) {
        // A delete of a key the store beneath never held needs no tombstone in the changelog.
        if (value == null && logged.get(key) == null) {
            waiting.remove(key);
        } else {
            waiting.put(key, value);
        }
        if (waiting.size() > CAPACITY) {
            flushCache();
        }
    }

    @Override
    public V get(String key) {
        return waiting.containsKey(key) ? waiting.get(key) : logged.get(key);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        V present = get(key);
        if (present == null) {
            put(key, value);
        }
        return present;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(String key) {
        V present = get(key);
        put(key, null);
        return present;
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return merged(logged.range(from, to), key -> (from == null || BYTE_ORDER.compare(key, from) >= 0)
                && (to == null || BYTE_ORDER.compare(key, to) <= 0));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return merged(logged.all(), key -> true);
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, S prefixSerializer) {
        // The store's keys are strings serialized as UTF-8, whose byte order and prefixes are those of the strings.
        String start = String.valueOf(prefix);
        return merged(logged.prefixScan(prefix, prefixSerializer), key -> key.startsWith(start));
    }

    @Override
    public long approximateNumEntries() {
        return logged.approximateNumEntries() + waiting.size();
    }

    /** The entries of the store beneath overlaid with the waiting writes among {@code keys}, in key order. */
    private KeyValueIterator<String, V> merged(KeyValueIterator<String, V> below, Predicate<String> keys) {
        TreeMap<String, V> above = new TreeMap<>(BYTE_ORDER);
        waiting.forEach((key, value) -> {
            if (keys.test(key)) {
                above.put(key, value);
            }
        });
        return above.isEmpty() ? below : new Merged<>(below, above.entrySet().iterator());
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
    public boolean setFlushListener(CacheFlushListener<String, V> listener, boolean sendOldValues) {
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

    /** The entries beneath and the waiting writes, both in key order, the waiting write winning, deletes left out. */
    private static final class Merged<V> implements KeyValueIterator<String, V> {
        private final KeyValueIterator<String, V> below;
        private final Iterator<Map.Entry<String, V>> above;
        private Map.Entry<String, V> nextAbove;
        private KeyValue<String, V> next;

        Merged(KeyValueIterator<String, V> below, Iterator<Map.Entry<String, V>> above) {
            this.below = below;
            this.above = above;
            this.nextAbove = above.hasNext() ? above.next() : null;
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && (nextAbove != null || below.hasNext())) {
                int order = nextAbove == null ? -1 : !below.hasNext() ? 1 : BYTE_ORDER.compare(below.peekNextKey(), nextAbove.getKey());
                if (order < 0) {
                    next = below.next();
                    continue;
                }
                if (order == 0) {
                    below.next();
                }
                next = nextAbove.getValue() == null ? null : KeyValue.pair(nextAbove.getKey(), nextAbove.getValue());
                nextAbove = above.hasNext() ? above.next() : null;
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public KeyValue<String, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            KeyValue<String, V> current = next;
            advance();
            return current;
        }

        @Override
        public String peekNextKey() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            return next.key;
        }

        @Override
        public void close() {
            below.close();
        }
    }
}
