package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.PendingFacts;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.schemas.FactPartitioning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;

/**
 * One fact event folded into its component ({@link FactFold}) within its system: the component is classified among
 * what the other components of its system show ({@link SystemView}); when what it shows itself changes, every other
 * component of the system that shows facts of the same rules is re-classified, in component-id order, with the
 * event's cause and time; one that cannot be is reported apart and keeps its state. Nothing is written here: the caller
 * keeps the states, the view and the pending facts ({@link Folded#release}) only once the whole event has folded, so an
 * event that throws changes nothing.
 */
public final class SystemFold {

    private SystemFold() {
    }

    /**
     * The states to keep (by component id), the system's view to keep if it changed, the rounds in order, and the other
     * components that could not be re-classified (they keep their state; the event itself is not at fault).
     */
    public record Folded(SortedMap<String, ComponentState> states, Optional<SystemView> system, List<ClassificationRound> classified,
                         SortedMap<String, RuntimeException> failedSiblings, Runnable release) {

        /** The rounds in order, as published. */
        public List<GapChanged> rounds() {
            return classified.stream().map(AvroMapping::gapChanged).toList();
        }
    }

    /**
     * @param states  a component's state so far, or null for one never seen
     * @param systems a system's view so far, or null for none
     */
    public static Folded apply(FactEvent event, Function<String, ComponentState> states, Function<String, SystemView> systems,
                               PendingFacts pending, Supplier<Classifier> classifier) {
        String componentId = event.getComponentId();
        // An observed fact only joins its scan's pending facts: neither the state nor the view is read for it.
        Supplier<SystemView> view = new Once<>(() ->
                Optional.ofNullable(systems.apply(FactPartitioning.systemOf(componentId))).orElse(SystemView.EMPTY));
        FactFold.Deferred own = FactFold.fold(() -> states.apply(componentId), event, pending,
                () -> classifier.get().within(componentId, view.get()));
        SortedMap<String, ComponentState> kept = new TreeMap<>();
        SortedMap<String, RuntimeException> failed = new TreeMap<>();
        List<ClassificationRound> rounds = new ArrayList<>();
        own.folded().round().ifPresent(rounds::add);
        if (own.folded().state().isEmpty()) {
            return new Folded(kept, Optional.empty(), rounds, failed, own.release());
        }
        ComponentState state = own.folded().state().get();
        SystemView before = view.get();
        kept.put(componentId, state);
        long at = event.getOccurredAt().toEpochMilli();
        Classifier rules = classifier.get();
        SortedMap<String, SortedSet<String>> shows = rules.signals(state.facts().values(), state.assertions().values(), at);
        Set<String> changed = SystemView.changedRules(before.signalsOf(componentId), shows);
        if (changed.isEmpty()) {
            return new Folded(kept, Optional.empty(), rounds, failed, own.release());
        }
        SystemView after = before.with(componentId, shows);
        String cause = FactFold.causeOf(event);
        for (String other : after.othersShowing(componentId, changed)) {
            ComponentState sibling = states.apply(other);
            if (sibling == null) {
                continue;
            }
            try {
                ComponentState.Outcome outcome = sibling.reclassify(cause, at, rules.within(other, after));
                kept.put(other, outcome.state());
                outcome.round().ifPresent(rounds::add);
            } catch (KafkaException infrastructure) {
                throw infrastructure;
            } catch (RuntimeException unclassifiable) {
                failed.put(other, unclassifiable);
            }
        }
        return new Folded(kept, Optional.of(after), rounds, failed, own.release());
    }

    /** A value computed at most once, when first asked for. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
