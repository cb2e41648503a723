package dev.scaleprojection.platform.kafka;

import dev.scaleprojection.platform.config.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * How every Kafka client of the process reaches the cluster: its bootstrap servers and the client settings a secured
 * cluster needs (security protocol, SASL mechanism and JAAS configuration, TLS trust and key stores …), read from a
 * Java properties file as Kafka's own tools take one ({@code --command-config}). A client's configuration is those
 * settings, then the bootstrap servers, then the choices the product makes for that client (serializers,
 * idempotence, {@code read_committed} …), which a settings file cannot undo.
 */
public final class KafkaClients {

    /** The configuration key (and, upper-cased, environment variable) naming the client properties file. */
    public static final String PROPERTIES_KEY = "kafka.client-properties";

    private final String bootstrapServers;
    private final Map<String, String> settings;
    private final Optional<Path> source;

    private KafkaClients(String bootstrapServers, Map<String, String> settings, Optional<Path> source) {
        this.bootstrapServers = bootstrapServers;
        this.settings = Map.copyOf(settings);
        this.source = source;
    }

    /** A cluster that needs no client settings: the embedded broker, a plaintext development cluster. */
    public static KafkaClients plaintext(String bootstrapServers) {
        return new KafkaClients(bootstrapServers, Map.of(), Optional.empty());
    }

    /** A cluster reached with these client settings (tests; the product reads them from a file, {@link #of}). */
    public static KafkaClients with(String bootstrapServers, Map<String, String> settings) {
        return new KafkaClients(bootstrapServers, new TreeMap<>(settings), Optional.empty());
    }

    /**
     * @param propertiesFile a Java properties file of Kafka client settings; empty for none
     * @throws ConfigurationException if the file cannot be read, or sets {@code bootstrap.servers} (which has its own key)
     */
    public static KafkaClients of(String bootstrapServers, Optional<Path> propertiesFile) {
        if (propertiesFile.isEmpty()) {
            return plaintext(bootstrapServers);
        }
        Path file = propertiesFile.get();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException(PROPERTIES_KEY, file.toString(),
                    "a readable Java properties file of Kafka client settings (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (properties.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new ConfigurationException(PROPERTIES_KEY, file.toString(),
                    "a file without bootstrap.servers: set kafka.bootstrap-servers (--bootstrap-servers) instead");
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name).trim()));
        return new KafkaClients(bootstrapServers, settings, Optional.of(file));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The client settings from the file, for clients configured elsewhere (Kafka Streams). */
    public Map<String, String> settings() {
        return settings;
    }

    /** A client's configuration: the file's settings, the bootstrap servers, then {@code productChoices}. */
    public Map<String, Object> config(Map<String, ?> productChoices) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(productChoices);
        return config;
    }

    public Admin admin(Map<String, ?> productChoices) {
        return Admin.create(config(productChoices));
    }

    public Admin admin() {
        return admin(Map.of());
    }

    /** Where the clients connect and which settings they add, never a setting's value (it may be a password). */
    @Override
    public String toString() {
        if (settings.isEmpty()) {
            return bootstrapServers;
        }
        return bootstrapServers + " with the client settings " + new TreeSet<>(settings.keySet()) + source.map(file -> " of " + file).orElse("");
    }
}
