package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Ownership;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classifier topology classifying the components of one system together (rules that look across components), and
 * re-classifying on a rule change component by component, in a TopologyTestDriver with a real schema registry.
 */
class SystemClassificationTopologyTest {

    private static final String PII_RULE = "data-sovereignty.personal-data-in-several-components";

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;
    static SchemaRegistryServer registry;
    static ConfluentAvroSerde<FactEvent> factSerde;
    static ConfluentAvroSerde<GapChanged> gapSerde;
    static ConfluentAvroSerde<dev.scaleprojection.avro.Rule> ruleSerde;

    TopologyTestDriver driver;
    TestInputTopic<String, FactEvent> facts;
    TestInputTopic<String, dev.scaleprojection.avro.Rule> rules;
    TestOutputTopic<String, GapChanged> gaps;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeAll
    static void startRegistry() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        factSerde = ConfluentAvroSerde.forValues(client, FactEvent.class);
        gapSerde = ConfluentAvroSerde.forValues(client, GapChanged.class);
        ruleSerde = ConfluentAvroSerde.forValues(client, dev.scaleprojection.avro.Rule.class);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
        broker.close();
    }

    @BeforeEach
    void startDriver() {
        startDriver(1);
    }

    /** The test driver reads every topic as partition 0, so with more partitions some systems' records are misplaced. */
    void startDriver(int partitions) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "classifier-system-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("state-" + System.nanoTime()).toString());
        driver = new TopologyTestDriver(ClassifierTopology.build(new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde, ruleSerde),
                RuleCatalogLoader.builtin(), partitions), props);
        facts = driver.createInputTopic(Topics.FACTS.name(), new StringSerializer(), factSerde.serializer());
        rules = driver.createInputTopic(Topics.RULES.name(), new StringSerializer(), ruleSerde.serializer());
        gaps = driver.createOutputTopic(Topics.GAPS.name(), new StringDeserializer(), gapSerde.deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    /** A scan of one component: each fact is personal data of the given kind stored by it. */
    private void scan(String componentId, String scanId, Instant at, String... piiKinds) {
        List<String> fingerprints = new ArrayList<>();
        for (String piiKind : piiKinds) {
            String fingerprint = componentId + "/" + piiKind;
            fingerprints.add(fingerprint);
            facts.pipeInput(componentId, FactEvent.newBuilder().setEventId(scanId + "/" + fingerprint).setComponentId(componentId)
                    .setOccurredAt(at).setPayload(FactObserved.newBuilder().setScanId(scanId).setFingerprint(fingerprint)
                            .setKind("data.personal-data-stored").setSource(FactSource.SOURCE_CODE)
                            .setEvidence(new Evidence("shop", "abc", "src/Customer.java", 4, 4, "String " + piiKind))
                            .setAttributes(Map.of("piiKind", piiKind, "field", piiKind, "holder", "Customer", "context", "customers")).build())
                    .build(), at);
        }
        facts.pipeInput(componentId, FactEvent.newBuilder().setEventId(scanId + "/completed").setComponentId(componentId).setOccurredAt(at)
                .setPayload(new ScanCompleted(scanId, "shop", "abc", fingerprints, null, null)).build(), at);
    }

    private static List<GapChange> systemChanges(GapChanged round) {
        return round.getChanges().stream().filter(change -> change.getRuleId().equals(PII_RULE)).toList();
    }

    @Test
    void theSecondComponentsScanOpensTheGapInBothAndRemovingItResolvesBoth() {
        // given one component of the system storing e-mail addresses
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        assertThat(systemChanges(gaps.readValue())).isEmpty();

        // when a second component of the system, scanned later, stores them too
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        scan("acme/shop/billing", "billing-1", t2, "email");

        // then its round opens the gap, and so does a round of the first one, with the same cause and time, naming both
        List<TestRecord<String, GapChanged>> opened = gaps.readRecordsToList();
        assertThat(opened).extracting(TestRecord::key).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(opened).allSatisfy(round -> {
            assertThat(round.value().getCause()).isEqualTo("scan:billing-1");
            assertThat(round.timestamp()).isEqualTo(t2.toEpochMilli());
            assertThat(systemChanges(round.value())).singleElement().satisfies(change -> {
                assertThat(change.getKind()).isEqualTo(GapChangeKind.OPENED);
                assertThat(change.getCategory().name()).isEqualTo("BLOCKING");
                assertThat(change.getTitle()).contains("stored by 2 components of the system (billing, orders)");
            });
        });
        assertThat(driver.<String, SystemView>getKeyValueStore(ClassifierTopology.SYSTEM_SIGNALS_STORE).get("acme/shop").components())
                .containsOnlyKeys("acme/shop/billing", "acme/shop/orders");
        // (records in their system's partition are not copied)
        assertThat(driver.producedTopicNames()).noneMatch(topic -> topic.contains(ClassifierTopology.FACTS_BY_SYSTEM));

        // when the second component no longer stores them
        Instant t3 = Instant.parse("2026-12-03T10:00:00Z");
        scan("acme/shop/billing", "billing-2", t3, "phone");

        // then the gap is resolved in both, by that scan
        List<TestRecord<String, GapChanged>> resolved = gaps.readRecordsToList();
        assertThat(resolved).extracting(TestRecord::key).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(resolved).allSatisfy(round -> {
            assertThat(round.value().getCause()).isEqualTo("scan:billing-2");
            assertThat(systemChanges(round.value())).extracting(GapChange::getKind).containsExactly(GapChangeKind.RESOLVED);
        });
    }

    @Test
    void aComponentOfAnotherSystemIsNotCountedNorReclassified() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        gaps.readValue();

        scan("acme/warehouse/stock", "stock-1", t1.plusSeconds(60), "email");

        List<TestRecord<String, GapChanged>> rounds = gaps.readRecordsToList();
        assertThat(rounds).extracting(TestRecord::key).containsExactly("acme/warehouse/stock");
        assertThat(systemChanges(rounds.get(0).value())).isEmpty();
    }

    @Test
    void aRuleChangeRebuildsWhatTheSystemShowsAndReclassifiesItsComponents() {
        // given two components sharing personal data, with the gap open in both
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        scan("acme/shop/billing", "billing-1", t1, "email");
        gaps.readRecordsToList();
        Rule builtin = RuleCatalogLoader.builtin().rules().stream().filter(r -> r.id().equals(PII_RULE)).findFirst().orElseThrow();

        // when version 2 of the rule asks for three components
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        rules.pipeInput(PII_RULE, dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(2)
                .setAcrossComponents(3).build(), t2);

        // then the gap is resolved in both, caused by the rule change
        List<TestRecord<String, GapChanged>> rounds = gaps.readRecordsToList();
        assertThat(rounds).extracting(TestRecord::key).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(rounds).allSatisfy(round -> {
            assertThat(round.value().getCause()).isEqualTo("rule:" + PII_RULE + "@2");
            assertThat(systemChanges(round.value())).extracting(GapChange::getKind).containsExactly(GapChangeKind.RESOLVED);
        });

        // and a third component's scan opens it in all three
        scan("acme/shop/shipping", "shipping-1", t2.plusSeconds(60), "email");
        assertThat(gaps.readRecordsToList()).extracting(TestRecord::key)
                .containsExactly("acme/shop/shipping", "acme/shop/billing", "acme/shop/orders");
    }

    @Test
    void sendsAComponentThatCannotBeReclassifiedToTheDeadLettersAndReclassifiesTheOthers() {
        // given a component classified as usual, and one whose stored fact lacks the value its rule's title names
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        gaps.readValue();
        Map<String, String> noHost = new HashMap<>(Map.of("technology", "postgresql"));
        noHost.put("host", null);
        Fact broken = new Fact("fp-broken", "endpoint.hardcoded", new TreeMap<>(noHost),
                new dev.scaleprojection.classifier.domain.Evidence("shop", Optional.empty(), "src/Db.java", 1, 1, ""));
        KeyValueStore<String, ComponentState> states = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE);
        ComponentState brokenState = new ComponentState("acme/shop/broken", new TreeMap<>(Map.of("fp-broken", broken)),
                new TreeMap<>(), Ownership.UNKNOWN, Optional.empty());
        states.put("acme/shop/broken", brokenState);

        // when a rule change re-classifies every component of the task
        Rule builtin = RuleCatalogLoader.builtin().rules().stream().filter(r -> r.id().equals(PII_RULE)).findFirst().orElseThrow();
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        dev.scaleprojection.avro.Rule changed = dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(2)
                .setAcrossComponents(1).build();
        rules.pipeInput(PII_RULE, changed, t2);

        // then the broken component goes to the dead letters, keyed by it, with the rule, the error and the stage …
        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo("acme/shop/broken");
        assertThat(ruleSerde.deserializer().deserialize(Topics.RULES.name(), deadLetter.value())).isEqualTo(changed);
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("reclassify");
        assertThat(header(deadLetter, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(NullPointerException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).endsWith(ClassifierTopology.RULE_CHANGES + "-repartition");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(states.get("acme/shop/broken")).isEqualTo(brokenState);

        // … and the other component is re-classified: with one component enough, its personal data is now a gap
        GapChanged round = gaps.readValue();
        assertThat(round.getComponentId()).isEqualTo("acme/shop/orders");
        assertThat(systemChanges(round)).extracting(GapChange::getKind).containsExactly(GapChangeKind.OPENED);
        assertThat(gaps.isEmpty()).isTrue();
    }

    @Test
    void classifiesTheScannedComponentAndSendsASiblingThatCannotBeReclassifiedToTheDeadLetters() {
        // given a component of the system storing e-mail addresses whose stored endpoint fact lacks the host its rule names
        Map<String, String> noHost = new HashMap<>(Map.of("technology", "postgresql"));
        noHost.put("host", null);
        var evidence = new dev.scaleprojection.classifier.domain.Evidence("shop", Optional.empty(), "src/Db.java", 1, 1, "");
        Fact email = new Fact("fp-email", "data.personal-data-stored",
                new TreeMap<>(Map.of("piiKind", "email", "field", "email", "holder", "Customer", "context", "customers")), evidence);
        ComponentState brokenState = new ComponentState("acme/shop/broken", new TreeMap<>(Map.of("fp-email", email,
                "fp-broken", new Fact("fp-broken", "endpoint.hardcoded", new TreeMap<>(noHost), evidence))),
                new TreeMap<>(), Ownership.UNKNOWN, Optional.empty());
        KeyValueStore<String, ComponentState> states = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE);
        states.put("acme/shop/broken", brokenState);
        driver.<String, SystemView>getKeyValueStore(ClassifierTopology.SYSTEM_SIGNALS_STORE).put("acme/shop",
                SystemView.EMPTY.with("acme/shop/broken", new TreeMap<>(Map.of(PII_RULE, new java.util.TreeSet<>(List.of("email"))))));

        // when another component storing them is scanned
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");

        // then the scanned component is classified among both, and the one that cannot be goes to the dead letters
        GapChanged round = gaps.readValue();
        assertThat(round.getComponentId()).isEqualTo("acme/shop/orders");
        assertThat(systemChanges(round)).singleElement().satisfies(change -> assertThat(change.getTitle()).contains("(broken, orders)"));
        assertThat(gaps.isEmpty()).isTrue();
        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo("acme/shop/broken");
        assertThat(factSerde.deserializer().deserialize(Topics.DEAD_LETTERS.name(), deadLetter.value()).getEventId()).isEqualTo("orders-1/completed");
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("reclassify");
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(states.get("acme/shop/broken")).isEqualTo(brokenState);
        assertThat(states.get("acme/shop/orders")).isNotNull();
    }

    @Test
    void movesARecordPublishedOutsideItsSystemsPartitionThereAndClassifiesItWithItsSiblings() {
        // given a classifier over two partitions, and a system whose partition is not the one its records are read from
        startDriver(2);
        String system = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "acme/legacy-" + i)
                .filter(candidate -> dev.scaleprojection.schemas.FactPartitioning.partitionOf(candidate + "/x", 2) == 1)
                .findFirst().orElseThrow();

        // when two of its components are scanned
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan(system + "/orders", "orders-1", t1, "email");
        scan(system + "/billing", "billing-1", t1.plusSeconds(60), "email");

        // then they are classified together, through the repartition
        List<TestRecord<String, GapChanged>> rounds = gaps.readRecordsToList();
        assertThat(rounds).extracting(TestRecord::key).containsExactly(system + "/orders", system + "/billing", system + "/orders");
        assertThat(systemChanges(rounds.get(2).value())).extracting(GapChange::getKind).containsExactly(GapChangeKind.OPENED);
        assertThat(driver.producedTopicNames()).contains("classifier-system-test-" + ClassifierTopology.FACTS_BY_SYSTEM + "-repartition");
        assertThat(ClassifierTopology.build(new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde, ruleSerde),
                RuleCatalogLoader.builtin(), 2).describe().toString())
                .contains(ClassifierTopology.FACTS_BY_SYSTEM + "-repartition", ClassifierTopology.SYSTEM_SIGNALS_STORE);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
