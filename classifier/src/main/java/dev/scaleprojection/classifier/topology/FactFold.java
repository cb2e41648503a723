package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.domain.Authorship;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Fact;
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
    public record Folded(Optional<ComponentState> state, Optional<ClassificationRound> round) {
    }

    /** @param current the component's state so far, or null for a component never seen */
    public static Folded apply(ComponentState current, FactEvent event, PendingFacts pending, Supplier<Classifier> classifier) {
        Deferred deferred = fold(() -> current, event, pending, classifier);
        deferred.release().run();
        return deferred.folded();
    }

    /** A fold whose taking of the scan's pending facts is done only by {@code release}, once the caller keeps the result. */
    record Deferred(Folded folded, Runnable release) {
    }

    /** @param current the component's state so far (null for one never seen), read only for events that change it */
    static Deferred fold(Supplier<ComponentState> current, FactEvent event, PendingFacts pending, Supplier<Classifier> classifier) {
        String componentId = event.getComponentId();
        long occurredAt = event.getOccurredAt().toEpochMilli();
        Object payload = event.getPayload();
        if (payload instanceof FactObserved observed) {
            Fact fact = AvroMapping.fact(observed);
            return new Deferred(new Folded(Optional.empty(), Optional.empty()),
                    () -> pending.add(componentId, observed.getScanId(), occurredAt, fact));
        }
        ComponentState state = Optional.ofNullable(current.get()).orElseGet(() -> ComponentState.empty(componentId));
        if (payload instanceof ScanCompleted completed) {
            PendingFacts.Taken taken = pending.take(componentId, completed.getScanId(), occurredAt);
            return new Deferred(folded(state.completeScan(completed.getScanId(), taken.facts(), completed.getFingerprints(),
                    Ownership.of(completed.getOwner(), completed.getDomain()), occurredAt, classifier.get())), taken::release);
        }
        if (payload instanceof AssertionMade made) {
            return new Deferred(folded(state.assertThat(AvroMapping.assertion(made, occurredAt), occurredAt, classifier.get())), () -> { });
        }
        if (payload instanceof AssertionRevoked revoked) {
            return new Deferred(folded(state.revoke(revoked.getAssertionId(), new Authorship(revoked.getAuthor(), revoked.getReason()),
                    occurredAt, classifier.get())), () -> { });
        }
        throw new IllegalArgumentException("unknown fact event payload " + payload.getClass().getName());
    }

    /** What a round caused by this event names as its cause, as {@link ComponentState} words it. */
    static String causeOf(FactEvent event) {
        Object payload = event.getPayload();
        if (payload instanceof ScanCompleted completed) {
            return "scan:" + completed.getScanId();
        }
        if (payload instanceof AssertionMade made) {
            return "assertion:" + made.getAssertionId();
        }
        if (payload instanceof AssertionRevoked revoked) {
            return "revoked:" + revoked.getAssertionId();
        }
        throw new IllegalArgumentException("a " + payload.getClass().getSimpleName() + " causes no round");
    }

    private static Folded folded(ComponentState.Outcome outcome) {
        return new Folded(Optional.of(outcome.state()), outcome.round());
    }
}
