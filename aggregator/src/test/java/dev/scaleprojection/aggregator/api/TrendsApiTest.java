package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.QueryServerFixture;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /api/organizations/{org}/trends}: daily and weekly gap flows and the domain-debt warning, over HTTP. */
class TrendsApiTest extends QueryServerFixture {

    static final Instant WEEK_49 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant WEEK_50 = Instant.parse("2026-12-08T10:00:00Z");
    static final Instant WEEK_50_LATER = Instant.parse("2026-12-10T10:00:00Z");

    @Override
    protected void given(AggregatorDriver driver) {
        // week 49: two Clean gaps open; week 50: two Concerning gaps open in two systems, one Clean is resolved
        driver.publish(round("acme/shop/orders", WEEK_49, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CLEAN),
                change(GapChangeKind.OPENED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN)));
        driver.publish(round("acme/shop/orders", WEEK_50, "scan:s2",
                change(GapChangeKind.OPENED, "compute.embedded-database", "fp-h2", Level.COMPOSED, GapCategory.CONCERNING),
                change(GapChangeKind.RESOLVED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN)));
        driver.publish(round("acme/money/billing", WEEK_50_LATER, "scan:b1",
                change(GapChangeKind.OPENED, "compute.embedded-database", "fp-sqlite", Level.COMPOSED, GapCategory.CONCERNING)));
    }

    @Test
    void servesDailyAndWeeklyFlowsPerCategoryAndWarnsThatConcerningGrowsFasterThanClean() {
        JsonNode trends = http.get("/api/organizations/acme/trends").json();

        assertThat(trends.get("weeks")).extracting(w -> w.get("period").asText()).containsExactly("2026-W49", "2026-W50");
        assertThat(trends.get("days")).extracting(d -> d.get("period").asText()).containsExactly("2026-12-01", "2026-12-08", "2026-12-10");
        JsonNode week50 = trends.get("weeks").get(1);
        assertThat(week50.get("start").asText()).isEqualTo("2026-12-07T00:00:00Z");
        assertThat(week50.get("concerning").get("opened").asInt()).isEqualTo(2);
        assertThat(week50.get("clean").get("resolved").asInt()).isEqualTo(1);
        assertThat(week50.get("debtAccruing").asBoolean()).isTrue();
        assertThat(trends.get("weeks").get(0).get("debtAccruing").asBoolean()).isFalse();
        JsonNode signal = trends.get("signal");
        assertThat(signal.get("debtAccruing").asBoolean()).isTrue();
        assertThat(signal.get("fromWeek").asText()).isEqualTo("2026-W47");
        assertThat(signal.get("toWeek").asText()).isEqualTo("2026-W50");
        assertThat(signal.get("concerning").get("net").asInt()).isEqualTo(2);
        assertThat(signal.get("clean").get("net").asInt()).isEqualTo(1);
        assertThat(signal.get("message").asText()).contains("domain debt is accruing", "Concerning +2", "Clean +1");
    }

    @Test
    void narrowsTheSignalToTheWeeksAskedAndThePeriodsToThoseEndingAfterSince() {
        JsonNode lastWeekOnly = http.get("/api/organizations/acme/trends?weeks=1&since=2026-12-09T00:00:00Z").json();

        assertThat(lastWeekOnly.get("signal").get("fromWeek").asText()).isEqualTo("2026-W50");
        assertThat(lastWeekOnly.get("days")).extracting(d -> d.get("period").asText()).containsExactly("2026-12-10");
        assertThat(lastWeekOnly.get("weeks")).extracting(w -> w.get("period").asText()).containsExactly("2026-W50");
    }

    @Test
    void servesTheTrendsOfOneSystem() {
        JsonNode money = http.get("/api/organizations/acme/systems/money/trends").json();

        assertThat(money.get("scope").asText()).isEqualTo("acme/money");
        assertThat(money.get("weeks")).extracting(w -> w.get("period").asText() + ":" + w.get("concerning").get("opened").asInt())
                .containsExactly("2026-W50:1");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"weeks,0", "weeks,many", "weeks,521", "since,last-week"})
    void refusesAWindowItCannotReadNamingTheParameter(String parameter, String value) {
        HttpGet.Answer answer = http.get("/api/organizations/acme/trends?" + parameter + "=" + value);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void answersNotFoundForAnOrganizationOrSystemNeverAssessed() {
        assertThat(http.get("/api/organizations/initech/trends").status()).isEqualTo(404);
        assertThat(http.get("/api/organizations/acme/systems/nope/trends").status()).isEqualTo(404);
    }
}
