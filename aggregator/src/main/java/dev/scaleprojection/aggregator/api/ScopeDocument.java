package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentSummary;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.domain.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of organizations, systems, owning teams and business domains: a scope's score (index, verdict distribution,
 * gap counts, when and why it last moved), its systems, groups or components, and its worst components — every figure
 * traceable to the components' gaps.
 */
final class ScopeDocument {

    record Score(double coherenceIndex, int components, int coherent, int accruingDebt, int implicit, int clean, int concerning,
                 int blocking, String changedAt, String cause, int uncertain) {
    }

    record ComponentRow(String id, String verdict, double coherenceIndex, int clean, int concerning, int blocking, String assessedAt,
                        String cause, int uncertain, String owner, String domain) {
    }

    /** An owning team ({@code kind} owner) or a business domain ({@code kind} domain) of an organization. */
    record GroupRow(String kind, String name, Score score, List<String> worstComponents) {
    }

    record GroupScope(String org, String kind, String name, String asOf, Score score, List<ComponentRow> components) {
    }

    record SystemRow(String system, Score score) {
    }

    record OrganizationRow(String org, Score score) {
    }

    record OrganizationScope(String org, String asOf, Score score, List<SystemRow> systems, List<ComponentRow> worstComponents,
                             List<GroupRow> owners, List<GroupRow> domains) {
    }

    record SystemScope(String org, String system, String asOf, Score score, List<ComponentRow> components) {
    }

    private ScopeDocument() {
    }

    static List<OrganizationRow> organizations(Map<String, ScopeScore> organizations) {
        return organizations.entrySet().stream().map(e -> new OrganizationRow(e.getKey(), score(e.getValue()))).toList();
    }

    static OrganizationScope organization(String org, Optional<Instant> asOf, ScopeScore score) {
        return new OrganizationScope(org, asOf.map(Instant::toString).orElse(null), score(score),
                score.bySystem().entrySet().stream().map(e -> new SystemRow(e.getKey(), score(e.getValue()))).toList(),
                score.worstComponents().stream().map(id -> row(score.components().get(id))).toList(),
                groups(OWNER, score.byOwner()), groups(DOMAIN, score.byDomain()));
    }

    static final String OWNER = "owner";
    static final String DOMAIN = "domain";

    static List<GroupRow> groups(String kind, Map<String, ScopeScore> groups) {
        return groups.entrySet().stream()
                .map(e -> new GroupRow(kind, e.getKey(), score(e.getValue()), e.getValue().worstComponents())).toList();
    }

    static GroupScope group(String org, String kind, String name, Optional<Instant> asOf, ScopeScore score) {
        return new GroupScope(org, kind, name, asOf.map(Instant::toString).orElse(null), score(score),
                score.components().values().stream().map(ScopeDocument::row).toList());
    }

    static SystemScope system(String org, String system, Optional<Instant> asOf, ScopeScore score) {
        return new SystemScope(org, system, asOf.map(Instant::toString).orElse(null), score(score),
                score.components().values().stream().map(ScopeDocument::row).toList());
    }

    static Score score(ScopeScore score) {
        return new Score(score.coherenceIndex(), score.components().size(), score.count(Verdict.COHERENT),
                score.count(Verdict.ACCRUING_DEBT), score.count(Verdict.IMPLICIT), score.clean(), score.concerning(), score.blocking(),
                score.latest().map(latest -> Instant.ofEpochMilli(latest.assessedAt()).toString()).orElse(null),
                score.latest().map(latest -> latest.componentId() + " " + latest.cause()).orElse(null), score.uncertain());
    }

    private static ComponentRow row(ComponentSummary summary) {
        return new ComponentRow(summary.componentId(), Names.of(summary.verdict()), summary.index(), summary.clean(), summary.concerning(),
                summary.blocking(), Instant.ofEpochMilli(summary.assessedAt()).toString(), summary.cause(), summary.uncertain(),
                summary.ownership().owner().orElse(null), summary.ownership().domain().orElse(null));
    }
}
