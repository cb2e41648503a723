package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The gap flows of one scope (an organization, or one of its systems) in one period, per category. A round counts
 * in the period of its own event time: an opened gap as opened, a resolved or waived one as resolved, and a
 * re-categorized one as resolved from its old category and opened in its new one. Buckets add up, so a round's
 * contribution and a period's total are the same kind of value.
 */
public record TrendBucket(String scope, TrendPeriod period, String label, long start, SortedMap<Category, GapFlow> flows) {

    private static final char SEPARATOR = '|';

    public TrendBucket {
        flows = Collections.unmodifiableSortedMap(new TreeMap<>(flows));
    }

    /** What one round adds to the day and the week of its organization and of its system; nothing for a round without changes. */
    public static List<TrendBucket> of(GapRound round) {
        if (round.changes().isEmpty()) {
            return List.of();
        }
        SortedMap<Category, GapFlow> flows = new TreeMap<>();
        for (GapRound.Change change : round.changes()) {
            Category category = change.gap().category();
            switch (change.kind()) {
                case OPENED -> flows.merge(category, new GapFlow(1, 0), GapFlow::plus);
                case RESOLVED, WAIVED -> flows.merge(category, new GapFlow(0, 1), GapFlow::plus);
                case RECATEGORIZED -> {
                    flows.merge(category, new GapFlow(1, 0), GapFlow::plus);
                    change.previousCategory().ifPresent(previous -> flows.merge(previous, new GapFlow(0, 1), GapFlow::plus));
                }
            }
        }
        ComponentId id = ComponentId.parse(round.componentId());
        List<TrendBucket> buckets = new ArrayList<>();
        for (String scope : List.of(id.organization(), id.systemScope())) {
            for (TrendPeriod period : TrendPeriod.values()) {
                buckets.add(new TrendBucket(scope, period, period.label(round.occurredAt()), period.start(round.occurredAt()), flows));
            }
        }
        return List.copyOf(buckets);
    }

    /** The key of a scope's bucket for a period: {@code acme|day|2026-12-01}, {@code acme/shop|week|2026-W49}. */
    public String key() {
        return prefix(scope, period) + label;
    }

    public static String prefix(String scope, TrendPeriod period) {
        return scope + SEPARATOR + period.name().toLowerCase(Locale.ROOT) + SEPARATOR;
    }

    public TrendBucket plus(TrendBucket other) {
        SortedMap<Category, GapFlow> sum = new TreeMap<>(flows);
        other.flows.forEach((category, flow) -> sum.merge(category, flow, GapFlow::plus));
        return new TrendBucket(other.scope, other.period, other.label, other.start, sum);
    }

    public GapFlow flow(Category category) {
        return flows.getOrDefault(category, GapFlow.NONE);
    }

    /** The pattern's warning sign in this period: Concerning grew, and grew more than Clean. */
    public boolean debtAccruing() {
        return DebtSignal.accruing(flow(Category.CLEAN), flow(Category.CONCERNING));
    }
}
