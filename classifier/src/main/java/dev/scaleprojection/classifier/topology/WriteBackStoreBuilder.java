package dev.scaleprojection.classifier.topology;

import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Builds a {@link WriteBackStore} over a store of the given builder (logged to its changelog as it says), without
 * Kafka Streams' cache: the write-back store is the cache. Caching cannot be turned on or off.
 */
final class WriteBackStoreBuilder<V> implements StoreBuilder<KeyValueStore<String, V>> {

    private final StoreBuilder<KeyValueStore<String, V>> logged;

    WriteBackStoreBuilder(StoreBuilder<KeyValueStore<String, V>> logged) {
        this.logged = logged.withCachingDisabled();
    }

    @Override
    public StoreBuilder<KeyValueStore<String, V>> withCachingEnabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, V>> withCachingDisabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, V>> withLoggingEnabled(Map<String, String> config) {
        logged.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, V>> withLoggingDisabled() {
        logged.withLoggingDisabled();
        return this;
    }

    @Override
    public KeyValueStore<String, V> build() {
        return new WriteBackStore<>(logged.build());
    }

    @Override
    public Map<String, String> logConfig() {
        return logged.logConfig();
    }

    @Override
    public boolean loggingEnabled() {
        return logged.loggingEnabled();
    }

    @Override
    public String name() {
        return logged.name();
    }
}
