package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.GapFilter;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Level;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON document of an organization's assessment, as {@code run --once --format json} prints it; the API serves its
 * {@code Component} as a component's gaps:
 * {@code {"org", "score", "components":[{"id", "level", "levelName", "axes":[{"axis", "level", "levelName"}], "verdict",
 * "verdicts", "gaps":[{"id", "targetLevel", "category", "concern",
 * "scaleVectors", "rule", "title", "evidence":[{"path", "line"}], "explanation", "settledBy"}], "assessedAt", "cause",
 * "author", "reason", "owner", "domain"}]}}.
 */
public record ReportDocument(String org, double score, List<Component> components) {

    /** {@code author} and {@code reason} are those of the assertion behind the latest change, if one caused it. */
    public record Component(String id, int level, String levelName, List<AxisLevel> axes, String verdict, List<Verdict> verdicts,
                            List<Gap> gaps, String assessedAt, String cause, String author, String reason, String owner, String domain) {
    }

    /** The component's level on one axis; an axis its facts do not show is left out, not guessed. */
    public record AxisLevel(String axis, int level, String levelName) {
    }

    public record Verdict(int targetLevel, String verdict, int clean, int concerning, int blocking, int uncertain) {
    }

    /** {@code settledBy}: for an uncertain gap, the evidence that would settle its category; otherwise null. */
    public record Gap(String id, int targetLevel, String category, String concern, List<String> scaleVectors, String rule, String title,
                      List<Evidence> evidence, Explanation explanation, String settledBy) {
    }

    /** The rule's explanation in the pattern's terms; a part the rule does not give is empty. */
    public record Explanation(String currentState, String atScale, String required, String remediation) {
    }

    public record Evidence(String repository, String commit, String path, int line, int endLine, String snippet) {
    }

    public static ReportDocument of(String organization, ScopeScore score, List<ComponentAssessment> assessments) {
        return new ReportDocument(organization, score.coherenceIndex(), assessments.stream().map(ReportDocument::component).toList());
    }

    public static Component component(ComponentAssessment assessment) {
        return component(assessment, GapFilter.ALL);
    }

    /** A component with only the gaps the filter keeps; its level and verdicts are those of the whole assessment. */
    public static Component component(ComponentAssessment assessment, GapFilter filter) {
        return new Component(assessment.componentId(), assessment.level().number(), name(assessment.level().name()),
                axes(assessment), name(assessment.headline().verdict().name()),
                assessment.verdicts().stream().map(ReportDocument::verdict).toList(),
                assessment.gaps().values().stream().filter(filter::keeps).map(ReportDocument::gap).toList(),
                java.time.Instant.ofEpochMilli(assessment.assessedAt()).toString(), assessment.cause(),
                assessment.attribution().author().orElse(null), assessment.attribution().reason().orElse(null),
                assessment.ownership().owner().orElse(null), assessment.ownership().domain().orElse(null));
    }

    /** In the method's order of the axes: Directed, Context, Isolation, Access, State, Observability. */
    private static List<AxisLevel> axes(ComponentAssessment assessment) {
        return Arrays.stream(Axis.values()).filter(axis -> assessment.axisLevels().containsKey(axis.name()))
                .map(axis -> {
                    Level level = assessment.axisLevels().get(axis.name());
                    return new AxisLevel(name(axis.name()), level.number(), name(level.name()));
                }).toList();
    }

    private static Verdict verdict(LevelVerdict v) {
        return new Verdict(v.targetLevel().number(), name(v.verdict().name()), v.clean(), v.concerning(), v.blocking(), v.uncertain());
    }

    private static Gap gap(OpenGap gap) {
        return new Gap(gap.id(), gap.targetLevel().number(), name(gap.category().name()), name(gap.concern()),
                gap.scaleVectors().stream().map(ReportDocument::name).toList(), gap.ruleId() + "@" + gap.ruleVersion(), gap.title(),
                gap.evidence().stream().map(e -> new Evidence(e.repository(), e.commit().orElse(null), e.path(), e.startLine(), e.endLine(), e.snippet())).toList(),
                new Explanation(gap.explanation().currentState(), gap.explanation().atScale(), gap.explanation().required(),
                        gap.explanation().remediation()),
                gap.explanation().settledBy().isBlank() ? null : gap.explanation().settledBy());
    }

    private static String name(String constant) {
        return Names.of(constant);
    }
}
