package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Assertion;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link StoredComponentState} in {@link StoreBytes}, field by field in declaration order: what the component state
 * store keeps since it stopped writing JSON. Every map is sorted, so the same state is always the same bytes.
 */
final class ComponentStateBytes {

    /** About what a fact and a gap take in a state (330 and 260 bytes in the benchmark's synthetic components). */
    private static final int EXPECTED_FACT_BYTES = 384;
    private static final int EXPECTED_GAP_BYTES = 320;
    /** A rule's explanation as {@link #write(ComponentState)} writes it, kept by explanation (rules change rarely). */
    private static final KeptEncodings<Explanation> EXPLANATIONS = new KeptEncodings<>(4_096, explanation -> new StoreBytesWriter()
            .string(explanation.currentState()).string(explanation.atScale()).string(explanation.required())
            .string(explanation.remediation()).body());

    private ComponentStateBytes() {
    }

    /**
     * The state in the layout of {@link StoredComponentState}, field by field, which {@link #read} reads back: each fact
     * once, gaps naming their facts by fingerprint and their rule's explanation by rule id@version; each rule's
     * explanation texts, the same in every state whose gaps the rule gives, encoded once and kept.
     */
    static byte[] write(ComponentState state) {
        int gaps = state.classification().map(c -> c.gaps().size() + c.waived().size()).orElse(0);
        // Sized from the state, so that the buffer does not grow and copy itself some five times on the way.
        StoreBytesWriter out = new StoreBytesWriter(1_024 + EXPECTED_FACT_BYTES * state.facts().size() + EXPECTED_GAP_BYTES * gaps)
                .string(state.componentId());
        out.count(state.facts().size());
        state.facts().forEach((fingerprint, fact) -> out.string(fingerprint).fact(fact));
        out.count(state.assertions().size());
        state.assertions().forEach((id, assertion) -> assertion(out.string(id), assertion));
        out.optional(state.ownership().owner()).optional(state.ownership().domain());
        out.flag(state.classification().isPresent());
        state.classification().ifPresent(classification -> {
            out.name(classification.levels().overall()).count(classification.levels().byAxis().size());
            classification.levels().byAxis().forEach((axis, level) -> out.name(axis).name(level));
            gaps(out, classification.gaps());
            gaps(out, classification.waived());
            // by rule id@version, as StoredComponentState keeps them: a later gap of the same rule version replaces it
            SortedMap<String, Explanation> explanations = new TreeMap<>();
            classification.gaps().values().forEach(gap -> explanations.put(gap.ruleId() + "@" + gap.ruleVersion(), gap.explanation()));
            classification.waived().values().forEach(gap -> explanations.put(gap.ruleId() + "@" + gap.ruleVersion(), gap.explanation()));
            out.count(explanations.size());
            explanations.forEach((reference, explanation) -> out.string(reference).raw(EXPLANATIONS.of(explanation)));
        });
        return out.bytes();
    }

    private static void gaps(StoreBytesWriter out, SortedMap<String, Gap> gaps) {
        out.count(gaps.size());
        gaps.forEach((id, gap) -> {
            out.string(id).string(gap.ruleId()).number(gap.ruleVersion()).name(gap.targetLevel()).name(gap.category())
                    .name(gap.concern()).name(gap.axis()).count(gap.scaleVectors().size());
            gap.scaleVectors().forEach(out::name);
            out.string(gap.title()).count(gap.facts().size());
            gap.facts().forEach(fact -> out.string(fact.fingerprint()));
            out.string(gap.settledBy());
        });
    }

    static StoredComponentState read(byte[] bytes) {
        StoreBytesReader in = new StoreBytesReader(bytes, "a component state");
        String componentId = in.string();
        SortedMap<String, Fact> facts = in.map(StoreBytesReader::fact);
        SortedMap<String, Assertion> assertions = in.map(ComponentStateBytes::assertion);
        Ownership ownership = new Ownership(in.optional(), in.optional());
        Optional<StoredComponentState.StoredClassification> classification =
                in.flag() ? Optional.of(classification(in)) : Optional.empty();
        in.end();
        return new StoredComponentState(componentId, facts, assertions, ownership, classification);
    }

    private static void assertion(StoreBytesWriter out, Assertion assertion) {
        out.string(assertion.id()).string(assertion.author()).string(assertion.reason()).string(assertion.kind())
                .optional(assertion.targetFingerprint()).strings(assertion.attributes())
                .flag(assertion.expiresAt().isPresent()).number(assertion.expiresAt().orElse(0L)).number(assertion.madeAt());
    }

    private static Assertion assertion(StoreBytesReader in) {
        String id = in.string();
        String author = in.string();
        String reason = in.string();
        String kind = in.string();
        Optional<String> target = in.optional();
        SortedMap<String, String> attributes = in.stringMap();
        boolean expires = in.flag();
        long expiresAt = in.longNumber();
        return new Assertion(id, author, reason, kind, target, attributes, expires ? Optional.of(expiresAt) : Optional.empty(), in.longNumber());
    }

    private static StoredComponentState.StoredClassification classification(StoreBytesReader in) {
        Level overall = in.name(Level.class);
        int axes = in.count();
        SortedMap<Axis, Level> byAxis = new TreeMap<>();
        for (int i = 0; i < axes; i++) {
            byAxis.put(in.name(Axis.class), in.name(Level.class));
        }
        SortedMap<String, StoredComponentState.StoredGap> gaps = in.map(ComponentStateBytes::gap);
        SortedMap<String, StoredComponentState.StoredGap> waived = in.map(ComponentStateBytes::gap);
        SortedMap<String, Explanation> explanations = in.map(reader -> new Explanation(reader.string(), reader.string(),
                reader.string(), reader.string()));
        return new StoredComponentState.StoredClassification(new ComponentLevels(overall, byAxis), gaps, waived, explanations);
    }

    private static StoredComponentState.StoredGap gap(StoreBytesReader in) {
        String ruleId = in.string();
        int ruleVersion = in.intNumber();
        Level targetLevel = in.name(Level.class);
        Category category = in.name(Category.class);
        Concern concern = in.name(Concern.class);
        Axis axis = in.name(Axis.class);
        int vectors = in.count();
        List<ScaleVector> scaleVectors = new ArrayList<>(vectors);
        for (int i = 0; i < vectors; i++) {
            scaleVectors.add(in.name(ScaleVector.class));
        }
        return new StoredComponentState.StoredGap(ruleId, ruleVersion, targetLevel, category, concern, axis, scaleVectors,
                in.string(), in.strings(), in.string());
    }
}
