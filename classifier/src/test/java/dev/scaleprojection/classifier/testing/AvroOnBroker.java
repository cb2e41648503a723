package dev.scaleprojection.classifier.testing;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;

/**
 * An in-process broker with the schema registry on it, and the classifier's Confluent Avro serdes: what the classifier's
 * topology and integration tests need to speak Avro for real. One per test class.
 */
public record AvroOnBroker(EmbeddedKafkaBroker broker, SchemaRegistryServer registry, ConfluentAvroSerde<FactEvent> facts,
                           ConfluentAvroSerde<GapChanged> gaps, ConfluentAvroSerde<Rule> rules) implements AutoCloseable {

    public static AvroOnBroker start(Path dataDir) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        SchemaRegistryServer registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        return new AvroOnBroker(broker, registry, ConfluentAvroSerde.forValues(client, FactEvent.class),
                ConfluentAvroSerde.forValues(client, GapChanged.class), ConfluentAvroSerde.forValues(client, Rule.class));
    }

    public ClassifierTopology.ClassifierSerdes serdes() {
        return new ClassifierTopology.ClassifierSerdes(facts, gaps);
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
