package dev.scaleprojection.aggregator.domain;

import static dev.scaleprojection.aggregator.domain.ComponentAssessmentTest.gap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendBucketTest {

    static final long TUESDAY = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();

    static GapRound round(long at, GapRound.Change... changes) {
        return new GapRound("acme/shop/orders", at, "scan:s1", Level.SERVICE, new TreeMap<>(), List.of(changes));
    }

    static GapRound.Change change(GapRound.Change.Kind kind, Category category) {
        return new GapRound.Change(kind, gap("rule." + kind + "." + category, "fp", Level.COMPOSED, category));
    }

    @Test
    void countsOpenedResolvedWaivedAndMovedGapsPerCategory() {
        GapRound round = round(TUESDAY,
                change(GapRound.Change.Kind.OPENED, Category.CONCERNING),
                change(GapRound.Change.Kind.OPENED, Category.CONCERNING),
                change(GapRound.Change.Kind.RESOLVED, Category.CLEAN),
                change(GapRound.Change.Kind.WAIVED, Category.BLOCKING),
                new GapRound.Change(GapRound.Change.Kind.RECATEGORIZED, gap("r", "fp", Level.COMPOSED, Category.BLOCKING), Optional.of(Category.CLEAN)));

        TrendBucket day = TrendBucket.of(round).get(0);

        assertThat(day.flow(Category.CONCERNING)).isEqualTo(new GapFlow(2, 0));
        assertThat(day.flow(Category.CLEAN)).isEqualTo(new GapFlow(0, 2));
        assertThat(day.flow(Category.BLOCKING)).isEqualTo(new GapFlow(1, 1));
        assertThat(day.debtAccruing()).isTrue();
    }

    @Test
    void addsARoundToTheDayAndWeekOfItsOrganizationAndOfItsSystem() {
        List<TrendBucket> buckets = TrendBucket.of(round(TUESDAY, change(GapRound.Change.Kind.OPENED, Category.CLEAN)));

        assertThat(buckets).extracting(TrendBucket::key)
                .containsExactly("acme|day|2026-12-01", "acme|week|2026-W49", "acme/shop|day|2026-12-01", "acme/shop|week|2026-W49");
        assertThat(TrendBucket.of(round(TUESDAY))).isEmpty();
    }

    @Test
    void sumsTheContributionsOfAPeriod() {
        TrendBucket monday = TrendBucket.of(round(TUESDAY, change(GapRound.Change.Kind.OPENED, Category.CONCERNING))).get(1);
        TrendBucket friday = TrendBucket.of(round(TUESDAY + 3 * 86_400_000L,
                change(GapRound.Change.Kind.OPENED, Category.CLEAN), change(GapRound.Change.Kind.OPENED, Category.CLEAN))).get(1);

        TrendBucket week = monday.plus(friday);

        assertThat(week.label()).isEqualTo("2026-W49");
        assertThat(week.flow(Category.CONCERNING).net()).isEqualTo(1);
        assertThat(week.flow(Category.CLEAN).net()).isEqualTo(2);
        assertThat(week.debtAccruing()).isFalse();
    }
}
