package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each fact event into the component's state (stores {@link ClassifierTopology#COMPONENT_STATE_STORE} and
 * {@link ClassifierTopology#PENDING_FACTS_STORE}) and forwards
 * the classification round it produced, if any. Event time is the event's own {@code occurredAt}.
 */
final class ClassifyProcessor implements Processor<String, FactEvent, String, GapChanged> {

    private final Classifier classifier;
    private KeyValueStore<String, ComponentState> states;
    private StorePendingFacts pending;
    private ProcessorContext<String, GapChanged> context;

    ClassifyProcessor(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public void init(ProcessorContext<String, GapChanged> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
        this.pending = new StorePendingFacts(context.getStateStore(ClassifierTopology.PENDING_FACTS_STORE));
    }

    @Override
    public void process(Record<String, FactEvent> record) {
        FactEvent event = record.value();
        String componentId = event.getComponentId();
        FactFold.Folded folded = FactFold.apply(states.get(componentId), event, pending, classifier);
        folded.state().ifPresent(state -> states.put(componentId, state));
        folded.round().ifPresent(round -> context.forward(new Record<>(componentId, round, round.getOccurredAt().toEpochMilli(), record.headers())));
    }
}
