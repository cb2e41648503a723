package dev.scaleprojection.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads an output topic from its beginning as a downstream reader would (read_committed: only what a committed
 * transaction wrote) on a thread of its own, and hands every record, with the moment it arrived, to the current sink.
 */
final class TopicWatcher implements AutoCloseable {

    /** Receives each record read, on the watcher's thread. */
    interface Sink {
        void arrived(ConsumerRecord<String, byte[]> record, long arrivedNanos);
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile Sink sink;
    private volatile boolean running = true;

    private TopicWatcher(KafkaConsumer<String, byte[]> consumer, String topic, Sink sink) {
        this.consumer = consumer;
        this.sink = sink;
        this.thread = new Thread(this::readUntilClosed, "bench-watch-" + topic);
    }

    /** Positions a consumer at the beginning of every partition of the topic, then starts reading. */
    static TopicWatcher start(String bootstrapServers, String topic, Sink sink) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        TopicWatcher watcher = new TopicWatcher(consumer, topic, sink);
        watcher.thread.start();
        return watcher;
    }

    /** Records read from now on go to this sink. */
    void sendTo(Sink next) {
        this.sink = next;
    }

    private void readUntilClosed() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(50));
                long arrived = System.nanoTime();
                Sink current = sink;
                records.forEach(record -> current.arrived(record, arrived));
            }
        } catch (WakeupException closing) {
            // close() interrupts the poll on purpose
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
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
