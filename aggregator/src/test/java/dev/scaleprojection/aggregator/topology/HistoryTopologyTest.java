package dev.scaleprojection.aggregator.topology;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.recategorized;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.HistoryEntry;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.platform.streams.JsonSerde;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history store: one entry per change of a component, in event-time order, rebuilt identically on replay. */
class HistoryTopologyTest {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String ENDPOINT = "configuration.hardcoded-endpoint";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;

    @BeforeAll
    static void startRegistry() {
        registry = RegistryBackedSerdes.start(dataDir);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    static List<GapChanged> threeScansOfOrdersAndOneOfWeb() {
        return List.of(
                round(ORDERS, T1, "scan:s1", change(GapChangeKind.OPENED, ENDPOINT, "fp-pg", Level.COMPOSED, GapCategory.CLEAN)),
                round(WEB, T1, "scan:w1"),
                round(ORDERS, T2, "scan:s2", recategorized(ENDPOINT, "fp-pg", Level.COMPOSED, GapCategory.CLEAN, GapCategory.CONCERNING)),
                round(ORDERS, T3, "scan:s3", change(GapChangeKind.RESOLVED, ENDPOINT, "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));
    }

    @Test
    void keepsEveryChangeOfAComponentWithItsCauseAndEvidenceInEventTimeOrder() {
        try (AggregatorDriver driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()))) {
            threeScansOfOrdersAndOneOfWeb().forEach(driver::publish);

            List<HistoryEntry> orders = entriesOf(driver, ORDERS);

            assertThat(orders).extracting(e -> e.round().cause()).containsExactly("scan:s1", "scan:s2", "scan:s3");
            assertThat(orders).extracting(HistoryEntry::occurredAt)
                    .containsExactly(T1.toEpochMilli(), T2.toEpochMilli(), T3.toEpochMilli());
            GapRound.Change recategorization = orders.get(1).round().changes().get(0);
            assertThat(recategorization.kind()).isEqualTo(GapRound.Change.Kind.RECATEGORIZED);
            assertThat(recategorization.previousCategory()).contains(Category.CLEAN);
            assertThat(recategorization.gap().category()).isEqualTo(Category.CONCERNING);
            assertThat(recategorization.gap().ruleId() + "@" + recategorization.gap().ruleVersion()).isEqualTo(ENDPOINT + "@1");
            assertThat(recategorization.gap().evidence()).singleElement()
                    .satisfies(e -> assertThat(e.path() + ":" + e.startLine()).isEqualTo("orders/src/Repo.java:12"));
            assertThat(entriesOf(driver, WEB)).extracting(e -> e.round().cause()).containsExactly("scan:w1");
        }
    }

    @Test
    void storesNothingWhenARoundChangesNeitherGapsNorLevel() {
        try (AggregatorDriver driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()))) {
            driver.publish(round(ORDERS, T1, "scan:s1", change(GapChangeKind.OPENED, ENDPOINT, "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));

            driver.publish(round(ORDERS, T2, "scan:s2"));
            driver.publish(round(ORDERS, T3, "scan:s3"));

            assertThat(entriesOf(driver, ORDERS)).extracting(e -> e.round().cause()).containsExactly("scan:s1");
        }
    }

    @Test
    void rebuildsTheSameHistoryByteForByteWhenTheGapsTopicIsReplayed() {
        Map<String, String> first = replay();
        Map<String, String> second = replay();

        assertThat(first).hasSize(4);
        assertThat(second).containsExactlyEntriesOf(first);
    }

    static Map<String, String> replay() {
        try (AggregatorDriver driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()))) {
            threeScansOfOrdersAndOneOfWeb().forEach(driver::publish);
            JsonSerde<HistoryEntry> serde = new JsonSerde<>(HistoryEntry.class);
            Map<String, String> bytes = new LinkedHashMap<>();
            KeyValueStore<String, HistoryEntry> store = driver.store(AggregatorTopology.HISTORY_STORE);
            store.all().forEachRemaining(kv -> bytes.put(kv.key, new String(serde.serializer().serialize("", kv.value))));
            return bytes;
        }
    }

    static List<HistoryEntry> entriesOf(AggregatorDriver driver, String componentId) {
        KeyValueStore<String, HistoryEntry> store = driver.store(AggregatorTopology.HISTORY_STORE);
        List<HistoryEntry> entries = new ArrayList<>();
        store.prefixScan(componentId + "|", new org.apache.kafka.common.serialization.StringSerializer())
                .forEachRemaining(kv -> entries.add(kv.value));
        return entries;
    }
}
