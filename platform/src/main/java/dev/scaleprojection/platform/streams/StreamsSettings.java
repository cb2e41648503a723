package dev.scaleprojection.platform.streams;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What every Kafka Streams application of the product shares: exactly-once v2, state under the data folder, and the
 * replication of internal topics. Built once per process by the command line; each *App adds its application id.
 */
public record StreamsSettings(String bootstrapServers, Path stateDir, int replicationFactor, int threads) {

    public Properties properties(String applicationId) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(applicationId).toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Event time from the records themselves: replays give the same result whatever the wall clock says.
        props.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, org.apache.kafka.streams.processor.FailOnInvalidTimestamp.class);
        return props;
    }
}
