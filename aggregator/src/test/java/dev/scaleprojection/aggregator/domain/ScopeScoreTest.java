package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Verdict;
import org.junit.jupiter.api.Test;

class ScopeScoreTest {

    static ComponentSummary summary(String id, Verdict verdict, double index, long at) {
        return new ComponentSummary(id, verdict, 0, 0, 0, 0, index, at, "scan:" + at, Ownership.NONE);
    }

    static ComponentSummary owned(String id, String owner, String domain, int uncertain) {
        return new ComponentSummary(id, Verdict.ACCRUING_DEBT, 0, 0, 0, uncertain, 80.0, 1, "scan:1",
                new Ownership(java.util.Optional.ofNullable(owner), java.util.Optional.ofNullable(domain)));
    }

    @Test
    void groupsAnOrganizationsComponentsByOwnerAndByDomainLeavingOutThoseTheCatalogDoesNotPlace() {
        ScopeScore organization = ScopeScore.of(java.util.List.of(
                owned("acme/shop/orders", "team-a", "commerce", 1),
                owned("acme/shop/web", "team-b", "commerce", 2),
                owned("acme/money/billing", "team-a", null, 0),
                owned("acme/money/ledger", null, null, 0)));

        assertThat(organization.byOwner()).containsOnlyKeys("team-a", "team-b");
        assertThat(organization.byOwner().get("team-a").components()).containsOnlyKeys("acme/shop/orders", "acme/money/billing");
        assertThat(organization.byDomain()).containsOnlyKeys("commerce");
        assertThat(organization.byDomain().get("commerce").uncertain()).isEqualTo(3);
        assertThat(organization.uncertain()).isEqualTo(3);
    }

    @Test
    void averagesComponentIndexesAndRanksTheWorstByVerdictThenIndex() {
        ScopeScore score = ScopeScore.empty()
                .with(summary("acme/shop/orders", Verdict.ACCRUING_DEBT, 80.0, 1))
                .with(summary("acme/shop/web", Verdict.COHERENT, 100.0, 2))
                .with(summary("acme/shop/billing", Verdict.IMPLICIT, 50.0, 3));

        assertThat(score.coherenceIndex()).isEqualTo(76.7);
        assertThat(score.worstComponents()).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(score.count(Verdict.COHERENT)).isEqualTo(1);
        assertThat(score.latest()).hasValueSatisfying(s -> assertThat(s.componentId()).isEqualTo("acme/shop/billing"));
    }

    @Test
    void forgetsAComponentThatLeavesTheScope() {
        ComponentSummary orders = summary("acme/shop/orders", Verdict.ACCRUING_DEBT, 80.0, 1);

        assertThat(ScopeScore.empty().with(orders).without(orders).components()).isEmpty();
        assertThat(ScopeScore.empty().coherenceIndex()).isEqualTo(100.0);
    }

    @Test
    void splitsAnOrganizationsComponentsIntoItsSystemsScores() {
        ScopeScore organization = ScopeScore.of(java.util.List.of(
                summary("acme/shop/orders", Verdict.ACCRUING_DEBT, 80.0, 1),
                summary("acme/shop/web", Verdict.COHERENT, 100.0, 2),
                summary("acme/money/billing", Verdict.IMPLICIT, 50.0, 3)));

        assertThat(organization.bySystem()).containsOnlyKeys("money", "shop");
        assertThat(organization.bySystem().get("shop").coherenceIndex()).isEqualTo(90.0);
        assertThat(organization.bySystem().get("money").components()).containsOnlyKeys("acme/money/billing");
    }
}
