package dev.scaleprojection.classifier.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the classifier remembers of one component: the facts in force, the assertions about it, its owner and domain
 * from its latest scan, and the last classification. The facts of a scan take effect together when its ScanCompleted
 * arrives; facts it did not list are retracted. Immutable: every event returns the next state. (Facts of scans still
 * in progress are kept apart, see {@link PendingFacts}.)
 */
public record ComponentState(String componentId, SortedMap<String, Fact> facts, SortedMap<String, Assertion> assertions,
                             Ownership ownership, Optional<Classification> classification) {

    public ComponentState {
        facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        assertions = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(assertions, new TreeMap<>())));
        ownership = Objects.requireNonNullElse(ownership, Ownership.UNKNOWN);
        classification = Objects.requireNonNullElse(classification, Optional.empty());
    }

    public static ComponentState empty(String componentId) {
        return new ComponentState(componentId, new TreeMap<>(), new TreeMap<>(), Ownership.UNKNOWN, Optional.empty());
    }

    /** An assertion about the component takes effect (a waiver sets gaps aside; a statement is a fact). */
    public Outcome assertThat(Assertion assertion, long occurredAt, Classifier classifier) {
        SortedMap<String, Assertion> next = new TreeMap<>(assertions);
        next.put(assertion.id(), assertion);
        return new ComponentState(componentId, facts, next, ownership, classification).reclassify(facts, ownership,
                "assertion:" + assertion.id(), Optional.of(new Authorship(assertion.author(), assertion.reason())), occurredAt, classifier);
    }

    /**
     * A revoked assertion stops counting (an expired one is still held, so it can be revoked too).
     *
     * @throws UnknownAssertionException if the component holds no assertion of that id: never made for it, made for
     *                                   another component, or revoked already; nothing changes
     */
    public Outcome revoke(String assertionId, Authorship revokedBy, long occurredAt, Classifier classifier) {
        if (!assertions.containsKey(assertionId)) {
            throw new UnknownAssertionException(componentId, assertionId);
        }
        SortedMap<String, Assertion> next = new TreeMap<>(assertions);
        next.remove(assertionId);
        return new ComponentState(componentId, facts, next, ownership, classification).reclassify(facts, ownership,
                "revoked:" + assertionId, Optional.of(revokedBy), occurredAt, classifier);
    }

    /** A scan with no catalog entry for the component: it has no named owner or domain. */
    public Outcome completeScan(String scanId, Map<String, Fact> observed, Collection<String> fingerprints, long occurredAt,
                                Classifier classifier) {
        return completeScan(scanId, observed, fingerprints, Ownership.UNKNOWN, occurredAt, classifier);
    }

    /**
     * Ends a scan: the component's facts become those it listed — newly observed, or kept from before — its owner and
     * domain those the scan names, and the component is re-classified. A round is returned only if something a reader
     * of the assessment sees has changed (a new owner or domain alone is such a change).
     */
    public Outcome completeScan(String scanId, Map<String, Fact> observed, Collection<String> fingerprints, Ownership named,
                                long occurredAt, Classifier classifier) {
        SortedMap<String, Fact> next = new TreeMap<>();
        for (String fingerprint : fingerprints) {
            Optional.ofNullable(observed.get(fingerprint)).or(() -> Optional.ofNullable(facts.get(fingerprint)))
                    .ifPresent(fact -> next.put(fingerprint, fact));
        }
        return reclassify(next, named, "scan:" + scanId, Optional.empty(), occurredAt, classifier);
    }

    /** Re-applies a (possibly new) rule catalog to the facts in force. */
    public Outcome reclassify(String cause, long occurredAt, Classifier classifier) {
        return reclassify(facts, ownership, cause, Optional.empty(), occurredAt, classifier);
    }

    private Outcome reclassify(SortedMap<String, Fact> nextFacts, Ownership nextOwnership, String cause, Optional<Authorship> by,
                               long occurredAt, Classifier classifier) {
        Classification next = classifier.classify(nextFacts.values(), assertions.values(), occurredAt);
        Classification previous = classification.orElse(Classification.NONE);
        List<GapChange> changes = GapDiff.between(previous.gaps(), next.gaps(), next.waived());
        boolean firstRound = classification.isEmpty();
        boolean levelsChanged = !next.levels().equals(previous.levels());
        boolean regrouped = !nextOwnership.equals(ownership);
        ComponentState state = new ComponentState(componentId, nextFacts, assertions, nextOwnership, Optional.of(next));
        if (changes.isEmpty() && !levelsChanged && !firstRound && !regrouped) {
            return new Outcome(state, Optional.empty());
        }
        return new Outcome(state, Optional.of(new ClassificationRound(componentId, occurredAt, cause, next.levels(), changes, by, nextOwnership)));
    }

    public record Outcome(ComponentState state, Optional<ClassificationRound> round) {
    }

    /** A revocation naming an assertion the component does not hold. */
    public static final class UnknownAssertionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownAssertionException(String componentId, String assertionId) {
            super("Component " + componentId + " holds no assertion '" + assertionId + "' to revoke: it was never made for this "
                    + "component, was made for another one, or was revoked already. Nothing changed.");
        }
    }
}
