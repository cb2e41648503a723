package dev.scaleprojection.ingest.testing;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real in-process broker and schema registry with the facts topic, for the ingest integration tests: a producer
 * to publish with, and a reader of everything the facts topic holds so far.
 */
public final class FactsBroker implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryServer registry;
    private final ConfluentAvroSerde<FactEvent> serde;
    private final KafkaProducer<String, FactEvent> producer;

    private FactsBroker(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
        this.broker = broker;
        this.registry = registry;
        this.serde = ConfluentAvroSerde.forValues(new SchemaRegistryClient(registry.url()), FactEvent.class);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), serde.serializer());
    }

    public static FactsBroker start(Path dataDir) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        new TopicAdministrator(broker.bootstrapServers()).ensure(List.<dev.scaleprojection.schemas.TopicSpec<?>>of(Topics.FACTS), 1, Optional.of((short) 1));
        SchemaRegistryServer registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
        return new FactsBroker(broker, registry);
    }

    public KafkaProducer<String, FactEvent> producer() {
        return producer;
    }

    /** Every event on the facts topic so far, in order. */
    public List<FactEvent> facts() {
        try (KafkaConsumer<String, FactEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), serde.deserializer())) {
            TopicPartition partition = new TopicPartition(Topics.FACTS.name(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<FactEvent> events = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, FactEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(record.value());
                }
            }
            return events;
        }
    }

    @Override
    public void close() {
        producer.close();
        registry.close();
        broker.close();
    }
}
