package dev.scaleprojection.classifier.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the classifier remembers of one component: the facts in force, the facts of scans still in progress, and the
 * last classification. Facts of a scan take effect together when its ScanCompleted arrives; facts it did not list are
 * retracted. Immutable: every event returns the next state.
 */
public record ComponentState(String componentId, SortedMap<String, Fact> facts,
                             SortedMap<String, SortedMap<String, Fact>> pendingScans, Optional<Classification> classification) {

    /** Scans started but never completed are dropped beyond this many, oldest id first, to bound the state. */
    static final int MAX_PENDING_SCANS = 8;

    public ComponentState {
        facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        pendingScans = Collections.unmodifiableSortedMap(new TreeMap<>(pendingScans));
        classification = java.util.Objects.requireNonNullElse(classification, Optional.empty());
    }

    public static ComponentState empty(String componentId) {
        return new ComponentState(componentId, new TreeMap<>(), new TreeMap<>(), Optional.empty());
    }

    public ComponentState observe(String scanId, Fact fact) {
        SortedMap<String, SortedMap<String, Fact>> pending = new TreeMap<>(pendingScans);
        SortedMap<String, Fact> scanFacts = new TreeMap<>(pending.getOrDefault(scanId, new TreeMap<>()));
        scanFacts.put(fact.fingerprint(), fact);
        pending.put(scanId, scanFacts);
        while (pending.size() > MAX_PENDING_SCANS) {
            pending.remove(pending.firstKey());
        }
        return new ComponentState(componentId, facts, pending, classification);
    }

    /**
     * Ends a scan: the component's facts become those it listed (newly observed, or kept from before), and the
     * component is re-classified. A round is returned only if something a reader of the assessment sees has changed.
     */
    public Outcome completeScan(String scanId, Collection<String> fingerprints, long occurredAt, Classifier classifier) {
        SortedMap<String, Fact> observed = pendingScans.getOrDefault(scanId, new TreeMap<>());
        SortedMap<String, Fact> next = new TreeMap<>();
        for (String fingerprint : fingerprints) {
            Optional.ofNullable(observed.get(fingerprint)).or(() -> Optional.ofNullable(facts.get(fingerprint)))
                    .ifPresent(fact -> next.put(fingerprint, fact));
        }
        SortedMap<String, SortedMap<String, Fact>> pending = new TreeMap<>(pendingScans);
        pending.remove(scanId);
        return reclassify(next, pending, "scan:" + scanId, occurredAt, classifier);
    }

    /** Re-applies a (possibly new) rule catalog to the facts in force. */
    public Outcome reclassify(String cause, long occurredAt, Classifier classifier) {
        return reclassify(facts, pendingScans, cause, occurredAt, classifier);
    }

    private Outcome reclassify(SortedMap<String, Fact> nextFacts, SortedMap<String, SortedMap<String, Fact>> pending,
                               String cause, long occurredAt, Classifier classifier) {
        Classification next = classifier.classify(nextFacts.values());
        Classification previous = classification.orElse(Classification.NONE);
        List<GapChange> changes = GapDiff.between(previous.gaps(), next.gaps());
        boolean firstRound = classification.isEmpty();
        boolean levelsChanged = !next.levels().equals(previous.levels());
        ComponentState state = new ComponentState(componentId, nextFacts, pending, Optional.of(next));
        if (changes.isEmpty() && !levelsChanged && !firstRound) {
            return new Outcome(state, Optional.empty());
        }
        return new Outcome(state, Optional.of(new ClassificationRound(componentId, occurredAt, cause, next.levels(), changes)));
    }

    public record Outcome(ComponentState state, Optional<ClassificationRound> round) {
    }
}
