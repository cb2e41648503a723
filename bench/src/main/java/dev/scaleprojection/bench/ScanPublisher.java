package dev.scaleprojection.bench;

import dev.scaleprojection.schemas.FactPartitioning;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes encoded scans with the producer settings ingest uses (idempotent, acks=all, linger 10 ms), either all at
 * once or one repository at a time on a schedule. Each ScanCompleted is stamped with the moment it was handed to the
 * producer: in the header {@value #SENT_NANOS_HEADER}, and in the {@link SendLog} that matches gap rounds to it.
 */
final class ScanPublisher implements AutoCloseable {

    static final String SENT_NANOS_HEADER = "bench.sent-nanos";

    /** Where the publication time of every ScanCompleted is written down. */
    interface SendLog {
        SendLog NONE = (componentId, scanId, sentNanos) -> { };

        void sent(String componentId, String scanId, long sentNanos);
    }

    /** How long publishing took: from the first send to the broker's acknowledgement of the last record. */
    record Publication(long records, long firstSendNanos, long acknowledgedNanos) {
        double seconds() {
            return (acknowledgedNanos - firstSendNanos) / 1e9;
        }
    }

    private final Producer<String, byte[]> producer;
    private final AtomicReference<Exception> refusal = new AtomicReference<>();
    /** Partition counts by topic, asked once: records go to their system's partition, as ingest sends them. */
    private final Map<String, Integer> partitions = new java.util.HashMap<>();

    ScanPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every record as fast as the producer takes them, then waits for all acknowledgements. */
    Publication burst(String topic, List<List<WireRecord>> repositories, SendLog log) {
        long first = System.nanoTime();
        repositories.forEach(records -> records.forEach(record -> send(topic, record, log)));
        producer.flush();
        return published(WireRecord.count(repositories), first);
    }

    /**
     * Sends one repository's records at a time, flushing each as ingest does, at an offered load of
     * {@code recordsPerSecond} on an open-loop schedule (a late repository is not made up for by slowing the next).
     */
    Publication paced(String topic, List<List<WireRecord>> repositories, double recordsPerSecond, SendLog log) {
        long first = System.nanoTime();
        long due = first;
        for (List<WireRecord> records : repositories) {
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            records.forEach(record -> send(topic, record, log));
            producer.flush();
            due += (long) (records.size() / recordsPerSecond * TimeUnit.SECONDS.toNanos(1));
        }
        return published(WireRecord.count(repositories), first);
    }

    private void send(String topic, WireRecord record, SendLog log) {
        RecordHeaders headers = new RecordHeaders();
        record.completedScanId().ifPresent(scanId -> {
            long now = System.nanoTime();
            headers.add(SENT_NANOS_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(now).array());
            log.sent(record.componentId(), scanId, now);
        });
        int partition = FactPartitioning.partitionOf(record.componentId(), partitions.computeIfAbsent(topic, t -> producer.partitionsFor(t).size()));
        producer.send(new ProducerRecord<>(topic, partition, record.timestamp(), record.componentId(), record.value(), headers),
                (metadata, error) -> {
                    if (error != null) {
                        refusal.compareAndSet(null, error);
                    }
                });
    }

    private Publication published(long records, long first) {
        long acknowledged = System.nanoTime();
        if (refusal.get() != null) {
            throw new IllegalStateException("Kafka refused a record: " + refusal.get().getMessage(), refusal.get());
        }
        return new Publication(records, first, acknowledged);
    }

    @Override
    public void close() {
        producer.close();
    }
}
