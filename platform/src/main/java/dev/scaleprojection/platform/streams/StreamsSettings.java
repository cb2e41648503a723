package dev.scaleprojection.platform.streams;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What every Kafka Streams application of the product shares: exactly-once v2, state under the data folder, the
 * replication of internal topics and large compressed producer batches, over the cluster's client settings
 * ({@link KafkaClients}). Built once per process by the command line; each *App adds its application id.
 * {@code overrides} are Kafka Streams (and, with their prefixes, consumer and producer) properties applied last, for
 * settings the product does not choose, such as how soon a member that stopped answering is given up.
 */
public record StreamsSettings(KafkaClients clients, Path stateDir, int replicationFactor, int threads, Map<String, Object> overrides) {

    public StreamsSettings {
        overrides = Map.copyOf(overrides);
    }

    public StreamsSettings(KafkaClients clients, Path stateDir, int replicationFactor, int threads) {
        this(clients, stateDir, replicationFactor, threads, Map.of());
    }

    /** For a cluster that needs no client settings (the embedded broker). */
    public StreamsSettings(String bootstrapServers, Path stateDir, int replicationFactor, int threads) {
        this(KafkaClients.plaintext(bootstrapServers), stateDir, replicationFactor, threads);
    }

    public String bootstrapServers() {
        return clients.bootstrapServers();
    }

    /** The same settings with one more override. */
    public StreamsSettings with(String property, Object value) {
        Map<String, Object> next = new HashMap<>(overrides);
        next.put(property, value);
        return new StreamsSettings(clients, stateDir, replicationFactor, threads, next);
    }

    public Properties properties(String applicationId) {
        Properties props = new Properties();
        props.putAll(clients.settings());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, clients.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(applicationId).toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // State records and gap rounds are KBs each: with the default 16 KB batches nearly every one is a batch and a
        // request of its own, which the commit's flush then waits on. 256 KB batches, compressed (their text repeats),
        // cut the broker's work and the bytes on disk several times (docs/benchmarks.md).
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // Event time from the records themselves: replays give the same result whatever the wall clock says.
        props.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, org.apache.kafka.streams.processor.FailOnInvalidTimestamp.class);
        props.putAll(overrides);
        return props;
    }
}
