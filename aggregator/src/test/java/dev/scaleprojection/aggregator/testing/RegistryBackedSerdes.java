package dev.scaleprojection.aggregator.testing;

import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;

/** A real broker and schema registry, and the aggregator's Avro serdes on them: what every topology and API test needs. */
public final class RegistryBackedSerdes implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryServer registry;
    private final AggregatorTopology.AggregatorSerdes serdes;

    private RegistryBackedSerdes(EmbeddedKafkaBroker broker, SchemaRegistryServer registry, AggregatorTopology.AggregatorSerdes serdes) {
        this.broker = broker;
        this.registry = registry;
        this.serdes = serdes;
    }

    public static RegistryBackedSerdes start(Path dataDir) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        SchemaRegistryServer registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        return new RegistryBackedSerdes(broker, registry, new AggregatorTopology.AggregatorSerdes(
                ConfluentAvroSerde.forValues(client, GapChanged.class), ConfluentAvroSerde.forValues(client, ComponentAssessed.class),
                ConfluentAvroSerde.forValues(client, ScoreChanged.class)));
    }

    public AggregatorTopology.AggregatorSerdes serdes() {
        return serdes;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
