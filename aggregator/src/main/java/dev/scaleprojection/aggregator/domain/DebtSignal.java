package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pattern's warning: domain debt is accruing when, over the recent weeks, Concerning gaps grew (more opened than
 * resolved) and grew faster than Clean ones. The window is the last {@code weeks} ISO weeks up to the latest week with
 * changes; growth is the net count (opened minus resolved), so a team resolving Concerning gaps as fast as it opens
 * them raises no warning.
 */
public record DebtSignal(boolean accruing, int weeks, Optional<String> fromWeek, Optional<String> toWeek, GapFlow clean,
                         GapFlow concerning) {

    private static final long WEEK_MILLIS = 7L * 24 * 60 * 60 * 1000;

    public static boolean accruing(GapFlow clean, GapFlow concerning) {
        return concerning.net() > 0 && concerning.net() > clean.net();
    }

    /** The signal over the last {@code weeks} weeks of these weekly buckets (of one scope). */
    public static DebtSignal over(List<TrendBucket> weekly, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("the window is at least one week, was " + weeks);
        }
        Optional<TrendBucket> latest = weekly.stream().max(Comparator.comparingLong(TrendBucket::start));
        if (latest.isEmpty()) {
            return new DebtSignal(false, weeks, Optional.empty(), Optional.empty(), GapFlow.NONE, GapFlow.NONE);
        }
        long from = latest.get().start() - (weeks - 1) * WEEK_MILLIS;
        List<TrendBucket> window = weekly.stream().filter(b -> b.start() >= from).toList();
        GapFlow clean = window.stream().map(b -> b.flow(Category.CLEAN)).reduce(GapFlow.NONE, GapFlow::plus);
        GapFlow concerning = window.stream().map(b -> b.flow(Category.CONCERNING)).reduce(GapFlow.NONE, GapFlow::plus);
        return new DebtSignal(accruing(clean, concerning), weeks, Optional.of(TrendPeriod.WEEK.label(from)),
                Optional.of(latest.get().label()), clean, concerning);
    }
}
