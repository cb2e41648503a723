package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.domain.Authorship;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Ownership;
import dev.scaleprojection.classifier.domain.PendingFacts;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One fact event folded into its component's state, as the classifier topology does it: the same code serves the
 * Streams processor and the broker-less {@code check} command, so both give the same gaps for the same facts.
 * An observed fact only joins the pending facts of its scan; the state changes when the scan completes, classified with
 * the rules in force then (asked of {@code classifier} only when needed). An event that cannot be folded throws and
 * leaves the state and the pending facts as they were.
 */
public final class FactFold {

    private FactFold() {
    }

    /** The state after the event (empty when it did not change) and the round to publish, if any. */
    public record Folded(Optional<ComponentState> state, Optional<GapChanged> round) {
    }

    /** @param current the component's state so far, or null for a component never seen */
    public static Folded apply(ComponentState current, FactEvent event, PendingFacts pending, Supplier<Classifier> classifier) {
        String componentId = event.getComponentId();
        long occurredAt = event.getOccurredAt().toEpochMilli();
        Object payload = event.getPayload();
        if (payload instanceof FactObserved observed) {
            pending.add(componentId, observed.getScanId(), occurredAt, AvroMapping.fact(observed));
            return new Folded(Optional.empty(), Optional.empty());
        }
        ComponentState state = current == null ? ComponentState.empty(componentId) : current;
        if (payload instanceof ScanCompleted completed) {
            PendingFacts.Taken taken = pending.take(componentId, completed.getScanId(), occurredAt);
            Folded folded = folded(state.completeScan(completed.getScanId(), taken.facts(), completed.getFingerprints(),
                    Ownership.of(completed.getOwner(), completed.getDomain()), occurredAt, classifier.get()));
            taken.release();
            return folded;
        }
        if (payload instanceof AssertionMade made) {
            return folded(state.assertThat(AvroMapping.assertion(made, occurredAt), occurredAt, classifier.get()));
        }
        if (payload instanceof AssertionRevoked revoked) {
            return folded(state.revoke(revoked.getAssertionId(), new Authorship(revoked.getAuthor(), revoked.getReason()),
                    occurredAt, classifier.get()));
        }
        throw new IllegalArgumentException("unknown fact event payload " + payload.getClass().getName());
    }

    private static Folded folded(ComponentState.Outcome outcome) {
        return new Folded(Optional.of(outcome.state()), outcome.round().map(AvroMapping::gapChanged));
    }
}
