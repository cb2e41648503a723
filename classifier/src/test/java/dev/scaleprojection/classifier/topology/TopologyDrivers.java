package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/** The classifier topology with the built-in catalog in a TopologyTestDriver, its state in a fresh folder each time. */
final class TopologyDrivers {

    private TopologyDrivers() {
    }

    static TopologyTestDriver classifier(AvroOnBroker avro, Path dataDir, String applicationId, int partitions) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("state-" + System.nanoTime()).toString());
        return new TopologyTestDriver(ClassifierTopology.build(avro.serdes(), RuleCatalogLoader.builtin(), partitions), props);
    }
}
