package dev.scaleprojection.aggregator.api;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which aggregator instance holds which part of the state, from Kafka Streams' interactive-query metadata: the owner of
 * a key of a store, and every other instance (each advertises its HTTP address as {@code application.server}). While
 * partitions move between instances, the answer is a 503 asking to retry.
 */
public interface Cluster {

    /** The instance that holds this key of this store, if it is not this one. */
    Optional<HostInfo> remoteOwner(String store, String key);

    /** Every other instance of the application, each holding some partitions of every store. */
    List<HostInfo> others();

    /** This instance alone holds all the state (one process, or a test driver). */
    static Cluster single() {
        return new Cluster() {
            @Override
            public Optional<HostInfo> remoteOwner(String store, String key) {
                return Optional.empty();
            }

            @Override
            public List<HostInfo> others() {
                return List.of();
            }
        };
    }

    /** The instances of a running application, this one advertised as {@code self}. */
    static Cluster of(KafkaStreams streams, HostInfo self) {
        return new Cluster() {
            @Override
            public Optional<HostInfo> remoteOwner(String store, String key) {
                requireRunning();
                KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, new StringSerializer());
                if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.activeHost().equals(HostInfo.unavailable())) {
                    throw moving();
                }
                return metadata.activeHost().equals(self) ? Optional.empty() : Optional.of(metadata.activeHost());
            }

            @Override
            public List<HostInfo> others() {
                requireRunning();
                return streams.metadataForAllStreamsClients().stream().map(StreamsMetadata::hostInfo)
                        .filter(host -> !host.equals(self) && !host.equals(HostInfo.unavailable())).distinct().toList();
            }

            private void requireRunning() {
                if (streams.state() != KafkaStreams.State.RUNNING) {
                    throw moving();
                }
            }
        };
    }

    static ApiException moving() {
        return ApiException.unavailable("The assessments are moving between aggregator instances (a rebalance); try again in a moment.");
    }
}
