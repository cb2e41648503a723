package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A rule change reaches every task (it is broadcast to all partitions). A rule the task did not have, or had in another
 * form, re-classifies every component the task holds; each round names the rule change as its cause and carries the
 * rule change's time.
 */
final class ReclassifyProcessor implements Processor<String, dev.scaleprojection.avro.Rule, String, GapChanged> {

    private final RuleCatalog configured;
    private final ClassifiersByTask classifiers;
    private KeyValueStore<String, ComponentState> states;
    private PublishedRules rules;
    private ProcessorContext<String, GapChanged> context;

    ReclassifyProcessor(RuleCatalog configured, ClassifiersByTask classifiers) {
        this.configured = configured;
        this.classifiers = classifiers;
    }

    @Override
    public void init(ProcessorContext<String, GapChanged> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
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
        for (KeyValue<String, ComponentState> component : components) {
            ComponentState.Outcome outcome = component.value.reclassify("rule:" + rule.reference(), record.timestamp(), classifier);
            states.put(component.key, outcome.state());
            outcome.round().ifPresent(round -> context.forward(
                    new Record<>(component.key, AvroMapping.gapChanged(round), record.timestamp())));
        }
    }
}
