package dev.scaleprojection.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.ScanStats;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's producers put every fact event of a system in that system's partition of the facts topic, on a real broker. */
class FactPartitioningOnBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void publishesEveryComponentOfASystemAndItsAssertionsInTheSystemsPartition() throws Exception {
        // given a facts topic of four partitions, and components that Kafka would spread by their own ids
        List<Component> components = new ArrayList<>(List.of(new Component("shop", "")));
        IntStream.range(0, 8).forEach(i -> components.add(new Component("service-" + i, "service-" + i)));
        assertThat(components.stream().skip(1).map(c -> BuiltInPartitioner.partitionForKey(
                ("acme/shop/" + c.name()).getBytes(StandardCharsets.UTF_8), 4)).distinct().count()).isGreaterThan(1);
        List<ObservedFact> facts = components.stream().skip(1)
                .map(c -> new ObservedFact(c.name(), FactPublisherTest.DOCKERFILE, "fp-" + c.name())).toList();
        ScanResult scan = new ScanResult("shop", Optional.of("abc"), facts, List.of(), new ScanStats(8, 10, Map.of()), components);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            new TopicAdministrator(broker.bootstrapServers()).ensure(List.<dev.scaleprojection.schemas.TopicSpec<?>>of(Topics.FACTS), 4,
                    Optional.of((short) 1));
            try (SchemaRegistryServer registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start()) {
                ConfluentAvroSerde<FactEvent> serde = ConfluentAvroSerde.forValues(new SchemaRegistryClient(registry.url()), FactEvent.class);
                try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(), ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), serde.serializer())) {
                    // when a scan and a revocation are published
                    Instant at = Instant.parse("2026-12-01T10:00:00Z");
                    new FactPublisher(producer).publish(scan, "acme", "shop", at);
                    new AssertionPublisher(producer).revoke("acme/shop/service-3", "a1", "ada", "no longer true", at);
                }

                // then every record is in the system's partition
                int expected = FactPartitioning.partitionOf("acme/shop/any", 4);
                assertThat(recordsByPartition(broker.bootstrapServers(), serde)).containsOnlyKeys(expected)
                        .hasEntrySatisfying(expected, records -> assertThat(records).hasSize(2 * 8 + 1));
            }
        }
    }

    private static Map<Integer, List<String>> recordsByPartition(String bootstrapServers, ConfluentAvroSerde<FactEvent> serde) {
        Map<Integer, List<String>> byPartition = new TreeMap<>();
        try (KafkaConsumer<String, FactEvent> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, 4).mapToObj(p -> new TopicPartition(Topics.FACTS.name(), p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record ->
                        byPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>()).add(record.key()));
            }
        }
        return byPartition;
    }
}
