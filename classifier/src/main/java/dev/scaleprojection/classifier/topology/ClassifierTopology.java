package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.platform.streams.DecodeProcessor;
import dev.scaleprojection.platform.streams.Decoded;
import dev.scaleprojection.platform.streams.JsonSerde;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * facts.v1 (partitioned by system, {@link FactPartitioning}; a record outside its system's partition is moved there
 * first) → classify per component within its system (state keyed by component id, what each system's components show
 * keyed by system) → gaps.v1. A rule change is an event of the facts log too ({@code RuleChanged}, in every partition,
 * see {@code RulePublisher}): it re-classifies the task's components where it stands among the facts, so that a replay
 * applies it at the same point; the rules topic itself is the catalog of record and is not read here. Records that cannot
 * be decoded, fact events that cannot be classified and rules that cannot be applied go to dead-letters.v1 with the
 * reason, stage, topic, partition and offset in headers; processing goes on.
 */
public final class ClassifierTopology {

    public static final String COMPONENT_STATE_STORE = "classifier-component-state";
    public static final String PENDING_FACTS_STORE = "classifier-pending-facts";
    public static final String RULES_STORE = "classifier-rules";
    public static final String SYSTEM_SIGNALS_STORE = "classifier-system-signals";
    /** Fact records published outside their system's partition, moved there (see {@link FactPartitioning}). */
    public static final String FACTS_BY_SYSTEM = "facts-by-system";
    static final String STAGE = "classifier";

    private ClassifierTopology() {
    }

    public record ClassifierSerdes(Serde<FactEvent> facts, Serde<GapChanged> gaps) {
    }

    /** Where the topology writes: the pipeline's gaps and dead-letter topics, or a replay's own. */
    public record Outputs(String gaps, String deadLetters) {

        public static final Outputs PIPELINE = new Outputs(Topics.GAPS.name(), Topics.DEAD_LETTERS.name());
    }

    /**
     * @param catalog    the configured catalog; rules published since (rule changes in the facts log) replace its rules of the same id
     * @param partitions partitions of the facts topic, by which a fact record outside its system's partition is told
     */
    public static Topology build(ClassifierSerdes serdes, RuleCatalog catalog, int partitions) {
        return build(serdes, catalog, partitions, Outputs.PIPELINE);
    }

    /** The same topology writing to {@code outputs}: a replay of the log beside the pipeline, which it must not write to. */
    public static Topology build(ClassifierSerdes serdes, RuleCatalog catalog, int partitions, Outputs outputs) {
        StreamsBuilder builder = new StreamsBuilder();
        // Cached by Kafka Streams, which serializes a state when it is put, while it is fresh in the processor's caches: a
        // WriteBackStore would serialize every state of a commit interval at the commit, from memory gone cold (measured:
        // the state's encoding took twice the stream thread's time that way).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COMPONENT_STATE_STORE),
                Serdes.String(), new ComponentStateSerde()).withCachingEnabled());
        // Pending facts live in memory (restored from their changelog): every scan's facts are deleted at its completion,
        // and in RocksDB each delete leaves a tombstone that a later prefix scan walks past until compaction removes it,
        // so the cost of taking a scan grew with every scan taken before it (measured: a third of the stream thread
        // after some 10,000 scans). What is pending at any time is only the scans in progress. Behind a write-back map
        // rather than Kafka Streams' cache (WriteBackStore): a scan's facts are written once each and taken a few records
        // later, mostly before the next commit; a chunk of facts is encoded only when it goes down (PendingValue).
        builder.addStateStore(new WriteBackStoreBuilder<>(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_FACTS_STORE),
                Serdes.String(), PendingValue.serde())));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RULES_STORE),
                Serdes.String(), new JsonSerde<>(Rule.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SYSTEM_SIGNALS_STORE),
                Serdes.String(), new JsonSerde<>(SystemView.class)));

        ClassifiersByTask classifiers = new ClassifiersByTask();
        String deadLetters = outputs.deadLetters();
        KStream<String, ClassificationRound> classified = deadLettered(classifiedInSystemPartitions(builder, serdes, catalog, partitions,
                classifiers), "classify", deadLetters);

        // Written as serdes.gaps() writes their Avro records, without building them (GapRoundSerializer).
        Serde<ClassificationRound> rounds = Serdes.serdeFrom(new GapRoundSerializer(serdes.gaps().serializer()), (topic, bytes) -> {
            throw new UnsupportedOperationException("the classifier only writes gap rounds");
        });
        classified.to(outputs.gaps(), Produced.with(Serdes.String(), rounds).withName("gaps-sink"));
        return builder.build();
    }

    /** Values that passed go on; dead letters go to the dead-letter topic with their original bytes and headers. */
    private static <V> KStream<String, V> deadLettered(KStream<String, Checked<V>> checked, String name, String deadLetters) {
        return checked.split(Named.as(name + "-"))
                .branch((key, value) -> value.isDeadLetter(), Branched.withConsumer(dead -> dead
                        .mapValues(value -> ((Checked.DeadLetter<V>) value).originalBytes(), Named.as(name + "-dead-letter-bytes"))
                        .to(deadLetters, Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letters-sink")),
                        "dead"))
                .defaultBranch(Branched.as("passed"))
                .get(name + "-passed")
                .mapValues(value -> ((Checked.Passed<V>) value).value(), Named.as(name + "-passed-values"));
    }

    /**
     * The facts topic classified, each record in its system's partition: the classify processor itself tells a record
     * published elsewhere (before facts were partitioned by system, or by a producer that did not) and passes it on
     * unclassified, to be moved through the repartition {@link #FACTS_BY_SYSTEM} to a second classify processor over the
     * same stores; the others, all of them when every producer partitions by system, are classified where they are read
     * and go through no other node on the way (each node a record passes costs a forward).
     */
    private static KStream<String, Checked<ClassificationRound>> classifiedInSystemPartitions(StreamsBuilder builder, ClassifierSerdes serdes,
                                                                                           RuleCatalog catalog, int partitions,
                                                                                           ClassifiersByTask classifiers) {
        String[] stores = {COMPONENT_STATE_STORE, PENDING_FACTS_STORE, RULES_STORE, SYSTEM_SIGNALS_STORE};
        PendingFactsByTask pending = new PendingFactsByTask();
        Map<String, KStream<String, Checked<ClassificationRound>>> read = builder.stream(Topics.FACTS.name(),
                        Consumed.with(Serdes.serdeFrom(Serdes.String().serializer(), new RepeatedKeys()), Serdes.ByteArray())
                                .withName("facts-source"))
                .process(() -> new ClassifyProcessor(serdes.facts().deserializer(), catalog, classifiers, pending, partitions), Named.as("classify"), stores)
                .split(Named.as("placement-"))
                .branch((key, value) -> value instanceof Checked.Misplaced, Branched.as("misplaced"))
                .defaultBranch(Branched.as("checked"));
        KStream<String, Checked<ClassificationRound>> moved = read.get("placement-misplaced")
                .mapValues(value -> ((Checked.Misplaced<ClassificationRound>) value).originalBytes(), Named.as("misplaced-fact-bytes"))
                .repartition(Repartitioned.<String, byte[]>as(FACTS_BY_SYSTEM).withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.ByteArray()).withNumberOfPartitions(partitions)
                        .withStreamPartitioner((topic, componentId, bytes, count) ->
                                Optional.of(Set.of(FactPartitioning.partitionOf(componentId, count)))))
                .process(() -> new ClassifyProcessor(serdes.facts().deserializer(), catalog, classifiers, pending, ClassifyProcessor.PLACED),
                        Named.as("classify-moved"), stores);
        return read.get("placement-checked").merge(moved, Named.as("classified"));
    }
}
