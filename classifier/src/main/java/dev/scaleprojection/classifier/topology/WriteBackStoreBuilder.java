package dev.scaleprojection.classifier.topology;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds a {@link WriteBackStore} over an in-memory key-value store logged to its changelog (named as any store of that
 * name), without Kafka Streams' cache: the write-back store is the cache. Caching cannot be turned on or off.
 */
final class WriteBackStoreBuilder implements StoreBuilder<KeyValueStore<String, byte[]>> {

    private final StoreBuilder<KeyValueStore<String, byte[]>> logged;

    WriteBackStoreBuilder(String name) {
        this.logged = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.ByteArray())
                .withCachingDisabled();
    }

    @Override
    public StoreBuilder<KeyValueStore<String, byte[]>> withCachingEnabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, byte[]>> withCachingDisabled() {
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, byte[]>> withLoggingEnabled(Map<String, String> config) {
        logged.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<KeyValueStore<String, byte[]>> withLoggingDisabled() {
        logged.withLoggingDisabled();
        return this;
    }

    @Override
    public KeyValueStore<String, byte[]> build() {
        return new WriteBackStore(logged.build());
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
