package dev.scaleprojection.classifier.topology;


import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
/**
 * The classifier topology in a TopologyTestDriver with Avro through a real schema registry, and scans of components that
 * store personal data, for the tests of rules across the components of a system.
 */
abstract class SystemTopologyFixture {

    static final String PII_RULE = "data-sovereignty.personal-data-in-several-components";

    @TempDir
    static Path dataDir;
    static AvroOnBroker avro;

    TopologyTestDriver driver;
    TestInputTopic<String, FactEvent> facts;
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
        startDriver(1);
    }

    /** The test driver reads every topic as partition 0, so with more partitions some systems' records are misplaced. */
    void startDriver(int partitions) {
        if (driver != null) {
            driver.close();
        }
        driver = TopologyDrivers.classifier(avro, dataDir, "classifier-system-test", partitions);
        facts = driver.createInputTopic(Topics.FACTS.name(), new StringSerializer(), avro.facts().serializer());
        gaps = driver.createOutputTopic(Topics.GAPS.name(), new StringDeserializer(), avro.gaps().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    /** A scan of one component: each fact is personal data of the given kind stored by it. */
    void scan(String componentId, String scanId, Instant at, String... piiKinds) {
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

    /** A rule change as the rule publisher writes it to every partition of the facts topic. */
    void publishRule(dev.scaleprojection.avro.Rule rule, Instant at) {
        facts.pipeInput(FactPartitioning.EVERY_COMPONENT, RulePublisher.ruleChanged(rule, at), at);
    }

    static List<GapChange> systemChanges(GapChanged round) {
        return round.getChanges().stream().filter(change -> change.getRuleId().equals(PII_RULE)).toList();
    }

    static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
