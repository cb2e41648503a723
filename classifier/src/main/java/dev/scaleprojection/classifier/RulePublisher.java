package dev.scaleprojection.classifier;

import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.topology.RuleMapping;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a rule catalog to the compacted rules topic: only the rules that are new or differ from what the topic
 * holds, so that republishing the same catalog is not an event. Each published rule re-classifies from the log.
 */
public final class RulePublisher {

    private final KafkaClients kafka;
    private final Serde<dev.scaleprojection.avro.Rule> ruleSerde;

    public RulePublisher(KafkaClients kafka, Serde<dev.scaleprojection.avro.Rule> ruleSerde) {
        this.kafka = kafka;
        this.ruleSerde = ruleSerde;
    }

    /** @return the rules that were published (new or changed), as id@version */
    public List<String> publish(RuleCatalog catalog, Instant at) {
        Map<String, dev.scaleprojection.avro.Rule> current = current();
        List<String> published = new ArrayList<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, dev.scaleprojection.avro.Rule> producer = new KafkaProducer<>(kafka.config(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), ruleSerde.serializer())) {
            for (Rule rule : catalog.rules()) {
                dev.scaleprojection.avro.Rule event = RuleMapping.toAvro(rule);
                if (!event.equals(current.get(rule.id()))) {
                    sent.add(producer.send(new ProducerRecord<>(Topics.RULES.name(), null, at.toEpochMilli(), rule.id(), event)));
                    published.add(rule.reference());
                }
            }
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a rule: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing rules", e);
        }
        return List.copyOf(published);
    }

    /** The latest value of every rule on the topic, read to its end. */
    private Map<String, dev.scaleprojection.avro.Rule> current() {
        Map<String, dev.scaleprojection.avro.Rule> latest = new HashMap<>();
        try (KafkaConsumer<String, dev.scaleprojection.avro.Rule> consumer = new KafkaConsumer<>(kafka.config(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new StringDeserializer(), ruleSerde.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RULES.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), record.value());
                    }
                });
            }
        }
        return latest;
    }
}
