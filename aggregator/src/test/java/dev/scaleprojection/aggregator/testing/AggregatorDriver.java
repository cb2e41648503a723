package dev.scaleprojection.aggregator.testing;

import dev.scaleprojection.aggregator.api.StateStores;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The aggregator topology in a TopologyTestDriver, fed gap rounds at explicit event times; its stores readable as the API reads them. */
public final class AggregatorDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, GapChanged> gaps;

    public AggregatorDriver(AggregatorTopology.AggregatorSerdes serdes, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregator-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AggregatorTopology.build(serdes, CoherenceIndex.DEFAULT), props);
        gaps = driver.createInputTopic(Topics.GAPS.name(), new StringSerializer(), serdes.gaps().serializer());
    }

    /** Publishes a round as the classifier does: keyed by component, stamped with its own time. */
    public void publish(GapChanged round) {
        gaps.pipeInput(round.getComponentId(), round, round.getOccurredAt());
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    public StateStores stateStores() {
        return new StateStores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
                return driver.getKeyValueStore(name);
            }
        };
    }

    @Override
    public void close() {
        driver.close();
    }
}
