package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.DebtSignal;
import dev.scaleprojection.aggregator.domain.GapFlow;
import dev.scaleprojection.aggregator.domain.TrendBucket;
import dev.scaleprojection.domain.Category;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of a scope's trends on event time: per day and per ISO week, gaps opened and resolved per category, each
 * period flagged when Concerning grew faster than Clean, and the warning signal over the recent weeks.
 */
final class TrendDocument {

    record Flow(int opened, int resolved, int net) {
    }

    record Period(String period, String start, Flow clean, Flow concerning, Flow blocking, boolean debtAccruing, Flow uncertain) {
    }

    record Signal(boolean debtAccruing, String message, int weeks, String fromWeek, String toWeek, Flow clean, Flow concerning) {
    }

    record Trends(String scope, String since, Signal signal, List<Period> days, List<Period> weeks) {
    }

    private TrendDocument() {
    }

    static Trends of(String scope, Optional<Instant> since, DebtSignal signal, List<TrendBucket> days, List<TrendBucket> weeks) {
        return new Trends(scope, since.map(Instant::toString).orElse(null), signal(signal),
                days.stream().map(TrendDocument::period).toList(), weeks.stream().map(TrendDocument::period).toList());
    }

    private static Period period(TrendBucket bucket) {
        return new Period(bucket.label(), Instant.ofEpochMilli(bucket.start()).toString(), flow(bucket.flow(Category.CLEAN)),
                flow(bucket.flow(Category.CONCERNING)), flow(bucket.flow(Category.BLOCKING)), bucket.debtAccruing(),
                flow(bucket.flow(Category.UNCERTAIN)));
    }

    private static Signal signal(DebtSignal signal) {
        String window = signal.fromWeek().map(from -> from + " to " + signal.toWeek().orElseThrow()).orElse("");
        String growth = " (Concerning " + signed(signal.concerning().net()) + ", Clean " + signed(signal.clean().net()) + ")";
        String message = signal.fromWeek().isEmpty() ? "No gap has changed yet."
                : signal.accruing() ? "Concerning grew faster than Clean from " + window + growth + ": domain debt is accruing."
                : "Concerning did not grow faster than Clean from " + window + growth + ".";
        return new Signal(signal.accruing(), message, signal.weeks(), signal.fromWeek().orElse(null), signal.toWeek().orElse(null),
                flow(signal.clean()), flow(signal.concerning()));
    }

    private static Flow flow(GapFlow flow) {
        return new Flow(flow.opened(), flow.resolved(), flow.net());
    }

    private static String signed(int number) {
        return (number > 0 ? "+" : "") + number;
    }
}
