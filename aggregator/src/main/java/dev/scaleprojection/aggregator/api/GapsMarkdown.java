package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.Locale;

/** Renders a component's assessment as a GAPS.md document: header, verdict per target level, then the gaps by category. */
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

    private static String levelName(Level level) {
        return level.number() + " " + label(level.name());
    }

    private static String label(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
