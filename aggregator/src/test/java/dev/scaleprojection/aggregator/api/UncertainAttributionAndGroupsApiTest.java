package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.asserted;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.owned;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.uncertain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.aggregator.testing.AggregatorDriver;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.QueryServerFixture;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Uncertain gaps (counted apart, judged as Concerning, with what would settle them), the assertion's author and reason in
 * history and as-of answers, and the owning teams and business domains of an organization, over HTTP.
 */
class UncertainAttributionAndGroupsApiTest extends QueryServerFixture {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String BILLING = "acme/money/billing";
    static final String PAYMENTS = "group:default/payments";
    static final String SETTLED_BY = "a fact naming who else writes to the store, or an assertion that nobody does";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    protected void given(AggregatorDriver driver) {
        driver.publish(owned(round(ORDERS, T1, "scan:s1",
                uncertain(GapChangeKind.OPENED, "state.shared-store", "fp-redis", Level.COMPOSED, SETTLED_BY),
                change(GapChangeKind.OPENED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN)),
                "team-a", "commerce"));
        driver.publish(owned(round(WEB, T1, "scan:w1"), "team-a", "commerce"));
        driver.publish(owned(round(BILLING, T2, "scan:b1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-billing", Level.COMPOSED, GapCategory.CONCERNING)),
                PAYMENTS, null));
        driver.publish(asserted(owned(round(ORDERS, T3, "assertion:a1",
                uncertain(GapChangeKind.WAIVED, "state.shared-store", "fp-redis", Level.COMPOSED, SETTLED_BY)),
                "team-b", "commerce"), "alice", "only this service writes to the store"));
    }

    @Test
    void countsAnUncertainGapApartJudgesItAsConcerningAndSaysWhatWouldSettleIt() {
        JsonNode gaps = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T2).json();
        JsonNode onlyUncertain = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T2 + "&category=uncertain").json();

        assertThat(gaps.get("verdict").asText()).isEqualTo("accruing-debt");
        assertThat(gaps.get("verdicts")).allSatisfy(v -> {
            assertThat(v.get("uncertain").asInt()).isEqualTo(1);
            assertThat(v.get("clean").asInt()).isEqualTo(1);
            assertThat(v.get("concerning").asInt()).isZero();
        });
        assertThat(onlyUncertain.get("gaps")).singleElement().satisfies(gap -> {
            assertThat(gap.get("category").asText()).isEqualTo("uncertain");
            assertThat(gap.get("settledBy").asText()).isEqualTo(SETTLED_BY);
        });
        assertThat(http.get("/api/organizations/acme?asOf=" + T1).json().get("score").get("uncertain").asInt()).isEqualTo(1);
        assertThat(http.get("/api/organizations/acme/trends").json().get("weeks").get(0).get("uncertain").get("opened").asInt())
                .isEqualTo(1);
    }

    @Test
    void writesAnUncertainChecklistWithWhatWouldSettleEachItemAndAnUncertainColumn() {
        String md = http.get("/api/components/" + ORDERS + "/gaps.md?asOf=" + T2).body();

        assertThat(md).contains("| Scale vector | Clean | Concerning | Blocking | Uncertain |", "## Uncertain\n",
                "  - Settled by: " + SETTLED_BY, "| Owner | team-a |", "| Domain | commerce |");
        assertThat(md).contains("**Verdict:** Accruing debt — 0 Concerning change(s) of logic and 1 Uncertain gap(s)");
        assertThat(md.indexOf("## Uncertain")).isLessThan(md.indexOf("## Clean"));
    }

    @Test
    void keepsTheAssertionsAuthorAndReasonInTheHistoryAndInTheAnswerAfterIt() {
        JsonNode history = http.get("/api/components/" + ORDERS + "/history").json();
        JsonNode now = http.get("/api/components/" + ORDERS + "/gaps").json();
        JsonNode before = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T2).json();

        assertThat(history).extracting(e -> e.get("cause").asText()).containsExactly("scan:s1", "assertion:a1");
        assertThat(history.get(0).get("author").isNull()).isTrue();
        assertThat(history.get(0).get("changes").get(0).get("settledBy").asText()).isEqualTo(SETTLED_BY);
        assertThat(history.get(1).get("author").asText()).isEqualTo("alice");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("only this service writes to the store");
        assertThat(history.get(1).get("after").get("verdict").asText()).isEqualTo("coherent");
        assertThat(history.get(1).get("owner").asText()).isEqualTo("team-b");
        assertThat(now.get("cause").asText()).isEqualTo("assertion:a1");
        assertThat(now.get("author").asText()).isEqualTo("alice");
        assertThat(before.get("cause").asText()).isEqualTo("scan:s1");
        assertThat(before.get("author").isNull()).isTrue();
        assertThat(http.get("/api/components/" + ORDERS + "/gaps.md").body())
                .contains("(assertion:a1, by alice: only this service writes to the store)");
    }

    @Test
    void listsTheOrganizationsOwnersAndDomainsWithTheirScores() {
        JsonNode owners = http.get("/api/organizations/acme/owners").json();
        JsonNode domains = http.get("/api/organizations/acme/domains").json();
        JsonNode acme = http.get("/api/organizations/acme").json();

        assertThat(owners).extracting(o -> o.get("name").asText() + ":" + o.get("score").get("components").asInt())
                .containsExactly(PAYMENTS + ":1", "team-a:1", "team-b:1");
        assertThat(owners.get(0).get("worstComponents")).extracting(JsonNode::asText).containsExactly(BILLING);
        assertThat(domains).extracting(o -> o.get("name").asText() + ":" + o.get("score").get("components").asInt())
                .containsExactly("commerce:2");
        assertThat(acme.get("owners")).extracting(o -> o.get("name").asText()).containsExactly(PAYMENTS, "team-a", "team-b");
        assertThat(acme.get("domains")).extracting(o -> o.get("kind").asText() + ":" + o.get("name").asText())
                .containsExactly("domain:commerce");
    }

    @Test
    void servesOneOwnerNowAndAsOfATimeBeforeAComponentMovedTeam() {
        JsonNode teamA = http.get("/api/organizations/acme/owners/team-a").json();
        JsonNode teamAEarlier = http.get("/api/organizations/acme/owners/team-a?asOf=" + T2).json();
        JsonNode payments = http.get("/api/organizations/acme/owners/" + PAYMENTS).json();

        assertThat(teamA.get("components")).extracting(c -> c.get("id").asText()).containsExactly(WEB);
        assertThat(teamA.get("kind").asText()).isEqualTo("owner");
        assertThat(teamAEarlier.get("components")).extracting(c -> c.get("id").asText()).containsExactly(ORDERS, WEB);
        assertThat(teamAEarlier.get("score").get("accruingDebt").asInt()).isEqualTo(1);
        assertThat(teamAEarlier.get("asOf").asText()).isEqualTo(T2.toString());
        assertThat(payments.get("score").get("concerning").asInt()).isEqualTo(1);
        assertThat(http.get("/api/organizations/acme/domains/commerce").json().get("components"))
                .extracting(c -> c.get("owner").asText()).containsExactly("team-b", "team-a");
    }

    @Test
    void answersAnUnknownOwnerOrDomainWithA404InJson() {
        HttpGet.Answer owner = http.get("/api/organizations/acme/owners/nobody");
        HttpGet.Answer domain = http.get("/api/organizations/acme/domains/nowhere?asOf=" + T1);
        HttpGet.Answer organization = http.get("/api/organizations/initech/owners");

        assertThat(owner.status()).isEqualTo(404);
        assertThat(owner.json().get("message").asText()).contains("owner 'nobody'");
        assertThat(domain.status()).isEqualTo(404);
        assertThat(domain.json().get("message").asText()).contains("domain 'nowhere'", T1.toString());
        assertThat(organization.status()).isEqualTo(404);
        assertThat(organization.json().get("message").asText()).contains("initech");
    }
}
