package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.QueryServerFixture;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /internal/v1/…}: an instance's own part of a scan, as the other instances read it to merge their answers. */
class PeerRoutesApiTest extends QueryServerFixture {

    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");

    @Override
    protected void given(AggregatorDriver driver) {
        driver.publish(round("acme/shop/orders", T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));
        driver.publish(round("acme/money/billing", T2, "scan:b1"));
        driver.publish(round("globex/books/ledger", T2, "scan:l1"));
    }

    @Test
    void servesThisInstancesAssessmentsOfAScopeNowAndAsOfATime() {
        JsonNode now = http.get(PeerRoutes.assessments("acme/", Optional.empty())).json();
        JsonNode atT1 = http.get(PeerRoutes.assessments("acme/", Optional.of(T1.toEpochMilli()))).json();

        assertThat(now).extracting(a -> a.get("componentId").asText()).containsExactlyInAnyOrder("acme/shop/orders", "acme/money/billing");
        assertThat(atT1).extracting(a -> a.get("componentId").asText()).containsExactly("acme/shop/orders");
        assertThat(http.get(PeerRoutes.ORGANIZATIONS).json()).extracting(o -> o.get("org").asText()).containsExactlyInAnyOrder("acme", "globex");
    }

    @Test
    void refusesAMalformedTimeOrPeriodNamingTheParameter() {
        HttpGet.Answer time = http.get(PeerRoutes.ASSESSMENTS + "?prefix=acme/&asOfMillis=yesterday");
        HttpGet.Answer period = http.get(PeerRoutes.TRENDS + "?scope=acme&period=month");

        assertThat(time.status()).isEqualTo(400);
        assertThat(time.json().get("parameter").asText()).isEqualTo("asOfMillis");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().get("parameter").asText()).isEqualTo("period");
    }
}
