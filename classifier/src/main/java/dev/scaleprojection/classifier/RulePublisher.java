package dev.scaleprojection.classifier;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.RuleChanged;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.topology.RuleMapping;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a rule catalog: only the rules that are new or differ from what the compacted rules topic holds, so that
 * republishing the same catalog is not an event. Each rule goes to the rules topic (the catalog of record) and, as a
 * {@link RuleChanged} event, to every partition of the facts topic, in one transaction: the classifier applies a rule
 * change where it stands among the facts of each partition, so that replaying the log applies it at the same point.
 * Publications never interleave: they share one transactional id, so a publication that starts aborts one still open.
 */
public final class RulePublisher {

    /** A publication's transaction is aborted by the broker when its publisher dies before it ends, after this long. */
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration OPEN_PUBLICATION_WAIT = TRANSACTION_TIMEOUT.multipliedBy(3);
    /** Shared by every publisher of rules, so that one publication at a time can be open (see {@link #publish}). */
    public static final String TRANSACTIONAL_ID = "scale-projection-rules-publisher";
    private static final int ATTEMPTS = 3;
    private static final Duration FENCED_BACKOFF = Duration.ofMillis(500);

    private final KafkaClients kafka;
    private final Serde<dev.scaleprojection.avro.Rule> ruleSerde;
    private final Serde<FactEvent> factSerde;

    public RulePublisher(KafkaClients kafka, Serde<dev.scaleprojection.avro.Rule> ruleSerde, Serde<FactEvent> factSerde) {
        this.kafka = kafka;
        this.ruleSerde = ruleSerde;
        this.factSerde = factSerde;
    }

    /** The rule change event for {@code rule}, published at {@code at}. */
    public static FactEvent ruleChanged(dev.scaleprojection.avro.Rule rule, Instant at) {
        return FactEvent.newBuilder().setEventId("rule:" + rule.getRuleId() + "@" + rule.getVersion()).setComponentId(FactPartitioning.EVERY_COMPONENT)
                .setOccurredAt(at).setPayload(new RuleChanged(rule)).build();
    }

    /**
     * Publishes what differs from the rules topic. Every publisher shares one transactional id, so publications never
     * interleave: starting one aborts the publication another has open (it is fenced, reads the topic again and
     * publishes what is left, up to {@value #ATTEMPTS} times).
     *
     * @return the rules that were published (new or changed), as id@version
     */
    public List<String> publish(RuleCatalog catalog, Instant at) {
        for (int attempt = 1; ; attempt++) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.config(Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID,
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) TRANSACTION_TIMEOUT.toMillis(),
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new ByteArraySerializer())) {
                // first, so that the publication of a publisher that died, or is still at it, is aborted before the topic is read
                producer.initTransactions();
                Map<String, dev.scaleprojection.avro.Rule> current = current();
                List<dev.scaleprojection.avro.Rule> changed = catalog.rules().stream().map(RuleMapping::toAvro)
                        .filter(rule -> !rule.equals(current.get(rule.getRuleId()))).toList();
                if (!changed.isEmpty()) {
                    publish(producer, changed, at);
                }
                return changed.stream().map(rule -> rule.getRuleId() + "@" + rule.getVersion()).toList();
            } catch (ProducerFencedException | InvalidProducerEpochException fenced) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Other publications of rules kept starting while this one ran; none of its rules was "
                            + "published. Publish again when they are done.", fenced);
                }
                pause(FENCED_BACKOFF.multipliedBy(attempt));
            } catch (KafkaException refused) {
                throw new IllegalStateException("Kafka refused the rules, none was published: " + refused.getMessage(), refused);
            }
        }
    }

    /** Each rule to the rules topic and, as a rule change, to every partition of the facts topic: one transaction. */
    private void publish(KafkaProducer<String, byte[]> producer, List<dev.scaleprojection.avro.Rule> changed, Instant at) {
        producer.beginTransaction();
        try {
            int partitions = producer.partitionsFor(Topics.FACTS.name()).size();
            for (dev.scaleprojection.avro.Rule rule : changed) {
                producer.send(new ProducerRecord<>(Topics.RULES.name(), null, at.toEpochMilli(), rule.getRuleId(),
                        ruleSerde.serializer().serialize(Topics.RULES.name(), rule)));
                byte[] event = factSerde.serializer().serialize(Topics.FACTS.name(), ruleChanged(rule, at));
                for (int partition = 0; partition < partitions; partition++) {
                    producer.send(new ProducerRecord<>(Topics.FACTS.name(), partition, at.toEpochMilli(), FactPartitioning.EVERY_COMPONENT, event));
                }
            }
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException fenced) {
            throw fenced; // aborted by the publisher that fenced this one
        } catch (KafkaException refused) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailed) {
                refused.addSuppressed(abortFailed); // what refused the rules is the reason to report
            }
            throw refused;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing rules", e);
        }
    }

    /**
     * The latest value of every rule on the topic, read to its end: to the end of the log, past every publication that
     * was still open when it was asked (a transaction's commit reaches the partitions shortly after the publisher is told
     * it committed, and one of a publisher that died is aborted at its timeout).
     */
    private Map<String, dev.scaleprojection.avro.Rule> current() {
        Map<String, dev.scaleprojection.avro.Rule> latest = new HashMap<>();
        try (KafkaConsumer<String, dev.scaleprojection.avro.Rule> consumer = new KafkaConsumer<>(kafka.config(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new StringDeserializer(), ruleSerde.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RULES.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends;
            try (KafkaConsumer<byte[], byte[]> uncommitted = new KafkaConsumer<>(kafka.config(Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted")), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                ends = uncommitted.endOffsets(partitions, Duration.ofSeconds(30));
            }
            long deadline = System.nanoTime() + OPEN_PUBLICATION_WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The rules topic " + Topics.RULES.name() + " has a publication that neither committed nor "
                            + "aborted within " + OPEN_PUBLICATION_WAIT.toSeconds() + " s; try again when it has.");
                }
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
