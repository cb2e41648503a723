package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;

/**
 * A gap as the assessment keeps it. {@code findingKey} names the finding regardless of target level (rule and facts),
 * so that a verdict for a level counts each finding once, at the most demanding target it has up to that level.
 */
public record OpenGap(String id, String findingKey, String ruleId, int ruleVersion, Level targetLevel, Category category,
                      String concern, String axis, List<String> scaleVectors, String title, List<EvidenceRef> evidence,
                      GapExplanation explanation) {

    public OpenGap {
        scaleVectors = List.copyOf(scaleVectors);
        evidence = List.copyOf(evidence);
        explanation = java.util.Objects.requireNonNullElse(explanation, GapExplanation.NONE);
    }

    public static String findingKey(String ruleId, List<String> factFingerprints) {
        return ruleId + "|" + String.join(",", factFingerprints.stream().sorted().toList());
    }
}
