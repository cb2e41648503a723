package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A rule change reaches every task (it is broadcast to all partitions). A rule the task did not have, or had in another
 * form, re-classifies every component the task holds, in component-id order, after rebuilding what each system's
 * components show ({@link ClassifierTopology#SYSTEM_SIGNALS_STORE}); each round names the rule change as its cause and
 * carries its time. A component that cannot be re-classified goes to the dead letters (stage {@code reclassify}, keyed
 * by the component, the rule as value) and keeps its state; the others go on. A Kafka or store failure fails the task.
 */
final class ReclassifyProcessor implements Processor<String, dev.scaleprojection.avro.Rule, String, Checked<ClassificationRound>> {

    static final String STAGE = "reclassify";

    private final RuleCatalog configured;
    private final ClassifiersByTask classifiers;
    private final Serializer<dev.scaleprojection.avro.Rule> ruleSerializer;
    private KeyValueStore<String, ComponentState> states;
    private KeyValueStore<String, SystemView> systems;
    private PublishedRules rules;
    private ProcessorContext<String, Checked<ClassificationRound>> context;

    ReclassifyProcessor(RuleCatalog configured, ClassifiersByTask classifiers, Serializer<dev.scaleprojection.avro.Rule> ruleSerializer) {
        this.configured = configured;
        this.classifiers = classifiers;
        this.ruleSerializer = ruleSerializer;
    }

    @Override
    public void init(ProcessorContext<String, Checked<ClassificationRound>> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
        this.systems = context.getStateStore(ClassifierTopology.SYSTEM_SIGNALS_STORE);
        this.rules = new PublishedRules(context.getStateStore(ClassifierTopology.RULES_STORE));
        classifiers.forget(context.taskId());
    }

    @Override
    public void process(Record<String, dev.scaleprojection.avro.Rule> record) {
        Rule rule = RuleMapping.fromAvro(record.value());
        if (!rules.update(rule)) {
            return;
        }
        classifiers.forget(context.taskId());
        Classifier classifier = classifiers.of(context.taskId(), () -> rules.classifier(configured));
        List<KeyValue<String, ComponentState>> components = new ArrayList<>();
        try (KeyValueIterator<String, ComponentState> all = states.all()) {
            all.forEachRemaining(components::add);
        }
        Set<String> failed = new HashSet<>();
        Map<String, SystemView> views = views(components, classifier, record, failed);
        String cause = "rule:" + rule.reference();
        for (KeyValue<String, ComponentState> component : components) {
            if (failed.contains(component.key)) {
                continue;
            }
            try {
                ComponentState.Outcome outcome = component.value.reclassify(cause, record.timestamp(),
                        classifier.within(component.key, views.get(FactPartitioning.systemOf(component.key))));
                states.put(component.key, outcome.state());
                outcome.round().ifPresent(round -> context.forward(
                        new Record<>(component.key, new Checked.Passed<>(round), record.timestamp())));
            } catch (KafkaException infrastructure) {
                throw infrastructure;
            } catch (RuntimeException unclassifiable) {
                deadLetter(component.key, record, unclassifiable);
            }
        }
    }

    /**
     * What every system's components show under the new rules, written to the store. A component whose facts cannot be
     * read under them goes to the dead letters and keeps what it showed before.
     */
    private Map<String, SystemView> views(List<KeyValue<String, ComponentState>> components, Classifier classifier,
                                          Record<String, dev.scaleprojection.avro.Rule> record, Set<String> failed) {
        Map<String, SortedMap<String, SortedMap<String, SortedSet<String>>>> shown = new TreeMap<>();
        for (KeyValue<String, ComponentState> component : components) {
            String system = FactPartitioning.systemOf(component.key);
            SortedMap<String, SortedMap<String, SortedSet<String>>> ofSystem = shown.computeIfAbsent(system, s -> new TreeMap<>());
            try {
                ofSystem.put(component.key, classifier.signals(component.value.facts().values(),
                        component.value.assertions().values(), record.timestamp()));
            } catch (KafkaException infrastructure) {
                throw infrastructure;
            } catch (RuntimeException unreadable) {
                SystemView before = systems.get(system);
                ofSystem.put(component.key, before == null ? new TreeMap<>() : before.signalsOf(component.key));
                failed.add(component.key);
                deadLetter(component.key, record, unreadable);
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

    private void deadLetter(String componentId, Record<String, dev.scaleprojection.avro.Rule> record, RuntimeException error) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(headers, STAGE, error, origin));
        byte[] rule = ruleSerializer.serialize(Topics.RULES.name(), record.value());
        context.forward(new Record<>(componentId, new Checked.DeadLetter<ClassificationRound>(rule), record.timestamp(), headers));
    }
}
