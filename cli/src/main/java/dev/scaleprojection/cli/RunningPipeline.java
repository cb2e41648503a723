package dev.scaleprojection.cli;

import dev.scaleprojection.platform.config.Settings;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of the commands that talk to a running pipeline: where its Kafka and schema registry are, as `run` prints them. */
final class RunningPipeline {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka of the running pipeline (key kafka.bootstrap-servers; default localhost:9092).")
    String bootstrapServers;

    @Option(names = "--kafka-client-properties", paramLabel = "FILE", description = "Kafka client settings of a secured cluster (security.protocol, sasl.*, ssl.*), as a Java properties file (key kafka.client-properties).")
    Path kafkaClientProperties;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Its schema registry (key registry.url; default http://localhost:8081). If it requires HTTP basic authentication: SCALE_PROJECTION_REGISTRY_BASIC_AUTH=USER:PASSWORD (key registry.basic-auth).")
    String registryUrl;

    private Settings settings(Optional<Path> configFile) {
        Map<String, String> options = new HashMap<>();
        Optional.ofNullable(bootstrapServers).ifPresent(v -> options.put("kafka.bootstrap-servers", v));
        Optional.ofNullable(kafkaClientProperties).ifPresent(v -> options.put(KafkaClients.PROPERTIES_KEY, v.toString()));
        Optional.ofNullable(registryUrl).ifPresent(v -> options.put("registry.url", v));
        return Settings.load(configFile, System.getenv(), options);
    }

    KafkaClients kafka() {
        return kafka(Optional.empty());
    }

    /** @param configFile the command's {@code --config} file, whose keys come after options and the environment */
    KafkaClients kafka(Optional<Path> configFile) {
        Settings settings = settings(configFile);
        return KafkaClients.of(settings.get("kafka.bootstrap-servers", "localhost:9092"), settings.find(KafkaClients.PROPERTIES_KEY).map(Path::of));
    }

    SchemaRegistryClient registry() {
        return registry(Optional.empty());
    }

    SchemaRegistryClient registry(Optional<Path> configFile) {
        Settings settings = settings(configFile);
        return new SchemaRegistryClient(settings.get("registry.url", "http://localhost:8081"), settings.find("registry.basic-auth"));
    }
}
