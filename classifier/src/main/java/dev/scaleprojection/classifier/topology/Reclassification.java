package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.schemas.FactPartitioning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A rule change applied to every component a task holds, in component-id order, after rebuilding what each system's
 * components show ({@link ClassifierTopology#SYSTEM_SIGNALS_STORE}) under the new rules. Each component's new state is
 * written to {@link ClassifierTopology#COMPONENT_STATE_STORE}; a component that cannot be re-classified keeps its state
 * and what it showed its system, and is reported failed, the others go on. A Kafka or store failure is not a component's
 * fault and is thrown.
 */
final class Reclassification {

    static final String STAGE = "reclassify";

    /** What became of one component: a round to forward (when its gaps changed), or the error it failed with. */
    sealed interface Outcome {

        record Reclassified(ClassificationRound round) implements Outcome {
        }

        record Failed(String componentId, RuntimeException error) implements Outcome {
        }
    }

    private final KeyValueStore<String, ComponentState> states;
    private final KeyValueStore<String, SystemView> systems;

    Reclassification(KeyValueStore<String, ComponentState> states, KeyValueStore<String, SystemView> systems) {
        this.states = states;
        this.systems = systems;
    }

    /**
     * @param rulesInForce the classifier with the new rules, asked for per component (it is built once, and only when the
     *                     task holds a component: a pipeline's first start publishes every rule before any scan)
     * @return each failed component (first those whose facts could not be read), then each changed one, in id order
     */
    List<Outcome> apply(Supplier<Classifier> rulesInForce, String cause, long time) {
        List<KeyValue<String, ComponentState>> components = new ArrayList<>();
        try (KeyValueIterator<String, ComponentState> all = states.all()) {
            all.forEachRemaining(components::add);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, SystemView> views = views(components, rulesInForce, time, outcomes);
        Set<String> failed = outcomes.stream().map(outcome -> ((Outcome.Failed) outcome).componentId()).collect(Collectors.toSet());
        for (KeyValue<String, ComponentState> component : components) {
            if (failed.contains(component.key)) {
                continue;
            }
            try {
                ComponentState.Outcome outcome = component.value.reclassify(cause, time,
                        rulesInForce.get().within(component.key, views.get(FactPartitioning.systemOf(component.key))));
                states.put(component.key, outcome.state());
                outcome.round().ifPresent(round -> outcomes.add(new Outcome.Reclassified(round)));
            } catch (KafkaException infrastructure) {
                throw infrastructure;
            } catch (RuntimeException unclassifiable) {
                outcomes.add(new Outcome.Failed(component.key, unclassifiable));
            }
        }
        return outcomes;
    }

    /**
     * What every system's components show under the new rules, written to the store. A component whose facts cannot be
     * read under them is reported failed and keeps what it showed before.
     */
    private Map<String, SystemView> views(List<KeyValue<String, ComponentState>> components, Supplier<Classifier> rulesInForce, long time,
                                          List<Outcome> failures) {
        Map<String, SortedMap<String, SortedMap<String, SortedSet<String>>>> shown = new TreeMap<>();
        for (KeyValue<String, ComponentState> component : components) {
            String system = FactPartitioning.systemOf(component.key);
            SortedMap<String, SortedMap<String, SortedSet<String>>> ofSystem = shown.computeIfAbsent(system, s -> new TreeMap<>());
            try {
                ofSystem.put(component.key, rulesInForce.get().signals(component.value.facts().values(), component.value.assertions().values(), time));
            } catch (KafkaException infrastructure) {
                throw infrastructure;
            } catch (RuntimeException unreadable) {
                SystemView before = systems.get(system);
                ofSystem.put(component.key, before == null ? new TreeMap<>() : before.signalsOf(component.key));
                failures.add(new Outcome.Failed(component.key, unreadable));
            }
        }
        Map<String, SystemView> views = new TreeMap<>();
        shown.forEach((system, ofSystem) -> views.put(system, new SystemView(ofSystem)));
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, SystemView> all = systems.all()) {
            all.forEachRemaining(entry -> {
                if (!views.containsKey(entry.key)) {
                    stale.add(entry.key);
                }
            });
        }
        stale.forEach(systems::delete);
        views.forEach((system, view) -> {
            if (view.components().isEmpty()) {
                systems.delete(system);
            } else {
                systems.put(system, view);
            }
        });
        return views;
    }
}
