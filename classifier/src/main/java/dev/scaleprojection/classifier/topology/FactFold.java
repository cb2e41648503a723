package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import java.util.Optional;

/**
 * One fact event folded into its component's state, as the classifier topology does it: the same code serves the
 * Streams processor and the broker-less {@code check} command, so both give the same gaps for the same facts.
 */
public final class FactFold {

    private FactFold() {
    }

    public record Folded(ComponentState state, Optional<GapChanged> round) {
    }

    /** @param current the component's state so far, or null for a component never seen */
    public static Folded apply(ComponentState current, FactEvent event, Classifier classifier) {
        String componentId = event.getComponentId();
        ComponentState state = current == null ? ComponentState.empty(componentId) : current;
        Object payload = event.getPayload();
        if (payload instanceof FactObserved observed) {
            return new Folded(state.observe(observed.getScanId(), AvroMapping.fact(observed)), Optional.empty());
        }
        if (payload instanceof ScanCompleted completed) {
            ComponentState.Outcome outcome = state.completeScan(completed.getScanId(), completed.getFingerprints(),
                    event.getOccurredAt().toEpochMilli(), classifier);
            return new Folded(outcome.state(), outcome.round().map(AvroMapping::gapChanged));
        }
        // Assertions (waivers, statements) take effect with the assertion issue; until then they change nothing.
        return new Folded(state, Optional.empty());
    }
}
