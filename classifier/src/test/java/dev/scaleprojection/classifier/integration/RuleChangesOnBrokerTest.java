package dev.scaleprojection.classifier.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.RuleChanged;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import dev.scaleprojection.classifier.topology.RuleMapping;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule changes on a real broker: the publisher writes each changed rule to the rules topic and, in the same transaction,
 * a rule change to every partition of the facts topic; and a log with a rule change published in the middle of it
 * replays, under a fresh application id, to byte-identical gap changes (the rule change is applied where it stands among
 * the facts, not whenever the rules topic is read).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleChangesOnBrokerTest {

    private static final int PARTITIONS = 3;
    private static final String ENDPOINT_RULE = "configuration.hardcoded-endpoint";

    @TempDir
    static Path dataDir;
    static AvroOnBroker avro;
    static KafkaClients kafka;

    @BeforeAll
    static void start() {
        avro = AvroOnBroker.start(dataDir);
        kafka = KafkaClients.of(avro.broker().bootstrapServers(), Optional.empty());
        new TopicAdministrator(avro.broker().bootstrapServers()).ensure(Topics.PIPELINE, PARTITIONS, Optional.of((short) 1));
    }

    @AfterAll
    static void stop() {
        avro.close();
    }

    private static RulePublisher publisher() {
        return new RulePublisher(kafka, avro.rules(), avro.facts());
    }

    /** The built-in catalog with the hard-coded endpoint rule at {@code version}, Blocking from the service level on. */
    private static RuleCatalog withBlockingEndpoints(int version) {
        return new RuleCatalog(RuleCatalogLoader.builtin().rules().stream().map(rule -> !rule.id().equals(ENDPOINT_RULE) ? rule
                : new dev.scaleprojection.classifier.domain.Rule(rule.id(), version, rule.concern(), rule.axis(), rule.scaleVectors(),
                        rule.title(), rule.when(), new TreeMap<>(Map.of(Level.SERVICE, Category.BLOCKING)), rule.uncertainty(),
                        rule.explanation())).toList());
    }

    @Test
    @Order(1)
    void publishesEachChangedRuleToTheRulesTopicAndARuleChangeToEveryPartitionOfTheFactsLog() {
        int rules = RuleCatalogLoader.builtin().rules().size();
        Instant at = Instant.parse("2026-12-01T09:00:00Z");

        // when the built-in catalog is published to an empty rules topic, then again, then with one rule changed
        List<String> first = publisher().publish(RuleCatalogLoader.builtin(), at);
        List<String> again = publisher().publish(RuleCatalogLoader.builtin(), at.plusSeconds(60));
        List<String> changed = publisher().publish(withBlockingEndpoints(100), at.plusSeconds(120));

        // then every rule was published once, and the changed one once more
        assertThat(first).hasSize(rules);
        assertThat(again).isEmpty();
        assertThat(changed).containsExactly(ENDPOINT_RULE + "@100");
        List<ConsumerRecord<String, byte[]>> onRulesTopic = committed(Topics.RULES.name());
        assertThat(onRulesTopic).hasSize(rules + 1);
        List<Rule> endpointRules = onRulesTopic.stream().filter(record -> record.key().equals(ENDPOINT_RULE))
                .map(record -> avro.rules().deserializer().deserialize(Topics.RULES.name(), record.value())).toList();
        assertThat(endpointRules).extracting(Rule::getVersion).containsExactly(RuleCatalogLoader.builtin().rules().stream()
                .filter(rule -> rule.id().equals(ENDPOINT_RULE)).findFirst().orElseThrow().version(), 100);

        // and every partition of the facts log holds the same rule changes, in the same order, keyed *, at the publication's time
        Map<Integer, List<ConsumerRecord<String, byte[]>>> byPartition = committed(Topics.FACTS.name()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::partition, TreeMap::new, Collectors.toList()));
        assertThat(byPartition).hasSize(PARTITIONS);
        byPartition.forEach((partition, records) -> {
            assertThat(records).as("partition %d", partition).hasSize(rules + 1).allSatisfy(record -> assertThat(record.key()).isEqualTo(FactPartitioning.EVERY_COMPONENT));
            FactEvent last = avro.facts().deserializer().deserialize(Topics.FACTS.name(), records.get(rules).value());
            assertThat(last.getComponentId()).isEqualTo(FactPartitioning.EVERY_COMPONENT);
            assertThat(last.getEventId()).isEqualTo("rule:" + ENDPOINT_RULE + "@100");
            assertThat(last.getOccurredAt()).isEqualTo(at.plusSeconds(120));
            assertThat(records.get(rules).timestamp()).isEqualTo(at.plusSeconds(120).toEpochMilli());
            Rule rule = ((RuleChanged) last.getPayload()).getRule();
            assertThat(rule).isEqualTo(endpointRules.get(1));
        });
    }

    @Test
    @Order(2)
    void replaysALogWithARuleChangePublishedInTheMiddleOfItToByteIdenticalGapChanges() throws Exception {
        // given a classifier taking scans as they come, and a rule change published between two rounds of scans
        List<FactEvent> events = ClassifierOnBrokerTest.scans("rulechange", 12, 4);
        int half = events.size() / 2;
        StreamsSettings first = new StreamsSettings(avro.broker().bootstrapServers(), dataDir.resolve("streams-first"), 1, 1);
        List<byte[]> firstRun;
        try (ClassifierApp app = ClassifierApp.start(first, "rulechange-first", avro.serdes(), RuleCatalogLoader.builtin(), PARTITIONS)) {
            publish(events.subList(0, half));
            awaitCaughtUp("rulechange-first");
            publisher().publish(withBlockingEndpoints(200), Instant.parse("2026-12-01T01:30:00Z"));
            awaitCaughtUp("rulechange-first");
            publish(events.subList(half, events.size()));
            awaitCaughtUp("rulechange-first");
            firstRun = gapChanges("rulechange");
        }
        List<GapChanged> decoded = firstRun.stream().map(bytes -> avro.gaps().deserializer().deserialize(Topics.GAPS.name(), bytes)).toList();
        assertThat(decoded).as("rounds caused by the rule change").anySatisfy(round ->
                assertThat(round.getCause()).isEqualTo("rule:" + ENDPOINT_RULE + "@200"));
        assertThat(decoded.stream().flatMap(round -> round.getChanges().stream()).filter(change -> change.getRuleId().equals(ENDPOINT_RULE))
                .map(change -> change.getRuleVersion() == 200)).as("endpoint gaps of scans before the rule change, then after it")
                .contains(true, false);

        // when a fresh application id replays the whole log
        StreamsSettings second = new StreamsSettings(avro.broker().bootstrapServers(), dataDir.resolve("streams-replay"), 1, 1);
        try (ClassifierApp replay = ClassifierApp.start(second, "rulechange-replay", avro.serdes(), RuleCatalogLoader.builtin(), PARTITIONS)) {
            awaitCaughtUp("rulechange-replay");
            List<byte[]> both = gapChanges("rulechange");

            // then each component's gap changes are the first run's, byte for byte, the rule change's included
            assertThat(both).hasSize(2 * firstRun.size());
            byComponent(both).forEach((component, records) -> assertThat(records.subList(records.size() / 2, records.size())).as(component)
                    .containsExactlyElementsOf(records.subList(0, records.size() / 2)));
        }
    }

    private static void publish(List<FactEvent> events) {
        try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), avro.facts().serializer())) {
            events.forEach(event -> producer.send(FactPartitioning.record(producer, event.getOccurredAt().toEpochMilli(), event.getComponentId(), event)));
            producer.flush();
        }
    }

    @Test
    @Order(3)
    void abortsThePublicationAnotherPublisherLeftOpenRatherThanInterleavingWithIt() throws Exception {
        // given a publication of version 300 left open, its rule on the rules topic and its rule change in one partition only
        Instant at = Instant.parse("2026-12-01T05:00:00Z");
        Rule stale = RuleMapping.toAvro(withBlockingEndpoints(300).rules().stream().filter(rule -> rule.id().equals(ENDPOINT_RULE))
                .findFirst().orElseThrow());
        // (for ten minutes: the broker would not abort it before the publisher below gave up waiting for it)
        try (KafkaProducer<String, byte[]> other = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ProducerConfig.TRANSACTIONAL_ID_CONFIG, RulePublisher.TRANSACTIONAL_ID,
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Duration.ofMinutes(10).toMillis()),
                new StringSerializer(), new ByteArraySerializer())) {
            other.initTransactions();
            other.beginTransaction();
            other.send(new ProducerRecord<>(Topics.RULES.name(), ENDPOINT_RULE, avro.rules().serializer().serialize(Topics.RULES.name(), stale))).get();
            other.send(new ProducerRecord<>(Topics.FACTS.name(), 0, FactPartitioning.EVERY_COMPONENT,
                    avro.facts().serializer().serialize(Topics.FACTS.name(), RulePublisher.ruleChanged(stale, at)))).get();

            // when version 400 is published
            List<String> published = publisher().publish(withBlockingEndpoints(400), at.plusSeconds(60));

            // then it is, the open publication was aborted (its publisher is told so when it tries to commit), and every
            // partition holds version 400's rule change and none of version 300's
            assertThat(published).containsExactly(ENDPOINT_RULE + "@400");
            assertThatThrownBy(other::commitTransaction).isInstanceOf(KafkaException.class);
        }
        assertThat(committed(Topics.RULES.name()).stream().filter(record -> record.key().equals(ENDPOINT_RULE))
                .map(record -> avro.rules().deserializer().deserialize(Topics.RULES.name(), record.value()).getVersion()))
                .endsWith(400).doesNotContain(300);
        Map<Integer, List<String>> ruleChanges = committed(Topics.FACTS.name()).stream()
                .filter(record -> record.key().equals(FactPartitioning.EVERY_COMPONENT))
                .collect(Collectors.groupingBy(ConsumerRecord::partition, TreeMap::new, Collectors.mapping(record ->
                        avro.facts().deserializer().deserialize(Topics.FACTS.name(), record.value()).getEventId(), Collectors.toList())));
        assertThat(ruleChanges).hasSize(PARTITIONS).allSatisfy((partition, events) ->
                assertThat(events).endsWith("rule:" + ENDPOINT_RULE + "@400").doesNotContain("rule:" + ENDPOINT_RULE + "@300"));
    }

    /** Each component's records, in order (a replay's after the first run's), as text that compares by content. */
    private Map<String, List<String>> byComponent(List<byte[]> records) {
        Map<String, List<String>> byComponent = new TreeMap<>();
        for (byte[] record : records) {
            GapChanged round = avro.gaps().deserializer().deserialize(Topics.GAPS.name(), record);
            byComponent.computeIfAbsent(round.getComponentId(), c -> new ArrayList<>()).add(java.util.HexFormat.of().formatHex(record));
        }
        return byComponent;
    }

    /** Every committed gap change of the systems named {@code acme/<name>-…}, partition by partition. */
    private static List<byte[]> gapChanges(String name) {
        return committed(Topics.GAPS.name()).stream().filter(record -> record.key().startsWith("acme/" + name + "-"))
                .map(ConsumerRecord::value).toList();
    }

    /** Every committed record of the topic, from its start to its end, partition by partition. */
    private static List<ConsumerRecord<String, byte[]>> committed(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition()))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                long end = logEnd(partition);
                while (consumer.position(partition) < end) {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                }
            }
            return records;
        }
    }

    /** The partition's end, open transactions included: a committed transaction's markers reach it shortly after the commit. */
    private static long logEnd(TopicPartition partition) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    /** Waits until the application has committed, on every partition of the facts topic, the end of the log. */
    private static void awaitCaughtUp(String applicationId) {
        try (Admin admin = kafka.admin()) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> done = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                for (int partition = 0; partition < PARTITIONS; partition++) {
                    request.put(new TopicPartition(Topics.FACTS.name(), partition), OffsetSpec.latest());
                }
                return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get().entrySet().stream()
                        .allMatch(end -> (done.containsKey(end.getKey()) ? done.get(end.getKey()).offset() : 0L) >= end.getValue().offset());
            });
        }
    }
}
