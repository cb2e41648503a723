package dev.scaleprojection.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The yardstick: a consumer→producer loop that copies every record unchanged (key, value, timestamp, headers) from one
 * topic to another with exactly-once transactions, on the terms Kafka Streams gives the classifier: read_committed,
 * consumed offsets sent to the transaction, a commit every 100 ms, 1000 records a poll, producer linger 100 ms.
 */
final class PlainPipe implements AutoCloseable {

    private static final String GROUP_ID = "scale-projection-bench-pipe";
    private static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final String outputTopic;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean running = true;

    private PlainPipe(String bootstrapServers, String inputTopic, String outputTopic) {
        this.outputTopic = outputTopic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, GROUP_ID + "-0",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 100), new ByteArraySerializer(), new ByteArraySerializer());
        this.thread = new Thread(() -> copyUntilClosed(inputTopic), "bench-pipe");
    }

    /** Starts the loop and returns once its consumer has been given the input's partitions. */
    static PlainPipe start(String bootstrapServers, String inputTopic, String outputTopic, Duration timeout) throws InterruptedException {
        PlainPipe pipe = new PlainPipe(bootstrapServers, inputTopic, outputTopic);
        pipe.thread.start();
        if (!pipe.assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pipe.close();
            throw new IllegalStateException("the plain pipe was not given its partitions within " + timeout, pipe.failure.get());
        }
        return pipe;
    }

    private void copyUntilClosed(String inputTopic) {
        try {
            producer.initTransactions();
            consumer.subscribe(List.of(inputTopic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assigned.countDown();
                }
            });
            Map<TopicPartition, OffsetAndMetadata> consumed = new HashMap<>();
            long transactionStarted = 0;
            while (running) {
                var records = consumer.poll(Duration.ofMillis(20));
                if (!records.isEmpty() && consumed.isEmpty()) {
                    producer.beginTransaction();
                    transactionStarted = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    producer.send(new ProducerRecord<>(outputTopic, null, record.timestamp(), record.key(), record.value(), record.headers()));
                    consumed.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                if (!consumed.isEmpty() && System.nanoTime() - transactionStarted >= COMMIT_INTERVAL.toNanos()) {
                    commit(consumed);
                }
            }
            if (!consumed.isEmpty()) {
                commit(consumed);
            }
        } catch (WakeupException closing) {
            // close() interrupts the poll on purpose; an open transaction is aborted when the producer closes
        } catch (RuntimeException e) {
            failure.set(e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> consumed) {
        producer.sendOffsetsToTransaction(consumed, consumer.groupMetadata());
        producer.commitTransaction();
        consumed.clear();
    }

    /** Why the loop stopped on its own, if it did. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            consumer.wakeup();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
