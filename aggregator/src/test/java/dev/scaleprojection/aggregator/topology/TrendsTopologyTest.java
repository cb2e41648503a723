package dev.scaleprojection.aggregator.topology;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.recategorized;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.aggregator.domain.GapFlow;
import dev.scaleprojection.aggregator.domain.TrendBucket;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.domain.Category;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trends store: gaps opened and resolved per category, per day and ISO week of event time, for each organization and system. */
class TrendsTopologyTest {

    static final Instant TUESDAY = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant THURSDAY = Instant.parse("2026-12-03T10:00:00Z");
    static final Instant NEXT_MONDAY = Instant.parse("2026-12-07T08:00:00Z");

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

    @Test
    void countsGapsOpenedAndResolvedPerCategoryInTheDayAndWeekOfTheirEventTime() {
        try (AggregatorDriver driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()))) {
            driver.publish(round("acme/shop/orders", TUESDAY, "scan:s1",
                    change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CLEAN)));
            driver.publish(round("acme/money/billing", THURSDAY, "scan:b1",
                    change(GapChangeKind.OPENED, "compute.embedded-database", "fp-h2", Level.COMPOSED, GapCategory.CONCERNING)));
            driver.publish(round("acme/shop/orders", NEXT_MONDAY, "scan:s2",
                    recategorized("configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CLEAN, GapCategory.CONCERNING)));
            driver.publish(round("acme/shop/orders", NEXT_MONDAY, "scan:s3"));

            KeyValueStore<String, TrendBucket> trends = driver.store(AggregatorTopology.TRENDS_STORE);

            assertThat(trends.get("acme|week|2026-W49").flow(Category.CLEAN)).isEqualTo(new GapFlow(1, 0));
            assertThat(trends.get("acme|week|2026-W49").flow(Category.CONCERNING)).isEqualTo(new GapFlow(1, 0));
            assertThat(trends.get("acme/shop|week|2026-W49").flow(Category.CONCERNING)).isEqualTo(GapFlow.NONE);
            assertThat(trends.get("acme|day|2026-12-03").flow(Category.CONCERNING)).isEqualTo(new GapFlow(1, 0));
            assertThat(trends.get("acme|day|2026-12-01").flow(Category.CONCERNING)).isEqualTo(GapFlow.NONE);
            assertThat(trends.get("acme|week|2026-W50").flow(Category.CLEAN)).isEqualTo(new GapFlow(0, 1));
            assertThat(trends.get("acme|week|2026-W50").flow(Category.CONCERNING)).isEqualTo(new GapFlow(1, 0));
            assertThat(trends.get("acme|week|2026-W50").debtAccruing()).isTrue();
            assertThat(trends.approximateNumEntries()).isEqualTo(12);
        }
    }
}
