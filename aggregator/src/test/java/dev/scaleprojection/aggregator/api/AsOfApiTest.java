package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?asOf=T}: a component's gaps and an organization's score as they stood at a past time, folded from the history log. */
class AsOfApiTest {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String BILLING = "acme/money/billing";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");
    static final String ENDPOINT_GAP = "configuration.hardcoded-endpoint@COMPOSED:fp-pg";
    static final String TENANT_GAP = "multi-tenancy.tenant-in-domain@COMPOSED:fp-tenant";

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;

    AggregatorDriver driver;
    AssessmentQueries queries;
    QueryServer server;
    HttpGet http;

    @BeforeAll
    static void startRegistry() {
        registry = RegistryBackedSerdes.start(dataDir);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @BeforeEach
    void startServer() {
        driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()));
        queries = new AssessmentQueries(driver.stateStores(), CoherenceIndex.DEFAULT);
        server = QueryServer.start("localhost", 0, queries, () -> "");
        http = new HttpGet(server.port());
        // T1: orders opens a Concerning gap; T2: web joins, orders opens a Blocking one; T3: orders resolves the first
        driver.publish(round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));
        driver.publish(round(WEB, T2, "scan:w1"));
        driver.publish(round(ORDERS, T2, "scan:s2",
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING)));
        driver.publish(round(BILLING, T2, "scan:b1"));
        driver.publish(round(ORDERS, T3, "scan:s3",
                change(GapChangeKind.RESOLVED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));
    }

    @AfterEach
    void stopServer() {
        server.close();
        driver.close();
    }

    @Test
    void servesTheGapsOfAComponentAsTheyStoodAtAPastTime() {
        JsonNode atT1 = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T1.plusSeconds(3600)).json();
        JsonNode atT2 = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T2).json();
        JsonNode now = http.get("/api/components/" + ORDERS + "/gaps").json();

        assertThat(atT1.get("verdict").asText()).isEqualTo("accruing-debt");
        assertThat(atT1.get("gaps")).extracting(g -> g.get("id").asText()).containsExactly(ENDPOINT_GAP);
        assertThat(atT2.get("verdict").asText()).isEqualTo("implicit");
        assertThat(atT2.get("gaps")).extracting(g -> g.get("id").asText()).containsExactly(ENDPOINT_GAP, TENANT_GAP);
        assertThat(now.get("gaps")).extracting(g -> g.get("id").asText()).containsExactly(TENANT_GAP);
    }

    @Test
    void foldsTheHistoryIntoExactlyTheCurrentAssessmentWhenAskedAsOfNow() {
        for (String id : new String[] {ORDERS, WEB, BILLING}) {
            assertThat(ReportDocument.component(queries.componentAsOf(id, Long.MAX_VALUE).orElseThrow()))
                    .isEqualTo(ReportDocument.component(queries.component(id).orElseThrow()));
        }
        assertThat(http.get("/api/organizations/acme?asOf=2100-01-01T00:00:00Z").json().get("score"))
                .isEqualTo(http.get("/api/organizations/acme").json().get("score"));
    }

    @Test
    void servesTheOrganizationScoreAndSystemsAsTheyStoodAtAPastTime() {
        JsonNode atT1 = http.get("/api/organizations/acme?asOf=" + T1).json();
        JsonNode atT2 = http.get("/api/organizations/acme?asOf=" + T2).json();

        assertThat(atT1.get("asOf").asText()).isEqualTo(T1.toString());
        assertThat(atT1.get("score").get("components").asInt()).isEqualTo(1);
        assertThat(atT1.get("score").get("coherenceIndex").asDouble()).isEqualTo(80.0);
        assertThat(atT1.get("systems")).extracting(s -> s.get("system").asText()).containsExactly("shop");
        assertThat(atT2.get("score").get("components").asInt()).isEqualTo(3);
        assertThat(atT2.get("score").get("implicit").asInt()).isEqualTo(1);
        assertThat(atT2.get("systems")).extracting(s -> s.get("system").asText()).containsExactly("money", "shop");
        assertThat(atT2.get("worstComponents")).extracting(c -> c.get("id").asText()).containsExactly(ORDERS);
    }

    @Test
    void answersNotFoundForATimeBeforeTheFirstAssessment() {
        HttpGet.Answer component = http.get("/api/components/" + ORDERS + "/gaps?asOf=2026-11-30T00:00:00Z");
        HttpGet.Answer organization = http.get("/api/organizations/acme?asOf=2026-11-30T00:00:00Z");

        assertThat(component.status()).isEqualTo(404);
        assertThat(component.json().get("message").asText()).contains(ORDERS, "had not been assessed by 2026-11-30T00:00:00Z");
        assertThat(organization.status()).isEqualTo(404);
    }

    @Test
    void rejectsAnAsOfThatIsNotAnInstantNamingTheParameter() {
        HttpGet.Answer component = http.get("/api/components/" + ORDERS + "/gaps?asOf=2026-12-01");
        HttpGet.Answer organization = http.get("/api/organizations/acme?asOf=soon");

        assertThat(component.status()).isEqualTo(400);
        assertThat(component.json().get("parameter").asText()).isEqualTo("asOf");
        assertThat(organization.status()).isEqualTo(400);
        assertThat(organization.json().get("message").asText()).contains("'asOf'", "soon");
    }
}
