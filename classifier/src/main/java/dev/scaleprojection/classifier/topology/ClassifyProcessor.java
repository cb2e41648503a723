package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.PendingFacts;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.platform.streams.DecodeProcessor;
import dev.scaleprojection.platform.streams.Decoded;
import java.time.Duration;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decodes each fact record (one that cannot be decoded is forwarded for the dead-letter topic with stage
 * {@value ClassifierTopology#STAGE}, as {@link DecodeProcessor} describes it) and folds the event into the component's
 * state (stores {@link ClassifierTopology#COMPONENT_STATE_STORE} and {@link ClassifierTopology#PENDING_FACTS_STORE})
 * within its system ({@link ClassifierTopology#SYSTEM_SIGNALS_STORE}, see {@link SystemFold}) with the rules in force
 * ({@link ClassifierTopology#RULES_STORE} over the configured catalog), and forwards the rounds it produced: the
 * component's, then its siblings'. Event time is the event's own.
 * An event that cannot be folded is forwarded for the dead-letter topic (stage {@code classify}), the state unchanged;
 * another component of the system that cannot be re-classified after it is too (stage {@code reclassify}, keyed by it);
 * a Kafka or store failure is not the record's fault and fails the task, so the record is retried.
 * Every hour of event time, the facts of scans that broke off a week before are dropped ({@link PendingFacts#expire}).
 */
final class ClassifyProcessor implements Processor<String, byte[], String, Checked<ClassificationRound>> {

    static final String STAGE = "classify";
    /** How often, in event time, pending scans that broke off long ago are dropped ({@link PendingFacts#EXPIRED_AFTER_MILLIS}). */
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private final Deserializer<FactEvent> facts;
    private final RuleCatalog configured;
    private final ClassifiersByTask classifiers;
    private KeyValueStore<String, ComponentState> states;
    private KeyValueStore<String, SystemView> systems;
    private StorePendingFacts pending;
    private PublishedRules rules;
    private ProcessorContext<String, Checked<ClassificationRound>> context;

    ClassifyProcessor(Deserializer<FactEvent> facts, RuleCatalog configured, ClassifiersByTask classifiers) {
        this.facts = facts;
        this.configured = configured;
        this.classifiers = classifiers;
    }

    @Override
    public void init(ProcessorContext<String, Checked<ClassificationRound>> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
        this.systems = context.getStateStore(ClassifierTopology.SYSTEM_SIGNALS_STORE);
        // Made anew at every init: what it remembers of the store must not outlive a restore after a dirty close.
        this.pending = new StorePendingFacts(context.getStateStore(ClassifierTopology.PENDING_FACTS_STORE));
        // By event time, so a replay drops the same scans at the same point of the log: only scans that broke off.
        context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, pending::expire);
        this.rules = new PublishedRules(context.getStateStore(ClassifierTopology.RULES_STORE));
        classifiers.forget(context.taskId());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        // Decoded here rather than by a processor of its own: every node a record passes costs a forward.
        Decoded<FactEvent> decoded = DecodeProcessor.decode(facts, ClassifierTopology.STAGE, context.recordMetadata(),
                record.headers(), record.value());
        if (!(decoded instanceof Decoded.Value<FactEvent> value)) {
            context.forward(record.withValue(new Checked.DeadLetter<>(((Decoded.Undecodable<FactEvent>) decoded).originalBytes())));
            return;
        }
        FactEvent event = value.value();
        SystemFold.Folded folded;
        try {
            folded = SystemFold.apply(event, states::get, systems::get, pending,
                    () -> classifiers.of(context.taskId(), () -> rules.classifier(configured)));
        } catch (KafkaException infrastructure) {
            throw infrastructure;
        } catch (RuntimeException unclassifiable) {
            context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(record.headers(), STAGE, unclassifiable, origin));
            context.forward(record.withValue(new Checked.DeadLetter<ClassificationRound>(record.value())));
            return;
        }
        folded.states().forEach(states::put);
        folded.system().ifPresent(view -> systems.put(FactPartitioning.systemOf(event.getComponentId()), view));
        folded.release().run();
        folded.classified().forEach(round -> context.forward(new Record<>(round.componentId(), new Checked.Passed<>(round),
                round.occurredAt(), record.headers())));
        folded.failedSiblings().forEach((sibling, error) -> {
            RecordHeaders headers = new RecordHeaders(record.headers().toArray());
            context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(headers, ReclassifyProcessor.STAGE, error, origin));
            context.forward(new Record<>(sibling, new Checked.DeadLetter<ClassificationRound>(record.value()), record.timestamp(), headers));
        });
    }
}
