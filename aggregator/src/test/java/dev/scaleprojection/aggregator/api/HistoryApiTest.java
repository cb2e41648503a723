package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.recategorized;
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

/** {@code GET /api/components/<id>/history}: every change of a component's assessment with its cause, over HTTP. */
class HistoryApiTest extends QueryServerFixture {

    static final String ORDERS = "acme/shop/orders";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    protected void given(AggregatorDriver driver) {
        driver.publish(round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CLEAN)));
        driver.publish(round(ORDERS, T2, "scan:s2",
                recategorized("configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CLEAN, GapCategory.CONCERNING)));
        driver.publish(round(ORDERS, T2.plusSeconds(60), "scan:s2-again"));
        driver.publish(round(ORDERS, T3, "rule:multi-tenancy.tenant-in-domain@2",
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING)));
    }

    @Test
    void servesEveryChangeWithItsCauseTheGapChangesAndTheVerdictAndIndexAfterIt() {
        HttpGet.Answer answer = http.get("/api/components/" + ORDERS + "/history");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entries = answer.json();
        assertThat(entries).extracting(e -> e.get("cause").asText())
                .containsExactly("scan:s1", "scan:s2", "rule:multi-tenancy.tenant-in-domain@2");
        assertThat(entries).extracting(e -> e.get("time").asText()).containsExactly(T1.toString(), T2.toString(), T3.toString());
        JsonNode recategorization = entries.get(1).get("changes").get(0);
        assertThat(recategorization.get("kind").asText()).isEqualTo("recategorized");
        assertThat(recategorization.get("gapId").asText()).isEqualTo("configuration.hardcoded-endpoint@COMPOSED:fp-pg");
        assertThat(recategorization.get("category").asText()).isEqualTo("concerning");
        assertThat(recategorization.get("previousCategory").asText()).isEqualTo("clean");
        assertThat(recategorization.get("rule").asText()).isEqualTo("configuration.hardcoded-endpoint@1");
        assertThat(recategorization.get("title").asText()).isEqualTo("configuration.hardcoded-endpoint");
        assertThat(recategorization.get("evidence").get(0).get("location").asText()).isEqualTo("orders/src/Repo.java:12");
        assertThat(recategorization.get("evidence").get(0).get("commit").asText()).isEqualTo("abc");
        assertThat(entries).extracting(e -> e.get("after").get("verdict").asText())
                .containsExactly("coherent", "accruing-debt", "implicit");
        assertThat(entries).extracting(e -> e.get("after").get("coherenceIndex").asDouble()).containsExactly(100.0, 80.0, 44.4);
    }

    @Test
    void servesOnlyTheEntriesFromTheGivenTimeOn() {
        JsonNode entries = http.get("/api/components/" + ORDERS + "/history?since=" + T2).json();

        assertThat(entries).extracting(e -> e.get("cause").asText()).containsExactly("scan:s2", "rule:multi-tenancy.tenant-in-domain@2");
        assertThat(entries.get(0).get("after").get("verdict").asText()).isEqualTo("accruing-debt");
    }

    @Test
    void rejectsASinceThatIsNotAnInstantNamingTheParameter() {
        HttpGet.Answer answer = http.get("/api/components/" + ORDERS + "/history?since=yesterday");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("since");
        assertThat(answer.json().get("message").asText()).contains("'since'", "yesterday", "ISO-8601");
    }

    @Test
    void answersNotFoundForAComponentThatWasNeverAssessed() {
        HttpGet.Answer answer = http.get("/api/components/acme/shop/nope/history");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("message").asText()).contains("acme/shop/nope");
    }
}
