package dev.scaleprojection.platform.streams;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What every Kafka Streams application of the product shares: exactly-once v2, state under the data folder, the
 * replication of internal topics, and large compressed producer batches. Built once per process by the command line;
 * each *App adds its application id.
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
        // State records and gap rounds are KBs each: with the default 16 KB batches nearly every one is a batch and a
        // request of its own, which the commit's flush then waits on. 256 KB batches, compressed (their text repeats),
        // cut the broker's work and the bytes on disk several times (docs/benchmarks.md).
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // Event time from the records themselves: replays give the same result whatever the wall clock says.
        props.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, org.apache.kafka.streams.processor.FailOnInvalidTimestamp.class);
        return props;
    }
}
