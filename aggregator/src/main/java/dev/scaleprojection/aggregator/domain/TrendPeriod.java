package dev.scaleprojection.aggregator.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A calendar period on event time, in UTC: a day ({@code 2026-12-01}) or an ISO week ({@code 2026-W49}, Monday to
 * Sunday). Labels sort in time order, so a prefix scan of a scope's buckets reads them chronologically.
 */
public enum TrendPeriod {
    DAY, WEEK;

    /** The first day of the period that holds this instant. */
    public LocalDate firstDay(long epochMillis) {
        LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public long start(long epochMillis) {
        return firstDay(epochMillis).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The start of the period after the one that holds this instant. */
    public long end(long epochMillis) {
        LocalDate first = firstDay(epochMillis);
        return (this == DAY ? first.plusDays(1) : first.plusWeeks(1)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public String label(long epochMillis) {
        LocalDate first = firstDay(epochMillis);
        return this == DAY ? first.toString()
                : String.format(Locale.ROOT, "%d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
