package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import java.util.List;
import java.util.Locale;

/**
 * The JSON document of an organization's assessment, as {@code run --once --format json} prints it and the API serves it:
 * {@code {"org", "score", "components":[{"id", "level", "verdict", "gaps":[{"id", "targetLevel", "category", "concern",
 * "rule", "title", "evidence":[{"path", "line"}]}]}]}}.
 */
public record ReportDocument(String org, double score, List<Component> components) {

    public record Component(String id, int level, String levelName, String verdict, List<Verdict> verdicts, List<Gap> gaps) {
    }

    public record Verdict(int targetLevel, String verdict, int clean, int concerning, int blocking) {
    }

    public record Gap(String id, int targetLevel, String category, String concern, String rule, String title, List<Evidence> evidence) {
    }

    public record Evidence(String repository, String commit, String path, int line, int endLine, String snippet) {
    }

    public static ReportDocument of(String organization, ScopeScore score, List<ComponentAssessment> assessments) {
        return new ReportDocument(organization, score.coherenceIndex(), assessments.stream().map(ReportDocument::component).toList());
    }

    public static Component component(ComponentAssessment assessment) {
        return new Component(assessment.componentId(), assessment.level().number(), name(assessment.level().name()),
                name(assessment.headline().verdict().name()),
                assessment.verdicts().stream().map(ReportDocument::verdict).toList(),
                assessment.gaps().values().stream().map(ReportDocument::gap).toList());
    }

    private static Verdict verdict(LevelVerdict v) {
        return new Verdict(v.targetLevel().number(), name(v.verdict().name()), v.clean(), v.concerning(), v.blocking());
    }

    private static Gap gap(OpenGap gap) {
        return new Gap(gap.id(), gap.targetLevel().number(), name(gap.category().name()), name(gap.concern()),
                gap.ruleId() + "@" + gap.ruleVersion(), gap.title(),
                gap.evidence().stream().map(e -> new Evidence(e.repository(), e.commit().orElse(null), e.path(), e.startLine(), e.endLine(), e.snippet())).toList());
    }

    private static String name(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
