package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.platform.kafka.SecuredKafkaBroker;
import dev.scaleprojection.platform.registry.RegistryServerConfig;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a Kafka cluster that requires authentication (SASL/PLAIN on the in-process broker), reached with the
 * client settings of a properties file ({@code --kafka-client-properties}, key {@code kafka.client-properties}), with a
 * schema registry that requires HTTP basic authentication (credentials in its URL, or key {@code registry.basic-auth}).
 */
class SecuredClusterTest {

    @TempDir
    static Path dir;
    static EmbeddedKafkaBroker secured;
    static SchemaRegistryServer registry;
    static Path aliceProperties;
    static final String REGISTRY_USER_INFO = "alice:registry-secret";

    /** The registry's address with the credentials it requires, as a user may give it. */
    static String registryUrl() {
        return registry.url().replace("http://", "http://" + REGISTRY_USER_INFO + "@");
    }

    @BeforeAll
    static void start() throws Exception {
        secured = SecuredKafkaBroker.start(dir.resolve("kafka"));
        aliceProperties = properties("alice.properties", SecuredKafkaBroker.USER, SecuredKafkaBroker.PASSWORD);
        registry = new SchemaRegistryServer(new RegistryServerConfig(KafkaClients.of(secured.bootstrapServers(), Optional.of(aliceProperties)),
                1, "localhost", 0, Optional.of(REGISTRY_USER_INFO))).start();
    }

    @AfterAll
    static void stop() {
        registry.close();
        secured.close();
    }

    private static Path properties(String name, String user, String password) throws Exception {
        StringBuilder text = new StringBuilder();
        SecuredKafkaBroker.clientSettings(user, password).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return Files.writeString(dir.resolve(name), text);
    }

    private final CommandRun cli = new CommandRun();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void runsThePipelineAndTakesAssertionsOnASecuredClusterWithTheClientSettingsOfAFile() throws Exception {
        // when the pipeline runs once on the secured cluster, with the file naming a user's credentials, and a registry
        // that requires basic authentication
        int exit = execute("run", "--once", "--format", "json", "--bootstrap-servers", secured.bootstrapServers(),
                "--kafka-client-properties", aliceProperties.toString(), "--registry-url", registryUrl(), "--http-port", "0",
                "--data-dir", dir.resolve("run").toString(), CommandLineTest.FIXTURE);

        // then every stage read and wrote through the secured listener: the report names the fixture's components
        assertThat(exit).as(cli.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.findValuesAsText("id")).contains("default/shop/orders", "default/shop/web");

        // and an assertion is published there too
        int asserted = execute("assert", "--component", "default/shop/orders", "--statement", "tenant-isolation.repository-layer",
                "--author", "ada", "--reason", "the repositories filter by tenant", "--bootstrap-servers", secured.bootstrapServers(),
                "--kafka-client-properties", aliceProperties.toString(), "--registry-url", registryUrl());
        assertThat(asserted).as(cli.err()).isZero();
        assertThat(assertionsOnTheFactsTopic()).extracting(AssertionMade::getKind).contains("tenant-isolation.repository-layer");
    }

    @Test
    void refusesToRunWithWrongCredentialsSayingSo() throws Exception {
        int exit = execute("run", "--once", "--bootstrap-servers", secured.bootstrapServers(),
                "--kafka-client-properties", properties("mallory.properties", "mallory", "guess").toString(),
                "--registry-url", registryUrl(), "--http-port", "0", "--data-dir", dir.resolve("wrong").toString(), CommandLineTest.FIXTURE);

        assertThat(exit).isNotZero();
        assertThat(cli.err()).contains("Authentication failed").contains(secured.bootstrapServers());
    }

    private static List<AssertionMade> assertionsOnTheFactsTopic() {
        var serde = ConfluentAvroSerde.forValues(new SchemaRegistryClient(registry.url(), Optional.of(REGISTRY_USER_INFO)), FactEvent.class);
        List<AssertionMade> assertions = new ArrayList<>();
        KafkaClients alice = KafkaClients.of(secured.bootstrapServers(), Optional.of(aliceProperties));
        try (KafkaConsumer<String, FactEvent> consumer = new KafkaConsumer<>(alice.config(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")), new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.FACTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value().getPayload() instanceof AssertionMade made) {
                        assertions.add(made);
                    }
                });
            }
        }
        return assertions;
    }
}
