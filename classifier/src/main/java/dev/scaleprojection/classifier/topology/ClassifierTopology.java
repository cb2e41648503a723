package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.platform.streams.DecodeProcessor;
import dev.scaleprojection.platform.streams.Decoded;
import dev.scaleprojection.platform.streams.JsonSerde;
import dev.scaleprojection.schemas.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * facts.v1 → classify per component (state keyed by component id) → gaps.v1. Records that cannot be decoded go to
 * dead-letters.v1 with the reason in headers; processing goes on.
 */
public final class ClassifierTopology {

    public static final String COMPONENT_STATE_STORE = "classifier-component-state";
    public static final String PENDING_FACTS_STORE = "classifier-pending-facts";
    static final String STAGE = "classifier";

    private ClassifierTopology() {
    }

    public static Topology build(Serde<FactEvent> factSerde, Serde<GapChanged> gapSerde, RuleCatalog catalog) {
        Classifier classifier = new Classifier(catalog);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COMPONENT_STATE_STORE),
                Serdes.String(), new JsonSerde<>(ComponentState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_FACTS_STORE),
                Serdes.String(), new JsonSerde<>(StorePendingFacts.Entry.class)));

        KStream<String, Decoded<FactEvent>> decoded = builder
                .stream(Topics.FACTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("facts-source"))
                .processValues(() -> new DecodeProcessor<>(factSerde.deserializer(), STAGE), Named.as("decode-facts"));

        decoded.split(Named.as("facts-"))
                .branch((componentId, value) -> value.isUndecodable(), Branched.withConsumer(undecodable -> undecodable
                        .mapValues(value -> ((Decoded.Undecodable<FactEvent>) value).originalBytes(), Named.as("undecodable-bytes"))
                        .to(Topics.DEAD_LETTERS.name(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("dead-letters-sink")),
                        "undecodable"))
                .defaultBranch(Branched.withConsumer(valid -> valid
                        .mapValues(value -> ((Decoded.Value<FactEvent>) value).value(), Named.as("fact-events"))
                        .process(() -> new ClassifyProcessor(classifier), Named.as("classify"), COMPONENT_STATE_STORE, PENDING_FACTS_STORE)
                        .to(Topics.GAPS.name(), Produced.with(Serdes.String(), gapSerde).withName("gaps-sink")),
                        "valid"));
        return builder.build();
    }
}
