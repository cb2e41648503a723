package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each fact event into the component's state (stores {@link ClassifierTopology#COMPONENT_STATE_STORE} and
 * {@link ClassifierTopology#PENDING_FACTS_STORE}) with the rules in force ({@link ClassifierTopology#RULES_STORE} over
 * the configured catalog), and forwards the classification round it produced, if any. Event time is the event's own.
 */
final class ClassifyProcessor implements Processor<String, FactEvent, String, GapChanged> {

    private final RuleCatalog configured;
    private KeyValueStore<String, ComponentState> states;
    private StorePendingFacts pending;
    private PublishedRules rules;
    private ProcessorContext<String, GapChanged> context;

    ClassifyProcessor(RuleCatalog configured) {
        this.configured = configured;
    }

    @Override
    public void init(ProcessorContext<String, GapChanged> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
        this.pending = new StorePendingFacts(context.getStateStore(ClassifierTopology.PENDING_FACTS_STORE));
        this.rules = new PublishedRules(context.getStateStore(ClassifierTopology.RULES_STORE));
    }

    @Override
    public void process(Record<String, FactEvent> record) {
        FactEvent event = record.value();
        String componentId = event.getComponentId();
        FactFold.Folded folded = FactFold.apply(states.get(componentId), event, pending, () -> rules.classifier(configured));
        folded.state().ifPresent(state -> states.put(componentId, state));
        folded.round().ifPresent(round -> context.forward(new Record<>(componentId, round, round.getOccurredAt().toEpochMilli(), record.headers())));
    }
}
