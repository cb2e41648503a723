package dev.scaleprojection.classifier.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the classifier remembers of one component: the facts in force and the last classification. The facts of a scan
 * take effect together when its ScanCompleted arrives; facts it did not list are retracted. Immutable: every event
 * returns the next state. (Facts of scans still in progress are kept apart, see {@link PendingFacts}.)
 */
public record ComponentState(String componentId, SortedMap<String, Fact> facts, SortedMap<String, Assertion> assertions,
                             Optional<Classification> classification) {

    public ComponentState {
        facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        assertions = Collections.unmodifiableSortedMap(new TreeMap<>(java.util.Objects.requireNonNullElse(assertions, new TreeMap<>())));
        classification = java.util.Objects.requireNonNullElse(classification, Optional.empty());
    }

    public static ComponentState empty(String componentId) {
        return new ComponentState(componentId, new TreeMap<>(), new TreeMap<>(), Optional.empty());
    }

    /** An assertion about the component takes effect (a waiver sets gaps aside; a statement is a fact). */
    public Outcome assertThat(Assertion assertion, long occurredAt, Classifier classifier) {
        SortedMap<String, Assertion> next = new TreeMap<>(assertions);
        next.put(assertion.id(), assertion);
        return with(next).reclassify(facts, "assertion:" + assertion.id(), occurredAt, classifier);
    }

    /** A revoked assertion stops counting; revoking one the component never had changes nothing. */
    public Outcome revoke(String assertionId, long occurredAt, Classifier classifier) {
        if (!assertions.containsKey(assertionId)) {
            return new Outcome(this, Optional.empty());
        }
        SortedMap<String, Assertion> next = new TreeMap<>(assertions);
        next.remove(assertionId);
        return with(next).reclassify(facts, "revoked:" + assertionId, occurredAt, classifier);
    }

    private ComponentState with(SortedMap<String, Assertion> nextAssertions) {
        return new ComponentState(componentId, facts, nextAssertions, classification);
    }

    /**
     * Ends a scan: the component's facts become those it listed — newly observed, or kept from before — and the
     * component is re-classified. A round is returned only if something a reader of the assessment sees has changed.
     */
    public Outcome completeScan(String scanId, Map<String, Fact> observed, Collection<String> fingerprints, long occurredAt,
                                Classifier classifier) {
        SortedMap<String, Fact> next = new TreeMap<>();
        for (String fingerprint : fingerprints) {
            Optional.ofNullable(observed.get(fingerprint)).or(() -> Optional.ofNullable(facts.get(fingerprint)))
                    .ifPresent(fact -> next.put(fingerprint, fact));
        }
        return reclassify(next, "scan:" + scanId, occurredAt, classifier);
    }

    /** Re-applies a (possibly new) rule catalog to the facts in force. */
    public Outcome reclassify(String cause, long occurredAt, Classifier classifier) {
        return reclassify(facts, cause, occurredAt, classifier);
    }

    private Outcome reclassify(SortedMap<String, Fact> nextFacts, String cause, long occurredAt, Classifier classifier) {
        Classification next = classifier.classify(nextFacts.values(), assertions.values(), occurredAt);
        Classification previous = classification.orElse(Classification.NONE);
        List<GapChange> changes = GapDiff.between(previous.gaps(), next.gaps(), next.waived());
        boolean firstRound = classification.isEmpty();
        boolean levelsChanged = !next.levels().equals(previous.levels());
        ComponentState state = new ComponentState(componentId, nextFacts, assertions, Optional.of(next));
        if (changes.isEmpty() && !levelsChanged && !firstRound) {
            return new Outcome(state, Optional.empty());
        }
        return new Outcome(state, Optional.of(new ClassificationRound(componentId, occurredAt, cause, next.levels(), changes)));
    }

    public record Outcome(ComponentState state, Optional<ClassificationRound> round) {
    }
}
