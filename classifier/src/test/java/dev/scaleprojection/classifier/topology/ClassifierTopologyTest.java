package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classifier topology in a TopologyTestDriver, with Avro through a real schema registry (on a real broker). */
class ClassifierTopologyTest {

    @TempDir
    static Path dataDir;
    static AvroOnBroker avro;

    TopologyTestDriver driver;
    TestInputTopic<String, FactEvent> facts;
    TestInputTopic<String, byte[]> rawFacts;
    TestOutputTopic<String, GapChanged> gaps;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeAll
    static void startRegistry() {
        avro = AvroOnBroker.start(dataDir);
    }

    @AfterAll
    static void stopRegistry() {
        avro.close();
    }

    @BeforeEach
    void startDriver() {
        driver = TopologyDrivers.classifier(avro, dataDir, "classifier-test", 1);
        facts = driver.createInputTopic(Topics.FACTS.name(), new StringSerializer(), avro.facts().serializer());
        rawFacts = driver.createInputTopic(Topics.FACTS.name(), new StringSerializer(), new ByteArraySerializer());
        gaps = driver.createOutputTopic(Topics.GAPS.name(), new StringDeserializer(), avro.gaps().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    static FactEvent observed(String scan, String fingerprint, String kind, int line, Instant at) {
        return FactEvent.newBuilder().setEventId(scan + "/" + fingerprint).setComponentId("acme/shop/orders").setOccurredAt(at)
                .setPayload(FactObserved.newBuilder().setScanId(scan).setFingerprint(fingerprint).setKind(kind)
                        .setSource(FactSource.SOURCE_CODE)
                        .setEvidence(new Evidence("shop", "abc", "orders/src/Repo.java", line, line, "\"jdbc:postgresql://db:5432/x\""))
                        .setAttributes(Map.of("technology", "postgresql", "host", "db")).build())
                .build();
    }

    static FactEvent completed(String scan, List<String> fingerprints, Instant at) {
        return completed(scan, fingerprints, null, null, at);
    }

    static FactEvent completed(String scan, List<String> fingerprints, String owner, String domain, Instant at) {
        return FactEvent.newBuilder().setEventId(scan + "/completed").setComponentId("acme/shop/orders").setOccurredAt(at)
                .setPayload(new ScanCompleted(scan, "shop", "abc", fingerprints, owner, domain)).build();
    }

    static FactEvent observed(String scan, String fingerprint, String kind, Map<String, String> attributes, Instant at) {
        return FactEvent.newBuilder(observed(scan, fingerprint, kind, 3, at))
                .setPayload(FactObserved.newBuilder((FactObserved) observed(scan, fingerprint, kind, 3, at).getPayload())
                        .setAttributes(attributes).build())
                .build();
    }

    static FactEvent statement(String id, String kind, Instant at) {
        return FactEvent.newBuilder().setEventId(id).setComponentId("acme/shop/orders").setOccurredAt(at)
                .setPayload(AssertionMade.newBuilder().setAssertionId(id).setAuthor("ada").setReason("it is a cache rebuilt on start")
                        .setKind(kind).build())
                .build();
    }

    @Test
    void emitsOneRoundPerCompletedScanWithTheEventTimeAndCause() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-docker", "deployment.dockerfile", 1, t1), t1);
        assertThat(gaps.isEmpty()).isTrue();

        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-docker", "fp-pg"), t1), t1);

        var round = gaps.readRecord();
        assertThat(round.key()).isEqualTo("acme/shop/orders");
        assertThat(round.timestamp()).isEqualTo(t1.toEpochMilli());
        assertThat(round.value().getCause()).isEqualTo("scan:s1");
        assertThat(round.value().getLevel().name()).isEqualTo("SERVICE");
        assertThat(round.value().getChanges()).singleElement().satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(GapChangeKind.OPENED);
            assertThat(change.getRuleId()).isEqualTo("configuration.hardcoded-endpoint");
            assertThat(change.getFacts().get(0).getEvidence().getStartLine()).isEqualTo(12);
        });
        assertThat(driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders")).isNotNull();
    }

    @Test
    void resolvesTheGapWhenARescanNoLongerSeesTheFact() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);
        gaps.readRecord();

        facts.pipeInput("acme/shop/orders", completed("s2", List.of(), t2), t2);

        GapChanged round = gaps.readValue();
        assertThat(round.getChanges()).extracting(c -> c.getKind()).containsExactly(GapChangeKind.RESOLVED);
        assertThat(round.getOccurredAt()).isEqualTo(t2);
    }

    @Test
    void routesAnUndecodableRecordToTheDeadLetterTopicAndGoesOn() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        rawFacts.pipeInput("acme/shop/orders", "garbage".getBytes(StandardCharsets.UTF_8), t1);
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);

        var deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.value()).isEqualTo("garbage".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.TOPIC).value(), StandardCharsets.UTF_8)).isEqualTo(Topics.FACTS.name());
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.OFFSET).value(), StandardCharsets.UTF_8)).isEqualTo("0");
        assertThat(deadLetter.headers().lastHeader(DeadLetterHeaders.ERROR)).isNotNull();
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("classifier");
        assertThat(gaps.readValue().getChanges()).hasSize(1);
    }

    @Test
    void reclassifiesEveryComponentWhenARuleChangesAndNamesTheRuleChangeAsCause() {
        // given a component with a Concerning hard-coded endpoint gap
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);
        assertThat(gaps.readValue().getChanges()).singleElement().satisfies(c -> assertThat(c.getCategory().name()).isEqualTo("CONCERNING"));
        dev.scaleprojection.classifier.domain.Rule builtin = RuleCatalogLoader.builtin().rules().stream()
                .filter(r -> r.id().equals("configuration.hardcoded-endpoint")).findFirst().orElseThrow();
        var stricter = new dev.scaleprojection.classifier.domain.Rule(builtin.id(), builtin.version() + 1, builtin.concern(), builtin.axis(),
                builtin.scaleVectors(), builtin.title(), builtin.when(),
                new java.util.TreeMap<>(Map.of(dev.scaleprojection.domain.Level.SERVICE, dev.scaleprojection.domain.Category.BLOCKING)),
                builtin.uncertainty(), builtin.explanation());

        // when the next version of the rule, which calls it Blocking, is published (a rule change in the facts log)
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput(FactPartitioning.EVERY_COMPONENT, RulePublisher.ruleChanged(RuleMapping.toAvro(stricter), t2), t2);

        // then the gap is re-categorized, caused by the rule change, at the rule change's time
        var round = gaps.readRecord();
        assertThat(round.value().getCause()).isEqualTo("rule:" + stricter.reference());
        assertThat(round.timestamp()).isEqualTo(t2.toEpochMilli());
        assertThat(round.value().getChanges()).singleElement().satisfies(change -> {
            assertThat(change.getKind()).isEqualTo(GapChangeKind.RECATEGORIZED);
            assertThat(change.getCategory().name()).isEqualTo("BLOCKING");
            assertThat(change.getPreviousCategory().name()).isEqualTo("CONCERNING");
            assertThat(change.getRuleVersion()).isEqualTo(stricter.version());
        });

        // and publishing the same rule again changes nothing, while later scans are classified with it
        facts.pipeInput(FactPartitioning.EVERY_COMPONENT, RulePublisher.ruleChanged(RuleMapping.toAvro(stricter), t2.plusSeconds(60)), t2.plusSeconds(60));
        assertThat(gaps.isEmpty()).isTrue();
        facts.pipeInput("acme/shop/web", FactEvent.newBuilder(observed("s9", "fp-web", "endpoint.hardcoded", 3, t2)).setComponentId("acme/shop/web").build(), t2);
        facts.pipeInput("acme/shop/web", FactEvent.newBuilder(completed("s9", List.of("fp-web"), t2)).setComponentId("acme/shop/web").build(), t2);
        assertThat(gaps.readValue().getChanges()).singleElement().satisfies(c -> assertThat(c.getCategory().name()).isEqualTo("BLOCKING"));
    }

    @Test
    void carriesTheOwnerAndDomainOnEveryRoundAndFollowsAChangeOfOwnerAlone() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), "team-orders", "commerce", t1), t1);
        GapChanged first = gaps.readValue();
        assertThat(first.getOwner()).isEqualTo("team-orders");
        assertThat(first.getDomain()).isEqualTo("commerce");

        facts.pipeInput("acme/shop/orders", completed("s2", List.of("fp-pg"), "team-checkout", "commerce", t2), t2);

        GapChanged regrouped = gaps.readValue();
        assertThat(regrouped.getCause()).isEqualTo("scan:s2");
        assertThat(regrouped.getChanges()).isEmpty();
        assertThat(regrouped.getOwner()).isEqualTo("team-checkout");
        assertThat(regrouped.getAuthor()).isNull();
        assertThat(gaps.isEmpty()).isTrue();
    }

    @Test
    void reportsAnUncertainGapWithWhatSettlesItAndRecategorizesItWhenAnAssertionDoes() {
        // given an in-memory H2 database: the facts do not say whether it is the store or a cache
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "memory"), t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-h2"), "team-orders", "commerce", t1), t1);
        assertThat(gaps.readValue().getChanges()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.getCategory().name()).isEqualTo("UNCERTAIN");
            assertThat(change.getSettledBy()).contains("--statement state.embedded-database.disposable");
        });

        // when a person asserts it is a cache
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput("acme/shop/orders", statement("a1", "state.embedded-database.disposable", t2), t2);

        // then the gaps are re-categorized to Clean, by that assertion, with its author and reason and the component's owner
        GapChanged settled = gaps.readValue();
        assertThat(settled.getCause()).isEqualTo("assertion:a1");
        assertThat(settled.getAuthor()).isEqualTo("ada");
        assertThat(settled.getReason()).isEqualTo("it is a cache rebuilt on start");
        assertThat(settled.getOwner()).isEqualTo("team-orders");
        assertThat(settled.getChanges()).filteredOn(c -> c.getRuleId().equals("compute.embedded-database")).isNotEmpty().allSatisfy(change -> {
            assertThat(change.getKind()).isEqualTo(GapChangeKind.RECATEGORIZED);
            assertThat(change.getPreviousCategory().name()).isEqualTo("UNCERTAIN");
            assertThat(change.getCategory().name()).isEqualTo("CLEAN");
            assertThat(change.getSettledBy()).isEmpty();
        });
    }

    @Test
    void sendsTheRevocationOfAnAssertionTheComponentDoesNotHoldToTheDeadLetters() {
        // given a component with a statement a1
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);
        facts.pipeInput("acme/shop/orders", statement("a1", "state.embedded-database.disposable", t1), t1);
        gaps.readValuesToList();
        var stateBefore = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders");

        // when someone revokes an assertion id it never had (a typo), then a1 twice
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput("acme/shop/orders", revocation("a2", t2), t2);
        assertThat(driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders")).isEqualTo(stateBefore);
        facts.pipeInput("acme/shop/orders", revocation("a1", t2), t2);
        facts.pipeInput("acme/shop/orders", revocation("a1", t2), t2);

        // then the unknown id and the second revocation go to the dead letters, saying why; the first revocation counts
        var typo = deadLetters.readRecord();
        assertThat(avro.facts().deserializer().deserialize(Topics.DEAD_LETTERS.name(), typo.value()).getEventId()).isEqualTo("a2/revoked");
        assertThat(header(typo, DeadLetterHeaders.STAGE)).isEqualTo("classify");
        assertThat(header(typo, DeadLetterHeaders.ERROR)).contains("acme/shop/orders holds no assertion 'a2' to revoke");
        var twice = deadLetters.readRecord();
        assertThat(header(twice, DeadLetterHeaders.OFFSET)).isEqualTo("5");
        assertThat(deadLetters.isEmpty()).isTrue();
        ComponentState after = (ComponentState) driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders");
        assertThat(after.assertions()).isEmpty();
    }

    static FactEvent revocation(String assertionId, Instant at) {
        return FactEvent.newBuilder().setEventId(assertionId + "/revoked").setComponentId("acme/shop/orders").setOccurredAt(at)
                .setPayload(new AssertionRevoked(assertionId, "grace", "no longer true")).build();
    }

    @Test
    void dropsThePendingFactsOfAScanThatBrokeOffAWeekBeforeByEventTime() {
        // given a scan of orders that broke off: facts, but no ScanCompleted
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("broken", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        var pendingFacts = driver.getKeyValueStore(ClassifierTopology.PENDING_FACTS_STORE);

        // when other records carry event time six days on, then eight
        Instant sixDaysOn = t1.plus(Duration.ofDays(6));
        facts.pipeInput("acme/shop/web", webObserved("w1", sixDaysOn), sixDaysOn);
        assertThat(pendingFacts.get("acme/shop/orders\u0000broken")).isNotNull();
        Instant eightDaysOn = t1.plus(Duration.ofDays(8));
        facts.pipeInput("acme/shop/web", webObserved("w2", eightDaysOn), eightDaysOn);

        // then the broken scan's facts are gone, the scans still in progress kept, and nothing was published
        assertThat(pendingFacts.get("acme/shop/orders\u0000broken")).isNull();
        assertThat(pendingFacts.get("acme/shop/web\u0000w1")).isNotNull();
        assertThat(pendingFacts.get("acme/shop/web\u0000w2")).isNotNull();
        assertThat(gaps.isEmpty()).isTrue();
    }

    private static FactEvent webObserved(String scan, Instant at) {
        return FactEvent.newBuilder(observed(scan, "fp-redis", "endpoint.hardcoded", 3, at)).setComponentId("acme/shop/web").build();
    }

    @Test
    void sendsARecordThatCannotBeClassifiedToTheDeadLettersAndGoesOn() {
        // given a component with an open gap
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);
        gaps.readValue();
        var stateBefore = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders");

        // when a fact without a kind arrives (it decodes, but no rule can classify it)
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s2", "fp-odd", "", 4, t2), t2);

        // then the record goes to the dead letters with the error, the stage and where it came from
        var deadLetter = deadLetters.readRecord();
        assertThat(avro.facts().deserializer().deserialize(Topics.DEAD_LETTERS.name(), deadLetter.value()).getEventId()).isEqualTo("s2/fp-odd");
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("classify");
        assertThat(header(deadLetter, DeadLetterHeaders.ERROR)).contains("has no kind");
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("2");
        assertThat(deadLetters.isEmpty()).isTrue();
        // and the component's state and pending facts are as they were
        assertThat(driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).get("acme/shop/orders")).isEqualTo(stateBefore);
        assertThat(driver.getKeyValueStore(ClassifierTopology.PENDING_FACTS_STORE).approximateNumEntries()).isZero();

        // and the next record is classified
        facts.pipeInput("acme/shop/orders", completed("s2", List.of(), t2), t2);
        GapChanged next = gaps.readValue();
        assertThat(next.getCause()).isEqualTo("scan:s2");
        assertThat(next.getChanges()).extracting(c -> c.getKind()).containsExactly(GapChangeKind.RESOLVED);
    }

    @Test
    void sendsARuleTheClassifierCannotApplyToTheDeadLettersOnceAndKeepsTheRulesInForce() {
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);
        facts.pipeInput("acme/shop/orders", completed("s1", List.of("fp-pg"), t1), t1);
        gaps.readValue();
        dev.scaleprojection.classifier.domain.Rule builtin = RuleCatalogLoader.builtin().rules().stream()
                .filter(r -> r.id().equals("configuration.hardcoded-endpoint")).findFirst().orElseThrow();
        dev.scaleprojection.avro.Rule unsettled = dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(builtin.version() + 1)
                .setUncertainty(null)
                .setCategories(List.of(new dev.scaleprojection.avro.LevelCategory(dev.scaleprojection.avro.Level.SERVICE,
                        dev.scaleprojection.avro.GapCategory.UNCERTAIN)))
                .build();

        // when a rule that is UNCERTAIN without saying what settles it is published
        facts.pipeInput(FactPartitioning.EVERY_COMPONENT, RulePublisher.ruleChanged(unsettled, t1.plusSeconds(60)), t1.plusSeconds(60));

        // then it goes to the dead letters (once per partition of the facts topic, here one) and the component keeps its gaps
        var deadLetter = deadLetters.readRecord();
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("rules");
        assertThat(header(deadLetter, DeadLetterHeaders.ERROR)).contains("UNCERTAIN without saying what settles it");
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(gaps.isEmpty()).isTrue();
    }

    private static String header(org.apache.kafka.streams.test.TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void namesEveryStoreAndProcessor() {
        Topology topology = ClassifierTopology.build(avro.serdes(), RuleCatalogLoader.builtin(), 1);

        assertThat(topology.describe().toString()).contains("facts-source", "classify", "gaps-sink",
                "classify-dead-letters-sink", ClassifierTopology.COMPONENT_STATE_STORE, ClassifierTopology.PENDING_FACTS_STORE,
                ClassifierTopology.RULES_STORE, ClassifierTopology.SYSTEM_SIGNALS_STORE, ClassifierTopology.FACTS_BY_SYSTEM, "classify-moved")
                // facts are decoded by the classify processor itself: a node less to forward every record through
                .doesNotContain("KSTREAM-", "decode-facts")
                // rule changes are read from the facts log, where they stand among the facts: not from the rules topic
                .doesNotContain(Topics.RULES.name());
    }

    @Test
    void keepsPendingFactsInMemoryBehindTheirChangelogAndComponentStatesOnDisk() {
        // given a scan in progress
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        facts.pipeInput("acme/shop/orders", observed("s1", "fp-pg", "endpoint.hardcoded", 12, t1), t1);

        // then its facts wait in memory (every scan's are deleted at its completion: on disk each delete would leave a
        // tombstone for later prefix scans to walk past), and go to the changelog a restore reads them back from
        assertThat(driver.getKeyValueStore(ClassifierTopology.PENDING_FACTS_STORE).persistent()).isFalse();
        assertThat(driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE).persistent()).isTrue();
        assertThat(driver.producedTopicNames()).contains("classifier-test-" + ClassifierTopology.PENDING_FACTS_STORE + "-changelog");
    }
}
