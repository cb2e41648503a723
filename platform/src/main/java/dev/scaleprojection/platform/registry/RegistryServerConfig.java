package dev.scaleprojection.platform.registry;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the embedded schema registry keeps its state (the Kafka cluster, and the replication factor of its topic if it
 * has to create it), where it listens (host, and port; 0 picks a free one), and the {@code USER:PASSWORD} every request
 * must carry as HTTP basic authentication, if any.
 */
public record RegistryServerConfig(KafkaClients kafka, int replicationFactor, String host, int port, Optional<String> basicAuth) {

    public RegistryServerConfig(KafkaClients kafka, int replicationFactor, String host, int port) {
        this(kafka, replicationFactor, host, port, Optional.empty());
    }

    public RegistryServerConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(host, "host");
        basicAuth = Objects.requireNonNullElse(basicAuth, Optional.<String>empty()).filter(value -> !value.isBlank());
        if (basicAuth.isPresent() && !basicAuth.get().contains(":")) {
            throw new IllegalArgumentException("The registry's basic authentication must be USER:PASSWORD; it has no ':'");
        }
        if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException("The registry topic's replication factor must be at least 1, not " + replicationFactor);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The registry port must be between 0 (any free port) and 65535, not " + port);
        }
    }
}
