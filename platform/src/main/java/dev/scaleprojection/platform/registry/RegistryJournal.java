package dev.scaleprojection.platform.registry;

import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The registry's durable state: every change is appended synchronously (acks=all, idempotent) to the compacted,
 * single-partition topic {@link Topics#REGISTRY_SCHEMAS}, and on start the whole topic is read back, up to its end
 * offset, to rebuild the state. A failed append is a 50001 store error, and the change is not applied.
 */
final class RegistryJournal implements AutoCloseable {

    private static final Duration APPEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(1);
    private static final String TOPIC = Topics.REGISTRY_SCHEMAS.name();
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final KafkaClients kafka;
    private final int replicationFactor;
    private final JournalCodec codec = new JournalCodec();
    private final KafkaProducer<String, String> producer;

    RegistryJournal(KafkaClients kafka, int replicationFactor) {
        this.kafka = kafka;
        this.replicationFactor = replicationFactor;
        this.producer = new KafkaProducer<>(kafka.config(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "scale-projection-registry",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) APPEND_TIMEOUT.toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, APPEND_TIMEOUT.toMillis())),
                new StringSerializer(), new StringSerializer());
    }

    /** Creates the topic if it is missing, then feeds every entry in it, oldest first, to {@code apply}. */
    void replay(Consumer<JournalEntry> apply) {
        new TopicAdministrator(kafka).ensure(List.of(Topics.REGISTRY_SCHEMAS), 1, Optional.of((short) replicationFactor));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.config(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "scale-projection-registry-replay",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long endOffset = consumer.endOffsets(List.of(PARTITION), REPLAY_TIMEOUT).get(PARTITION);
            long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
            while (consumer.position(PARTITION, REPLAY_TIMEOUT) < endOffset) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The schema registry could not read its topic " + TOPIC + " on "
                            + kafka.bootstrapServers() + " to the end (offset " + endOffset + ") within " + REPLAY_TIMEOUT.toSeconds() + " s.");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    codec.read(record.key(), record.value()).ifPresent(apply);
                }
            }
        }
    }

    /** @throws RegistryError 50001 if Kafka did not acknowledge the entry */
    void append(JournalEntry entry) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, codec.key(entry), codec.value(entry)))
                    .get(APPEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw RegistryError.storeFailed("Kafka at " + kafka.bootstrapServers() + " did not store the change: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw RegistryError.storeFailed("Kafka at " + kafka.bootstrapServers() + " did not acknowledge the change within "
                    + APPEND_TIMEOUT.toSeconds() + " s.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryError.storeFailed("interrupted while storing the change.", e);
        } catch (KafkaException e) {
            throw RegistryError.storeFailed("Kafka at " + kafka.bootstrapServers() + " refused the change: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
