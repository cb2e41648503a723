package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendPeriodTest {

    @ParameterizedTest(name = "{0} is day {1} of week {2} (from {3})")
    @CsvSource({
        "2026-12-01T10:00:00Z, 2026-12-01, 2026-W49, 2026-11-30T00:00:00Z",
        "2026-12-06T23:59:59Z, 2026-12-06, 2026-W49, 2026-11-30T00:00:00Z",
        "2026-12-07T00:00:00Z, 2026-12-07, 2026-W50, 2026-12-07T00:00:00Z",
        "2026-12-31T12:00:00Z, 2026-12-31, 2026-W53, 2026-12-28T00:00:00Z",
        "2027-01-03T12:00:00Z, 2027-01-03, 2026-W53, 2026-12-28T00:00:00Z",
        "2027-01-04T00:00:00Z, 2027-01-04, 2027-W01, 2027-01-04T00:00:00Z",
        "2026-01-01T00:00:00Z, 2026-01-01, 2026-W01, 2025-12-29T00:00:00Z"})
    void placesAnEventTimeInItsUtcDayAndIsoWeek(Instant at, String day, String week, Instant weekStart) {
        long millis = at.toEpochMilli();

        assertThat(TrendPeriod.DAY.label(millis)).isEqualTo(day);
        assertThat(TrendPeriod.WEEK.label(millis)).isEqualTo(week);
        assertThat(TrendPeriod.WEEK.start(millis)).isEqualTo(weekStart.toEpochMilli());
        assertThat(TrendPeriod.WEEK.end(millis)).isEqualTo(weekStart.plusSeconds(7 * 24 * 3600).toEpochMilli());
        assertThat(TrendPeriod.DAY.end(millis) - TrendPeriod.DAY.start(millis)).isEqualTo(24 * 3600 * 1000L);
    }

    @Test
    void labelsAWeekWithAsciiDigitsWhateverTheHostFormatsNumbersWith() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-SA"));

            assertThat(TrendPeriod.WEEK.label(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli())).isEqualTo("2026-W09");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
