package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a component's assessment as a GAPS.md document: header, verdict per target level, then the gaps by category;
 * and a system's, as its score, a table of its components and each component's document.
 */
public final class GapsMarkdown {

    /** A checklist item names at most this many places; the API's gaps list has them all. */
    static final int FILES_LISTED = 12;

    private GapsMarkdown() {
    }

    public static String render(ComponentAssessment assessment) {
        return render(assessment, Level.SCALED);
    }

    /**
     * The pattern's form: a header, a scale vector × category matrix, the Blocking, Concerning, Uncertain and Clean
     * checklists (each item with its concern, the state now, what happens at scale, what is required, the affected files
     * and, for an Uncertain one, what would settle it), and the verdict in one sentence — for the gaps that stand in the
     * way of {@code target}.
     */
    public static String render(ComponentAssessment assessment, Level target) {
        StringBuilder md = new StringBuilder();
        List<OpenGap> gaps = assessment.gaps().values().stream().filter(g -> !g.targetLevel().isAbove(target)).toList();
        md.append("# GAPS: ").append(assessment.componentId()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Repository | ").append(repositories(gaps, assessment.id().system())).append(" |\n");
        md.append("| Component | ").append(assessment.componentId()).append(" |\n");
        md.append("| Level now | ").append(levelName(assessment.level())).append(axes(assessment)).append(" |\n");
        md.append("| Target level | ").append(levelName(target)).append(" |\n");
        assessment.ownership().owner().ifPresent(owner -> md.append("| Owner | ").append(owner).append(" |\n"));
        assessment.ownership().domain().ifPresent(domain -> md.append("| Domain | ").append(domain).append(" |\n"));
        md.append("| This projection | ").append(date(assessment.assessedAt())).append(" (").append(assessment.cause())
                .append(attribution(assessment)).append(") |\n");
        md.append("| Previous projection | ").append(assessment.previousAssessedAt() == 0 ? "none" : date(assessment.previousAssessedAt())).append(" |\n\n");
        vectorMatrix(md, gaps);
        for (Category category : List.of(Category.BLOCKING, Category.CONCERNING, Category.UNCERTAIN, Category.CLEAN)) {
            List<OpenGap> inCategory = gaps.stream().filter(g -> g.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            md.append("## ").append(label(category.name())).append("\n\n");
            for (List<OpenGap> item : checklistItems(inCategory)) {
                OpenGap gap = item.get(0);
                md.append("- [ ] **").append(gap.title()).append("** — to reach ").append(levelName(gap.targetLevel()))
                        .append("; ").append(label(gap.concern())).append("; rule `").append(gap.ruleId()).append('@').append(gap.ruleVersion())
                        .append('`').append(item.size() > 1 ? "; " + item.size() + " findings" : "").append('\n');
                line(md, "Current state", gap.explanation().currentState());
                line(md, "At scale", gap.explanation().atScale());
                line(md, "Required", gap.explanation().required());
                line(md, "Remediation", gap.explanation().remediation());
                if (gap.category() == Category.UNCERTAIN) {
                    md.append("  - Settled by: ").append(gap.explanation().settledBy().isBlank()
                            ? "(the rule does not say; a manual assertion would)" : gap.explanation().settledBy()).append('\n');
                }
                md.append("  - Files: ").append(files(item)).append('\n');
            }
            md.append('\n');
        }
        LevelVerdict verdict = assessment.verdictAt(target);
        md.append("**Verdict:** ").append(sentence(verdict)).append("\n\n");
        return md.toString();
    }

    /**
     * One checklist item per rule, target level and title: a rule that fires on five files is one thing to do with five
     * places to do it, not five items. Items keep the order of their first gap.
     */
    private static List<List<OpenGap>> checklistItems(List<OpenGap> gaps) {
        Map<String, List<OpenGap>> items = new LinkedHashMap<>();
        for (OpenGap gap : gaps) {
            String item = gap.ruleId() + "@" + gap.ruleVersion() + "|" + gap.targetLevel() + "|" + gap.title();
            items.computeIfAbsent(item, key -> new ArrayList<>()).add(gap);
        }
        return List.copyOf(items.values());
    }

    private static String files(List<OpenGap> item) {
        List<String> places = item.stream().flatMap(gap -> gap.evidence().stream())
                .map(e -> "`" + e.path() + ":" + e.startLine() + "`").distinct().sorted().toList();
        if (places.size() <= FILES_LISTED) {
            return String.join(", ", places);
        }
        return String.join(", ", places.subList(0, FILES_LISTED)) + " and " + (places.size() - FILES_LISTED) + " more";
    }

    private static void vectorMatrix(StringBuilder md, List<OpenGap> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (OpenGap gap : gaps) {
            List<String> vectors = gap.scaleVectors().isEmpty() ? List.of("(none named)") : gap.scaleVectors();
            for (String vector : vectors) {
                counts.computeIfAbsent(vector, v -> new int[Category.values().length])[gap.category().ordinal()]++;
            }
        }
        md.append("| Scale vector | Clean | Concerning | Blocking | Uncertain |\n|---|---|---|---|---|\n");
        counts.forEach((vector, c) -> md.append("| ").append(label(vector)).append(" | ").append(c[Category.CLEAN.ordinal()])
                .append(" | ").append(c[Category.CONCERNING.ordinal()]).append(" | ").append(c[Category.BLOCKING.ordinal()])
                .append(" | ").append(c[Category.UNCERTAIN.ordinal()]).append(" |\n"));
        md.append('\n');
    }

    private static String sentence(LevelVerdict verdict) {
        String target = levelName(verdict.targetLevel());
        return switch (verdict.verdict()) {
            case COHERENT -> verdict.clean() == 0
                    ? "Coherent — nothing the rules know of stands between this component and " + target + "."
                    : "Coherent — only infrastructure changes (" + verdict.clean() + " Clean) stand between this component and "
                    + target + ": the domain model holds.";
            case ACCRUING_DEBT -> verdict.uncertain() == 0
                    ? "Accruing debt — " + verdict.concerning() + " Concerning change(s) of logic, and no Blocking one, stand "
                    + "between this component and " + target + ": pay them down before they compound."
                    : "Accruing debt — " + verdict.concerning() + " Concerning change(s) of logic and " + verdict.uncertain()
                    + " Uncertain gap(s) the facts do not decide, and no Blocking one, stand between this component and " + target
                    + ": settle the uncertain ones (see Settled by) and pay the debt down before it compounds.";
            case IMPLICIT -> "Implicit — " + verdict.blocking() + " Blocking change(s) stand between this component and " + target
                    + ": fix the abstractions before scaling.";
        };
    }

    private static void line(StringBuilder md, String name, String text) {
        if (!text.isBlank()) {
            md.append("  - ").append(name).append(": ").append(text).append('\n');
        }
    }

    private static String attribution(ComponentAssessment assessment) {
        return assessment.attribution().author().map(author -> ", by " + author
                + assessment.attribution().reason().map(reason -> ": " + reason).orElse("")).orElse("");
    }

    private static String repositories(List<OpenGap> gaps, String system) {
        List<String> repositories = gaps.stream().flatMap(g -> g.evidence().stream())
                .map(e -> e.repository() + e.commit().map(c -> " @ " + c.substring(0, Math.min(12, c.length()))).orElse(""))
                .distinct().sorted().toList();
        return repositories.isEmpty() ? system : String.join(", ", repositories);
    }

    private static String axes(ComponentAssessment assessment) {
        if (assessment.axisLevels().size() <= 1) {
            return "";
        }
        return " (" + String.join(", ", java.util.Arrays.stream(dev.scaleprojection.domain.Axis.values())
                .filter(axis -> assessment.axisLevels().containsKey(axis.name()))
                .map(axis -> label(axis.name()) + " " + assessment.axisLevels().get(axis.name()).number()).toList()) + ")";
    }

    private static String date(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).toString();
    }

    /**
     * A system's GAPS.md: its score and a table of its components, then each component's document one heading level down.
     */
    public static String renderSystem(String systemScope, ScopeScore score, List<ComponentAssessment> components) {
        return renderSystem(systemScope, score, components, Level.SCALED);
    }

    /** The same for the gaps that stand in the way of {@code target}: the table's verdicts and counts, and each document. */
    public static String renderSystem(String systemScope, ScopeScore score, List<ComponentAssessment> components, Level target) {
        StringBuilder md = new StringBuilder();
        md.append("# GAPS: ").append(systemScope).append(" (system)\n\n");
        md.append("- Components: ").append(score.components().size())
                .append(" (").append(score.count(Verdict.COHERENT)).append(" coherent, ")
                .append(score.count(Verdict.ACCRUING_DEBT)).append(" accruing debt, ")
                .append(score.count(Verdict.IMPLICIT)).append(" implicit)\n");
        md.append("- Coherence index: ").append(score.coherenceIndex()).append('\n');
        md.append("- Gaps at full scale: ").append(score.clean()).append(" clean, ").append(score.concerning()).append(" concerning, ")
                .append(score.blocking()).append(" blocking, ").append(score.uncertain()).append(" uncertain\n\n");
        md.append("| Component | Level now | Verdict at ").append(target == Level.SCALED ? "full scale" : levelName(target))
                .append(" | Clean | Concerning | Blocking | Uncertain |\n|---|---|---|---|---|---|---|\n");
        for (ComponentAssessment component : components) {
            LevelVerdict headline = component.verdictAt(target);
            md.append("| ").append(component.componentId()).append(" | ").append(levelName(component.level())).append(" | ")
                    .append(label(headline.verdict().name())).append(" | ").append(headline.clean()).append(" | ")
                    .append(headline.concerning()).append(" | ").append(headline.blocking()).append(" | ")
                    .append(headline.uncertain()).append(" |\n");
        }
        md.append('\n');
        for (ComponentAssessment component : components) {
            render(component, target).lines().forEach(line -> md.append(line.startsWith("#") ? "#" : "").append(line).append('\n'));
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
