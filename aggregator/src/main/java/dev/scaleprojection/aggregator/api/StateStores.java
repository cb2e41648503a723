package dev.scaleprojection.aggregator.api;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Where the queries find the aggregator's key-value stores: a running Kafka Streams instance, or a test driver. */
public interface StateStores {

    <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name);

    static StateStores of(KafkaStreams streams) {
        return new StateStores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
            }
        };
    }
}
