package dev.scaleprojection.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.platform.config.ConfigurationException;
import dev.scaleprojection.platform.registry.RegistryServerConfig;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.TopicSpec;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClientsTest {

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker secured;

    @BeforeAll
    static void start() {
        secured = SecuredKafkaBroker.start(dataDir.resolve("secured"));
    }

    @AfterAll
    static void stop() {
        secured.close();
    }

    private static Path clientProperties(String name, Map<String, String> settings) throws Exception {
        StringBuilder text = new StringBuilder("# client settings of the secured test cluster\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        return Files.writeString(dataDir.resolve(name), text);
    }

    @Test
    void givesEveryClientTheFileSettingsThenTheBootstrapServersThenTheProductsOwnChoices() throws Exception {
        Path file = Files.writeString(dataDir.resolve("mixed.properties"),
                "security.protocol=SASL_SSL\nenable.idempotence=false\nsasl.jaas.config=x required password=\"s3cret\";\n");

        KafkaClients clients = KafkaClients.of("broker-1:9093", Optional.of(file));

        assertThat(clients.config(Map.of("enable.idempotence", true))).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "broker-1:9093").containsEntry("enable.idempotence", true);
        assertThat(clients.toString()).contains("broker-1:9093", "sasl.jaas.config", file.toString()).doesNotContain("s3cret");
    }

    @Test
    void refusesAFileItCannotReadOrOneThatNamesTheBootstrapServersNamingTheKey() throws Exception {
        assertThatThrownBy(() -> KafkaClients.of("b:9092", Optional.of(dataDir.resolve("missing.properties"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kafka.client-properties").hasMessageContaining("SCALE_PROJECTION_KAFKA_CLIENT_PROPERTIES")
                .hasMessageContaining("missing.properties");
        Path withBootstrap = Files.writeString(dataDir.resolve("bootstrap.properties"), "bootstrap.servers=elsewhere:9092\n");
        assertThatThrownBy(() -> KafkaClients.of("b:9092", Optional.of(withBootstrap)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("kafka.bootstrap-servers");
    }

    @Test
    void reachesASecuredClusterWithTheSettingsOfItsFile() throws Exception {
        // given a cluster that requires SASL, and a client properties file with a user's credentials
        KafkaClients clients = KafkaClients.of(secured.bootstrapServers(),
                Optional.of(clientProperties("alice.properties", SecuredKafkaBroker.clientSettings(SecuredKafkaBroker.USER, SecuredKafkaBroker.PASSWORD))));

        // when the product creates its topics and runs its schema registry on that cluster
        new TopicAdministrator(clients).ensure(List.of(new TopicSpec<>("secured-topic", Optional.empty(), Map.of())), 1, Optional.of((short) 1));
        Schema schema = SchemaBuilder.record("Secured").namespace("dev.test").fields().requiredString("name").endRecord();
        int id;
        try (SchemaRegistryServer registry = new SchemaRegistryServer(new RegistryServerConfig(clients, 1, "localhost", 0)).start()) {
            id = new SchemaRegistryClient(registry.url()).register("secured-value", schema);
        }

        // then both worked through the secured listener: the topics exist, and a new registry reads the schema back from its topic
        try (Admin admin = clients.admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("secured-topic", "scale-projection.registry-schemas.v1");
        }
        try (SchemaRegistryServer again = new SchemaRegistryServer(new RegistryServerConfig(clients, 1, "localhost", 0)).start()) {
            assertThat(new SchemaRegistryClient(again.url()).schemaById(id)).isEqualTo(schema);
        }
    }

    @Test
    void keepsThePasswordOutOfTheFileWithAKafkaConfigProvider() throws Exception {
        // given the password in a file of its own (as a mounted secret is), referred to through Kafka's file config provider
        Path secret = Files.writeString(dataDir.resolve("secret.properties"), "password=" + SecuredKafkaBroker.PASSWORD + "\n");
        Path file = Files.writeString(dataDir.resolve("provided.properties"), String.join("\n",
                "config.providers=file",
                "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + SecuredKafkaBroker.USER
                        + "\" password=\"${file:" + secret + ":password}\";", ""));

        // when the product creates a topic with it, then it is authenticated
        new TopicAdministrator(KafkaClients.of(secured.bootstrapServers(), Optional.of(file)))
                .ensure(List.of(new TopicSpec<>("provided-topic", Optional.empty(), Map.of())), 1, Optional.of((short) 1));
        try (Admin admin = KafkaClients.of(secured.bootstrapServers(), Optional.of(file)).admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("provided-topic");
        }
    }

    @Test
    void saysWhatFailedWhenTheCredentialsAreWrong() throws Exception {
        KafkaClients wrong = KafkaClients.of(secured.bootstrapServers(),
                Optional.of(clientProperties("mallory.properties", SecuredKafkaBroker.clientSettings("mallory", "guess"))));

        assertThatThrownBy(() -> new TopicAdministrator(wrong).ensure(List.of(new TopicSpec<>("never", Optional.empty(), Map.of())), 1, Optional.of((short) 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(secured.bootstrapServers())
                .hasMessageContaining("Authentication failed");
    }
}
