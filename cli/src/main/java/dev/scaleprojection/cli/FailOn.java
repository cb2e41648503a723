package dev.scaleprojection.cli;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.HashMap;
import java.util.Map;

/**
 * Which findings standing in the way of a target level fail {@code check}, each counted once in the category of its
 * most demanding gap up to that level. An UNCERTAIN finding cannot be shown to be Clean, so {@code concerning} fails on
 * it; {@code uncertain} fails on Blocking and undecided findings only; {@code blocking} only on Blocking ones.
 */
enum FailOn {
    blocking("blocking"),
    uncertain("blocking or uncertain"),
    concerning("concerning, blocking or uncertain");

    private final String description;

    FailOn(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    int standing(ComponentAssessment assessment, Level target) {
        LevelVerdict verdict = assessment.verdictAt(target);
        int undecided = undecided(assessment, target);
        return switch (this) {
            case blocking -> verdict.blocking();
            case uncertain -> verdict.blocking() + undecided;
            case concerning -> verdict.blocking() + verdict.concerning() + undecided;
        };
    }

    /** Findings whose most demanding gap up to {@code target} is UNCERTAIN. */
    static int undecided(ComponentAssessment assessment, Level target) {
        Map<String, OpenGap> mostDemanding = new HashMap<>();
        for (OpenGap gap : assessment.gaps().values()) {
            if (!gap.targetLevel().isAbove(target)) {
                mostDemanding.merge(gap.findingKey(), gap, (a, b) -> a.targetLevel().compareTo(b.targetLevel()) >= 0 ? a : b);
            }
        }
        return (int) mostDemanding.values().stream().filter(gap -> gap.category() == Category.UNCERTAIN).count();
    }
}
