package dev.scaleprojection.cli;

import dev.scaleprojection.platform.config.Settings;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of the commands that talk to a running pipeline: where its Kafka and schema registry are, as `run` prints them. */
final class RunningPipeline {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka of the running pipeline (key kafka.bootstrap-servers; default localhost:9092).")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Its schema registry (key registry.url; default http://localhost:8081).")
    String registryUrl;

    private Settings settings() {
        Map<String, String> options = new HashMap<>();
        Optional.ofNullable(bootstrapServers).ifPresent(v -> options.put("kafka.bootstrap-servers", v));
        Optional.ofNullable(registryUrl).ifPresent(v -> options.put("registry.url", v));
        return Settings.load(Optional.empty(), System.getenv(), options);
    }

    String bootstrap() {
        return settings().get("kafka.bootstrap-servers", "localhost:9092");
    }

    SchemaRegistryClient registry() {
        return new SchemaRegistryClient(settings().get("registry.url", "http://localhost:8081"));
    }
}
