package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * Renders a component's assessment as a GAPS.md document: header, verdict per target level, then the gaps by category;
 * and a system's, as its score, a table of its components and each component's document.
 */
public final class GapsMarkdown {

    private GapsMarkdown() {
    }

    public static String render(ComponentAssessment assessment) {
        StringBuilder md = new StringBuilder();
        LevelVerdict headline = assessment.headline();
        md.append("# GAPS: ").append(assessment.componentId()).append("\n\n");
        md.append("- Level now: ").append(levelName(assessment.level())).append('\n');
        md.append("- Verdict at full scale: **").append(label(headline.verdict().name())).append("** (")
                .append(headline.clean()).append(" clean, ").append(headline.concerning()).append(" concerning, ")
                .append(headline.blocking()).append(" blocking)\n\n");
        if (!assessment.verdicts().isEmpty()) {
            md.append("| Target level | Verdict | Clean | Concerning | Blocking |\n|---|---|---|---|---|\n");
            for (LevelVerdict v : assessment.verdicts()) {
                md.append("| ").append(levelName(v.targetLevel())).append(" | ").append(label(v.verdict().name())).append(" | ")
                        .append(v.clean()).append(" | ").append(v.concerning()).append(" | ").append(v.blocking()).append(" |\n");
            }
            md.append('\n');
        }
        for (Category category : List.of(Category.BLOCKING, Category.CONCERNING, Category.CLEAN)) {
            List<OpenGap> gaps = assessment.gaps().values().stream().filter(g -> g.category() == category).toList();
            if (gaps.isEmpty()) {
                continue;
            }
            md.append("## ").append(label(category.name())).append("\n\n");
            for (OpenGap gap : gaps) {
                md.append("- [ ] ").append(gap.title()).append(" — to reach ").append(levelName(gap.targetLevel()))
                        .append(" (").append(label(gap.concern())).append(", rule `").append(gap.ruleId()).append('@').append(gap.ruleVersion()).append("`)\n");
                gap.evidence().forEach(e -> md.append("  - `").append(e.path()).append(':').append(e.startLine()).append("` ")
                        .append(e.snippet().isEmpty() ? "" : "`" + e.snippet().replace('`', '\'') + "`").append('\n'));
            }
            md.append('\n');
        }
        if (assessment.gaps().isEmpty()) {
            md.append("No gaps found: nothing the rules know of stands in the way of scaling.\n\n");
        }
        return md.toString();
    }

    /**
     * A system's GAPS.md: its score and a table of its components, then each component's document one heading level down.
     */
    public static String renderSystem(String systemScope, ScopeScore score, List<ComponentAssessment> components) {
        StringBuilder md = new StringBuilder();
        md.append("# GAPS: ").append(systemScope).append(" (system)\n\n");
        md.append("- Components: ").append(score.components().size())
                .append(" (").append(score.count(Verdict.COHERENT)).append(" coherent, ")
                .append(score.count(Verdict.ACCRUING_DEBT)).append(" accruing debt, ")
                .append(score.count(Verdict.IMPLICIT)).append(" implicit)\n");
        md.append("- Coherence index: ").append(score.coherenceIndex()).append('\n');
        md.append("- Gaps at full scale: ").append(score.clean()).append(" clean, ").append(score.concerning()).append(" concerning, ")
                .append(score.blocking()).append(" blocking\n\n");
        md.append("| Component | Level now | Verdict at full scale | Clean | Concerning | Blocking |\n|---|---|---|---|---|---|\n");
        for (ComponentAssessment component : components) {
            LevelVerdict headline = component.headline();
            md.append("| ").append(component.componentId()).append(" | ").append(levelName(component.level())).append(" | ")
                    .append(label(headline.verdict().name())).append(" | ").append(headline.clean()).append(" | ")
                    .append(headline.concerning()).append(" | ").append(headline.blocking()).append(" |\n");
        }
        md.append('\n');
        for (ComponentAssessment component : components) {
            render(component).lines().forEach(line -> md.append(line.startsWith("#") ? "#" : "").append(line).append('\n'));
        }
        return md.toString();
    }

    private static String levelName(Level level) {
        return level.number() + " " + label(level.name());
    }

    private static String label(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
