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
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.schemas.FactPartitioning;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
/**
 * The classifier topology classifying the components of one system together (rules that look across components):
 * siblings re-classified by a component's scan, by a rule change, and records moved to their system's partition.
 */
class SystemClassificationTopologyTest extends SystemTopologyFixture {

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
        publishRule(dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(2)
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
    void appliesARuleChangeInThePartitionItIsReadFromWhereverItsKeyWouldPlaceIt() {
        // given partitions where the system's records are in place (the driver reads everything as partition 0), but
        // where a record keyed * would be placed elsewhere, and two components with the gap open
        int partitions = java.util.stream.IntStream.rangeClosed(2, 64).filter(n -> FactPartitioning.partitionOf("acme/shop/orders", n) == 0
                && FactPartitioning.partitionOf(FactPartitioning.EVERY_COMPONENT, n) != 0).findFirst().orElseThrow();
        startDriver(partitions);
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        scan("acme/shop/billing", "billing-1", t1, "email");
        gaps.readRecordsToList();
        Rule builtin = RuleCatalogLoader.builtin().rules().stream().filter(r -> r.id().equals(PII_RULE)).findFirst().orElseThrow();

        // when a rule change arrives (written to every partition by the publisher)
        publishRule(dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(2).setAcrossComponents(3).build(),
                Instant.parse("2026-12-02T10:00:00Z"));

        // then this partition's task applies it at once, and nothing was moved to another partition
        assertThat(gaps.readRecordsToList()).extracting(TestRecord::key).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(driver.producedTopicNames()).noneMatch(topic -> topic.contains(ClassifierTopology.FACTS_BY_SYSTEM));
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
        assertThat(ClassifierTopology.build(avro.serdes(),
                RuleCatalogLoader.builtin(), 2).describe().toString())
                .contains(ClassifierTopology.FACTS_BY_SYSTEM + "-repartition", ClassifierTopology.SYSTEM_SIGNALS_STORE);
    }


    @Test
    void keepsEveryFactOfAScanWhoseFactsArriveBothInTheirPartitionAndMovedThere() {
        // given a classifier over two partitions and a component in the partition the driver reads from
        startDriver(2);
        String component = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "acme/shop-" + i + "/orders")
                .filter(candidate -> dev.scaleprojection.schemas.FactPartitioning.partitionOf(candidate, 2) == 0)
                .findFirst().orElseThrow();
        var moved = driver.createInputTopic("classifier-system-test-" + ClassifierTopology.FACTS_BY_SYSTEM + "-repartition",
                new org.apache.kafka.common.serialization.StringSerializer(), avro.facts().serializer());
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");

        // when one scan's facts come in place, moved (a producer that left the partition to Kafka, part of the way), in place
        facts.pipeInput(component, observed(component, "email"), t1);
        moved.pipeInput(component, observed(component, "phone"), t1);
        facts.pipeInput(component, observed(component, "name"), t1);
        facts.pipeInput(component, FactEvent.newBuilder().setEventId("s1/completed").setComponentId(component).setOccurredAt(t1)
                .setPayload(new ScanCompleted("s1", "shop", "abc", List.of(component + "/email", component + "/phone", component + "/name"),
                        null, null)).build(), t1);

        // then the two classify processors appended to one pending scan: every fact stands behind a gap
        assertThat(gaps.readRecordsToList()).singleElement().satisfies(round -> assertThat(round.value().getChanges().stream()
                        .flatMap(change -> change.getFacts().stream()).map(fact -> fact.getFingerprint()).distinct())
                .containsExactlyInAnyOrder(component + "/email", component + "/phone", component + "/name"));
    }

    private static FactEvent observed(String component, String piiKind) {
        String fingerprint = component + "/" + piiKind;
        return FactEvent.newBuilder().setEventId("s1/" + fingerprint).setComponentId(component)
                .setOccurredAt(Instant.parse("2026-12-01T10:00:00Z")).setPayload(FactObserved.newBuilder().setScanId("s1").setFingerprint(fingerprint)
                        .setKind("data.personal-data-stored").setSource(FactSource.SOURCE_CODE)
                        .setEvidence(new Evidence("shop", "abc", "src/Customer.java", 4, 4, "String " + piiKind))
                        .setAttributes(Map.of("piiKind", piiKind, "field", piiKind, "holder", "Customer", "context", "customers")).build())
                .build();
    }
}
