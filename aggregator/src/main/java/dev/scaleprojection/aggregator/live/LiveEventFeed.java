package dev.scaleprojection.aggregator.live;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tails the sources of the live stream (every partition of each topic, committed records only, no consumer group) into an
 * {@link EventBuffer}. It starts up to a buffer's worth of records before the end, so that clients reconnecting after a
 * restart still find recent events. Positions are Kafka offsets, the same on every instance.
 */
public final class LiveEventFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveEventFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);

    /** A topic read into the stream, with the short code that names its partitions in event ids ({@code g} → {@code g0}). */
    public record Source(String code, String topic) {
    }

    /**
     * Turns a record's value into what the event says; nothing for a record that says nothing to live readers (or cannot
     * be read: the topology dead-letters those). Throwing means "not now" (say, the schema registry is unreachable): the
     * record is read again a moment later.
     */
    @FunctionalInterface
    public interface Translator {
        Optional<LiveEvent.Content> translate(String topic, byte[] value);
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, String> partitionNames;
    private final Translator translator;
    private final EventBuffer buffer;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    private LiveEventFeed(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, String> partitionNames, Translator translator,
                          EventBuffer buffer) {
        this.consumer = consumer;
        this.partitionNames = partitionNames;
        this.translator = translator;
        this.buffer = buffer;
        this.thread = new Thread(this::run, "live-event-feed");
        this.thread.setDaemon(true);
    }

    public static LiveEventFeed start(KafkaClients kafka, List<Source> sources, Translator translator, int capacity) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(kafka), new StringDeserializer(),
                new ByteArrayDeserializer());
        try {
            Map<TopicPartition, String> names = new HashMap<>();
            for (Source source : sources) {
                var partitions = consumer.partitionsFor(source.topic());
                if (partitions.isEmpty()) {
                    log.warn("Topic {} has no partitions yet: the live event stream will not show its records", source.topic());
                }
                partitions.forEach(p -> names.put(new TopicPartition(p.topic(), p.partition()), source.code() + p.partition()));
            }
            consumer.assign(names.keySet());
            EventBuffer buffer = new EventBuffer(capacity);
            buffer.startAt(seekBack(consumer, names, Math.max(1, capacity / Math.max(1, names.size()))), endOf(consumer, names));
            LiveEventFeed feed = new LiveEventFeed(consumer, Map.copyOf(names), translator, buffer);
            feed.thread.start();
            return feed;
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    public EventBuffer buffer() {
        return buffer;
    }

    private static StreamPosition seekBack(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, String> names, int perPartition) {
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(names.keySet());
        Map<TopicPartition, Long> end = consumer.endOffsets(names.keySet());
        Map<String, Long> start = new HashMap<>();
        names.forEach((partition, name) -> {
            long from = Math.max(beginning.get(partition), end.get(partition) - perPartition);
            consumer.seek(partition, from);
            start.put(name, from);
        });
        return StreamPosition.of(start);
    }

    private static StreamPosition endOf(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, String> names) {
        Map<String, Long> end = new HashMap<>();
        consumer.endOffsets(names.keySet()).forEach((partition, offset) -> end.put(names.get(partition), offset));
        return StreamPosition.of(end);
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (!append(record)) {
                        consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
                        stopped.await(RETRY.toMillis(), TimeUnit.MILLISECONDS);
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (WakeupException e) {
            // close() woke the consumer up to stop
        } catch (RuntimeException e) {
            log.error("The live event feed stopped; the event stream receives nothing new until a restart", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
            buffer.close();
            stopped.countDown();
        }
    }

    /** Appends what the record says, if anything; false if it must be read again later. */
    private boolean append(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return true;
        }
        try {
            String partition = partitionNames.get(new TopicPartition(record.topic(), record.partition()));
            translator.translate(record.topic(), record.value())
                    .ifPresent(content -> buffer.append(new LiveEvent(partition, record.offset(), content)));
            return true;
        } catch (RuntimeException e) {
            log.warn("Cannot read {}-{}@{} for the live stream now ({}); retrying", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return false;
        }
    }

    private static Map<String, Object> consumerProperties(KafkaClients kafka) {
        return kafka.config(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "scale-projection-aggregator-live-events",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString()));
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            if (!stopped.await(10, TimeUnit.SECONDS)) {
                log.warn("The live event feed did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
