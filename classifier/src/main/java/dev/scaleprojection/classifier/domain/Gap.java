package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.ScaleVector;
import dev.scaleprojection.domain.Category;
import java.util.List;

/**
 * What would have to change for a component to reach {@code targetLevel}, and how deep that change goes.
 * Its id is stable: the rule, the target level and the fingerprints of the facts that fired it. An UNCERTAIN gap says
 * what evidence would settle its category ({@code settledBy}, "" otherwise).
 */
public record Gap(String id, String ruleId, int ruleVersion, Level targetLevel, Category category, Concern concern, Axis axis,
                  List<ScaleVector> scaleVectors, String title, List<Fact> facts, Explanation explanation, String settledBy) {

    public Gap {
        scaleVectors = List.copyOf(scaleVectors);
        facts = List.copyOf(facts);
        settledBy = java.util.Objects.requireNonNullElse(settledBy, "");
    }

    /**
     * Says the same as {@code other} (a gap of the same id): what a rescan or a rule change is compared on. A new rule
     * version, title, evidence or settledBy is a change a reader must see.
     */
    public boolean sameAs(Gap other) {
        return category == other.category && ruleVersion == other.ruleVersion && title.equals(other.title)
                && facts.equals(other.facts) && settledBy.equals(other.settledBy);
    }
}
