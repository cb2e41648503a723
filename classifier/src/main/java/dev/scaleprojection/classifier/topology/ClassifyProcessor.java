package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.RuleChanged;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.PendingFacts;
import dev.scaleprojection.classifier.domain.Rule;
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
 * Decodes each fact record (an observed fact straight from its bytes, {@link ObservedFactReader}; one that cannot be decoded is forwarded for the dead-letter topic with stage
 * {@value ClassifierTopology#STAGE}, as {@link DecodeProcessor} describes it) and folds the event into the component's
 * state (stores {@link ClassifierTopology#COMPONENT_STATE_STORE} and {@link ClassifierTopology#PENDING_FACTS_STORE})
 * within its system ({@link ClassifierTopology#SYSTEM_SIGNALS_STORE}, see {@link SystemFold}) with the rules in force
 * ({@link ClassifierTopology#RULES_STORE} over the configured catalog), and forwards the rounds it produced: the
 * component's, then its siblings'. A rule change ({@link RuleChanged}, written to every partition of the facts topic
 * by the rule publisher) re-classifies the task's components where it stands among the facts. Event time is the
 * event's own.
 * An event that cannot be folded is forwarded for the dead-letter topic (stage {@code classify}), the state unchanged;
 * another component of the system that cannot be re-classified after it is too (stage {@code reclassify}, keyed by it);
 * a Kafka or store failure is not the record's fault and fails the task, so the record is retried.
 * Every hour of event time, the facts of scans that broke off a week before are dropped ({@link PendingFacts#expire}).
 */
final class ClassifyProcessor implements Processor<String, byte[], String, Checked<ClassificationRound>> {

    static final String STAGE = "classify";
    /** Of a rule change whose rule the classifier cannot apply. */
    static final String RULES_STAGE = "rules";
    /** How often, in event time, pending scans that broke off long ago are dropped ({@link PendingFacts#EXPIRED_AFTER_MILLIS}). */
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);
    /** For {@code partitions}: the records come from the repartition that moved them, each already in its system's partition. */
    static final int PLACED = 0;

    private final Deserializer<FactEvent> facts;
    private final ObservedFactReader observedFacts;
    private final RuleCatalog configured;
    private final ClassifiersByTask classifiers;
    private final PendingFactsByTask pendingByTask;
    private final int partitions;
    private KeyValueStore<String, ComponentState> states;
    private KeyValueStore<String, SystemView> systems;
    /** The task's, shared with its other classify processor; asked for when first needed after {@link #init}. */
    private StorePendingFacts pending;
    /** What this processor's initialisation made (the task's other processor may have made the one in use since). */
    private StorePendingFacts renewed;
    private PublishedRules rules;
    private Reclassification reclassification;
    private ProcessorContext<String, Checked<ClassificationRound>> context;
    /** The key {@link #misplaced} last placed, and its system's partition. */
    private String lastKey;
    private int lastKeyPartition;

    /**
     * @param partitions partitions of the facts topic, by which a record read outside its system's partition is told and
     *                   forwarded unclassified ({@link Checked.Misplaced}) to be moved there; {@link #PLACED} for records
     *                   that were moved
     */
    ClassifyProcessor(Deserializer<FactEvent> facts, RuleCatalog configured, ClassifiersByTask classifiers, PendingFactsByTask pendingByTask,
                      int partitions) {
        this.facts = facts;
        this.observedFacts = new ObservedFactReader(facts);
        this.configured = configured;
        this.classifiers = classifiers;
        this.pendingByTask = pendingByTask;
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<String, Checked<ClassificationRound>> context) {
        this.context = context;
        this.states = context.getStateStore(ClassifierTopology.COMPONENT_STATE_STORE);
        this.systems = context.getStateStore(ClassifierTopology.SYSTEM_SIGNALS_STORE);
        // Made anew at every init: what it remembers of the store must not outlive a restore after a dirty close.
        this.renewed = pendingByTask.renew(context.taskId(), context.getStateStore(ClassifierTopology.PENDING_FACTS_STORE));
        this.pending = null;
        if (partitions != PLACED) {
            // By event time, so a replay drops the same scans at the same point of the log: only scans that broke off.
            context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, time -> pending().expire(time));
        }
        this.rules = new PublishedRules(context.getStateStore(ClassifierTopology.RULES_STORE));
        this.reclassification = new Reclassification(states, systems);
        classifiers.forget(context.taskId());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (misplaced(record)) {
            context.forward(record.withValue(new Checked.Misplaced<>(record.value())));
            return;
        }
        ObservedFactReader.Observation observation = observedFacts.read(record.value());
        if (observation != null) {
            observe(record, observation);
            return;
        }
        // Decoded here rather than by a processor of its own: every node a record passes costs a forward.
        Decoded<FactEvent> decoded = DecodeProcessor.decode(facts, ClassifierTopology.STAGE, context.recordMetadata(),
                record.headers(), record.value());
        if (!(decoded instanceof Decoded.Value<FactEvent> value)) {
            context.forward(record.withValue(new Checked.DeadLetter<>(((Decoded.Undecodable<FactEvent>) decoded).originalBytes())));
            return;
        }
        FactEvent event = value.value();
        if (event.getPayload() instanceof RuleChanged change) {
            ruleChanged(record, event, change.getRule());
            return;
        }
        SystemFold.Folded folded;
        try {
            folded = SystemFold.apply(event, states::get, systems::get, pending(),
                    () -> classifiers.of(context.taskId(), () -> rules.classifier(configured)));
        } catch (KafkaException infrastructure) {
            throw infrastructure;
        } catch (RuntimeException unclassifiable) {
            deadLetter(record, STAGE, unclassifiable);
            return;
        }
        folded.states().forEach(states::put);
        folded.system().ifPresent(view -> systems.put(FactPartitioning.systemOf(event.getComponentId()), view));
        folded.release().run();
        folded.classified().forEach(round -> context.forward(new Record<>(round.componentId(), new Checked.Passed<>(round),
                round.occurredAt(), record.headers())));
        folded.failedSiblings().forEach((sibling, error) -> {
            RecordHeaders headers = new RecordHeaders(record.headers().toArray());
            context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(headers, Reclassification.STAGE, error, origin));
            context.forward(new Record<>(sibling, new Checked.DeadLetter<ClassificationRound>(record.value()), record.timestamp(), headers));
        });
    }

    /**
     * An observed fact read without Avro's records ({@link ObservedFactReader}) joins its scan's pending facts, as
     * {@link FactFold} folds one decoded by the deserializer; a fact the domain refuses goes to the dead letters alike.
     */
    private void observe(Record<String, byte[]> record, ObservedFactReader.Observation observation) {
        Fact fact;
        try {
            fact = observation.fact();
        } catch (RuntimeException unclassifiable) {
            deadLetter(record, STAGE, unclassifiable);
            return;
        }
        pending().add(observation.componentId(), observation.scanId(), observation.occurredAt(), fact);
    }

    /**
     * A rule the task did not have, or had in another form, re-classifies every component the task holds
     * ({@link Reclassification}); each round names the rule change as its cause and carries its time. A component that
     * cannot be re-classified goes to the dead letters (stage {@value Reclassification#STAGE}, keyed by it, the rule change
     * as value). A rule the classifier cannot apply (for example, an UNCERTAIN category that does not say what settles it)
     * goes to the dead letters (stage {@value #RULES_STAGE}) and changes nothing.
     */
    private void ruleChanged(Record<String, byte[]> record, FactEvent event, dev.scaleprojection.avro.Rule published) {
        Rule rule;
        try {
            rule = RuleMapping.fromAvro(published);
        } catch (RuntimeException invalid) {
            deadLetter(record, RULES_STAGE, invalid);
            return;
        }
        if (!rules.update(rule)) {
            return;
        }
        classifiers.forget(context.taskId());
        long time = event.getOccurredAt().toEpochMilli();
        for (Reclassification.Outcome outcome : reclassification.apply(() -> classifiers.of(context.taskId(), () -> rules.classifier(configured)),
                "rule:" + rule.reference(), time)) {
            if (outcome instanceof Reclassification.Outcome.Reclassified reclassified) {
                context.forward(new Record<>(reclassified.round().componentId(), new Checked.Passed<>(reclassified.round()), time));
            } else {
                Reclassification.Outcome.Failed failed = (Reclassification.Outcome.Failed) outcome;
                RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(headers, Reclassification.STAGE, failed.error(), origin));
                context.forward(new Record<>(failed.componentId(), new Checked.DeadLetter<ClassificationRound>(record.value()), time, headers));
            }
        }
    }

    /** The record to the dead letters as it came, its headers naming the stage and the reason. */
    private void deadLetter(Record<String, byte[]> record, String stage, RuntimeException reason) {
        context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(record.headers(), stage, reason, origin));
        context.forward(record.withValue(new Checked.DeadLetter<ClassificationRound>(record.value())));
    }

    /**
     * Published outside its system's partition ({@link FactPartitioning}); a record without a key, or one for every
     * component (a rule change, in every partition), stays where it is.
     */
    private boolean misplaced(Record<String, byte[]> record) {
        String key = record.key();
        if (partitions == PLACED || key == null || key.equals(FactPartitioning.EVERY_COMPONENT) || context.recordMetadata().isEmpty()) {
            return false;
        }
        if (key != lastKey) { // the same string for a component's records one after another (RepeatedKeys)
            lastKey = key;
            lastKeyPartition = FactPartitioning.partitionOf(key, partitions);
        }
        return context.recordMetadata().get().partition() != lastKeyPartition;
    }

    private StorePendingFacts pending() {
        if (pending == null) {
            pending = pendingByTask.of(context.taskId());
        }
        return pending;
    }

    @Override
    public void close() {
        pendingByTask.forget(context.taskId(), renewed);
    }
}
