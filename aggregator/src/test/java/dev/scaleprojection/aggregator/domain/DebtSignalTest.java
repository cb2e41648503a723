package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Category;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebtSignalTest {

    static TrendBucket week(String monday, int cleanNet, int concerningNet) {
        long start = Instant.parse(monday + "T00:00:00Z").toEpochMilli();
        return new TrendBucket("acme", TrendPeriod.WEEK, TrendPeriod.WEEK.label(start), start, new TreeMap<>(Map.of(
                Category.CLEAN, new GapFlow(Math.max(cleanNet, 0), Math.max(-cleanNet, 0)),
                Category.CONCERNING, new GapFlow(Math.max(concerningNet, 0), Math.max(-concerningNet, 0)))));
    }

    @ParameterizedTest(name = "Clean {0}, Concerning {1}: accruing {2}")
    @CsvSource({"0,1,true", "1,2,true", "2,2,false", "3,1,false", "-1,0,false", "-2,-1,false"})
    void warnsWhenConcerningGrowsAndGrowsFasterThanClean(int cleanNet, int concerningNet, boolean accruing) {
        assertThat(DebtSignal.over(List.of(week("2026-11-30", cleanNet, concerningNet)), 4).accruing()).isEqualTo(accruing);
    }

    @Test
    void looksOnlyAtTheLastWeeksUpToTheLatestWeekWithChanges() {
        List<TrendBucket> weeks = List.of(week("2026-10-05", 0, 9), week("2026-11-16", 2, 0), week("2026-11-30", 0, 1));

        DebtSignal signal = DebtSignal.over(weeks, 3);

        assertThat(signal.fromWeek()).contains("2026-W47");
        assertThat(signal.toWeek()).contains("2026-W49");
        assertThat(signal.concerning().net()).isEqualTo(1);
        assertThat(signal.clean().net()).isEqualTo(2);
        assertThat(signal.accruing()).isFalse();
        assertThat(DebtSignal.over(weeks, 9).accruing()).isTrue();
    }

    @Test
    void raisesNoWarningBeforeAnyGapChanged() {
        DebtSignal signal = DebtSignal.over(List.of(), 4);

        assertThat(signal.accruing()).isFalse();
        assertThat(signal.toWeek()).isEmpty();
    }
}
