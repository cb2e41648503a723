package dev.scaleprojection.platform.registry;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.util.Objects;

/**
 * Where the embedded schema registry keeps its state (the Kafka cluster, and the replication factor of its topic if it
 * has to create it) and where it listens (host, and port; 0 picks a free one).
 */
public record RegistryServerConfig(KafkaClients kafka, int replicationFactor, String host, int port) {

    public RegistryServerConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(host, "host");
        if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException("The registry topic's replication factor must be at least 1, not " + replicationFactor);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The registry port must be between 0 (any free port) and 65535, not " + port);
        }
    }
}
