package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.QueryServerFixture;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.avro.Concern;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.avro.ScaleVector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query API over HTTP: organizations, systems, a component's gaps with filters, GAPS.md documents and the errors. */
class QueryApiTest extends QueryServerFixture {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String BILLING = "acme/money/billing";
    static final String LEDGER = "globex/books/ledger";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");

    @Override
    protected void given(AggregatorDriver driver) {
        driver.publish(round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING,
                        Concern.CONFIGURATION, List.of(ScaleVector.GEOGRAPHIC_DISTRIBUTION)),
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.ORCHESTRATED, GapCategory.BLOCKING,
                        Concern.MULTI_TENANCY, List.of(ScaleVector.CONCURRENT_USERS, ScaleVector.REGULATORY)),
                change(GapChangeKind.OPENED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN,
                        Concern.CONFIGURATION, List.of())));
        driver.publish(round(WEB, T1, "scan:w1"));
        driver.publish(round(BILLING, T2, "scan:b1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-billing", Level.COMPOSED, GapCategory.CONCERNING)));
        driver.publish(round(LEDGER, T2, "scan:l1"));
    }

    @Test
    void listsEveryAssessedOrganizationWithItsScore() {
        JsonNode organizations = http.get("/api/organizations").json();

        assertThat(organizations).extracting(o -> o.get("org").asText()).containsExactly("acme", "globex");
        assertThat(organizations.get(0).get("score").get("components").asInt()).isEqualTo(3);
        assertThat(organizations.get(1).get("score").get("coherenceIndex").asDouble()).isEqualTo(100.0);
    }

    @Test
    void servesAnOrganizationsScoreItsSystemsAndItsWorstComponents() {
        JsonNode acme = http.get("/api/organizations/acme").json();

        assertThat(acme.get("org").asText()).isEqualTo("acme");
        assertThat(acme.get("asOf").isNull()).isTrue();
        JsonNode score = acme.get("score");
        assertThat(score.get("components").asInt()).isEqualTo(3);
        assertThat(score.get("coherent").asInt()).isEqualTo(1);
        assertThat(score.get("accruingDebt").asInt()).isEqualTo(1);
        assertThat(score.get("implicit").asInt()).isEqualTo(1);
        assertThat(score.get("changedAt").asText()).isEqualTo(T2.toString());
        assertThat(acme.get("systems")).extracting(s -> s.get("system").asText() + ":" + s.get("score").get("coherenceIndex").asDouble())
                .containsExactly("money:80.0", "shop:72.2");
        assertThat(acme.get("worstComponents")).extracting(c -> c.get("id").asText() + ":" + c.get("verdict").asText())
                .containsExactly(ORDERS + ":implicit", BILLING + ":accruing-debt");
    }

    @Test
    void servesASystemsScoreAndItsComponents() {
        JsonNode shop = http.get("/api/organizations/acme/systems/shop").json();

        assertThat(shop.get("system").asText()).isEqualTo("shop");
        assertThat(shop.get("score").get("components").asInt()).isEqualTo(2);
        assertThat(shop.get("components")).extracting(c -> c.get("id").asText() + ":" + c.get("coherenceIndex").asDouble())
                .containsExactly(ORDERS + ":44.4", WEB + ":100.0");
        assertThat(shop.get("components").get(0).get("cause").asText()).isEqualTo("scan:s1");
    }

    @ParameterizedTest(name = "{0} keeps {1}")
    @CsvSource(delimiter = ';', value = {
        "'';                              fp-pg fp-queue fp-tenant",
        "level=5;                         fp-pg fp-queue",
        "level=composed;                  fp-pg fp-queue",
        "level=8&category=blocking;       fp-tenant",
        "category=CLEAN;                  fp-queue",
        "concern=multi-tenancy;           fp-tenant",
        "vector=geographic-distribution;  fp-pg",
        "concern=configuration&vector=regulatory; ''"})
    void filtersAComponentsGapsByLevelCategoryConcernAndScaleVector(String query, String fingerprints) {
        JsonNode orders = http.get("/api/components/" + ORDERS + "/gaps?" + query).json();

        assertThat(orders.get("gaps")).extracting(g -> g.get("id").asText().substring(g.get("id").asText().indexOf(':') + 1))
                .containsExactlyElementsOf(fingerprints.isEmpty() ? List.of() : List.of(fingerprints.split(" ")));
        assertThat(orders.get("verdict").asText()).isEqualTo("implicit");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"level,9", "level,huge", "category,fatal", "concern,tenancy", "vector,speed"})
    void refusesAFilterValueItDoesNotKnowNamingTheParameter(String parameter, String value) {
        HttpGet.Answer answer = http.get("/api/components/" + ORDERS + "/gaps?" + parameter + "=" + value);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(answer.json().get("message").asText()).contains("'" + parameter + "'", "'" + value + "'");
    }

    @Test
    void servesTheGapsMdOfAComponentAndOfASystem() {
        HttpGet.Answer component = http.get("/api/components/" + ORDERS + "/gaps.md");
        HttpGet.Answer system = http.get("/api/systems/acme/shop/gaps.md");

        assertThat(component.status()).isEqualTo(200);
        assertThat(component.contentType()).startsWith("text/markdown");
        assertThat(component.body()).startsWith("# GAPS: " + ORDERS).contains("## Blocking", "`orders/src/Repo.java:12`");
        assertThat(system.status()).isEqualTo(200);
        assertThat(system.body()).startsWith("# GAPS: acme/shop (system)")
                .contains("| " + ORDERS + " | 4 Service | Implicit | 1 | 1 | 1 |", "| " + WEB + " | 4 Service | Coherent | 0 | 0 | 0 |",
                        "## GAPS: " + ORDERS, "### Blocking", "## GAPS: " + WEB);
    }

    @Test
    void narrowsTheGapsMdToTheGapsInTheWayOfALevel() {
        HttpGet.Answer component = http.get("/api/components/" + ORDERS + "/gaps.md?level=5");
        HttpGet.Answer system = http.get("/api/systems/acme/shop/gaps.md?level=composed");

        assertThat(component.status()).isEqualTo(200);
        assertThat(component.body()).contains("| Target level | 5 Composed |", "## Concerning", "## Clean")
                .doesNotContain("## Blocking", "multi-tenancy.tenant-in-domain");
        assertThat(system.status()).isEqualTo(200);
        assertThat(system.body()).contains("| Component | Level now | Verdict at 5 Composed |",
                        "| " + ORDERS + " | 4 Service | Accruing debt | 1 | 1 | 0 |", "### Concerning")
                .doesNotContain("### Blocking");
    }

    @Test
    void refusesAGapsMdLevelItDoesNotKnowNamingTheParameter() {
        HttpGet.Answer answer = http.get("/api/systems/acme/shop/gaps.md?level=9");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/organizations/initech", "/api/organizations/acme/systems/nope", "/api/components/acme/shop/nope/gaps",
        "/api/components/acme/shop/nope/gaps.md", "/api/systems/acme/nope/gaps.md", "/api/no-such-endpoint"})
    void answersNotFoundAsJsonForWhatItDoesNotKnow(String path) {
        HttpGet.Answer answer = http.get(path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("message").asText()).isNotBlank();
    }
}
