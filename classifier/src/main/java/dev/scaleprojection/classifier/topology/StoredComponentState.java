package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Assertion;
import dev.scaleprojection.classifier.domain.Classification;
import dev.scaleprojection.classifier.domain.ComponentLevels;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Gap;
import dev.scaleprojection.classifier.domain.Ownership;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A component's state as {@link ClassifierTopology#COMPONENT_STATE_STORE} keeps it: each fact once, gaps naming their
 * facts by fingerprint and their rule's explanation by rule id@version, so that a scan writes a few KB, not a copy of
 * every fact and explanation per gap and target level ({@link ComponentStateBytes#write} writes a state so);
 * {@link #state} gives the domain's state back.
 */
record StoredComponentState(String componentId, SortedMap<String, Fact> facts, SortedMap<String, Assertion> assertions,
                            Ownership ownership, Optional<StoredClassification> classification) {

    record StoredClassification(ComponentLevels levels, SortedMap<String, StoredGap> gaps, SortedMap<String, StoredGap> waived,
                                SortedMap<String, Explanation> explanations) {
    }

    record StoredGap(String ruleId, int ruleVersion, Level targetLevel, Category category, Concern concern, Axis axis,
                     List<ScaleVector> scaleVectors, String title, List<String> factFingerprints, String settledBy) {
    }

    /** Written by the release before this format: its gaps carried their facts and explanation, not fingerprints. */
    boolean isPreviousFormat() {
        return classification.filter(stored -> stored.explanations() == null
                || java.util.stream.Stream.concat(stored.gaps().values().stream(),
                        java.util.Objects.requireNonNullElse(stored.waived(), new TreeMap<String, StoredGap>()).values().stream())
                        .anyMatch(gap -> gap.factFingerprints() == null)).isPresent();
    }

    ComponentState state() {
        Map<String, Fact> known = new HashMap<>(facts);
        assertions.values().stream().filter(a -> !a.isWaiver()).map(Assertion::asFact).forEach(f -> known.put(f.fingerprint(), f));
        return new ComponentState(componentId, facts, assertions, ownership,
                classification.map(stored -> new Classification(stored.levels(), gaps(stored.gaps(), stored, known),
                        gaps(stored.waived(), stored, known))));
    }

    private SortedMap<String, Gap> gaps(SortedMap<String, StoredGap> stored, StoredClassification classification, Map<String, Fact> known) {
        SortedMap<String, Gap> gaps = new TreeMap<>();
        stored.forEach((id, gap) -> gaps.put(id, new Gap(id, gap.ruleId(), gap.ruleVersion(), gap.targetLevel(), gap.category(),
                gap.concern(), gap.axis(), gap.scaleVectors(), gap.title(),
                gap.factFingerprints().stream().map(fingerprint -> fact(known, fingerprint, id)).toList(),
                classification.explanations().get(reference(gap.ruleId(), gap.ruleVersion())), gap.settledBy())));
        return gaps;
    }

    private Fact fact(Map<String, Fact> known, String fingerprint, String gapId) {
        Fact fact = known.get(fingerprint);
        if (fact == null) {
            throw new IllegalStateException("the stored state of " + componentId + " has gap " + gapId + " on fact " + fingerprint
                    + ", which it does not hold");
        }
        return fact;
    }

    private static String reference(String ruleId, int version) {
        return ruleId + "@" + version;
    }
}
