package dev.scaleprojection.platform.registry;

import static dev.scaleprojection.platform.registry.SampleRecords.recordWithStrings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import dev.scaleprojection.schemas.registry.SchemaRegistryException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry that requires HTTP basic authentication (registry.basic-auth), and the client that sends it. */
class SchemaRegistryBasicAuthTest {

    private static EmbeddedKafkaBroker broker;
    private static SchemaRegistryServer registry;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = new SchemaRegistryServer(new RegistryServerConfig(broker.clients(), 1, "localhost", 0, Optional.of("ada:s3cret"))).start();
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    @Test
    void servesAClientThatSendsItsCredentialsAndRefusesOneThatDoesNot() {
        Schema order = recordWithStrings("Order", "orderId");

        // with the credentials given apart, or in the URL (never shown again), the client registers and reads schemas
        SchemaRegistryClient explicit = new SchemaRegistryClient(registry.url(), Optional.of("ada:s3cret"));
        int id = explicit.register("orders-value", order);
        SchemaRegistryClient inUrl = new SchemaRegistryClient(registry.url().replace("http://", "http://ada:s3cret@"));
        assertThat(inUrl.schemaById(id)).isEqualTo(order);
        assertThat(inUrl.registryUrl()).isEqualTo(registry.url()).doesNotContain("s3cret");

        // without them, or with a wrong password, it is refused with 401, in Confluent's error shape
        assertThatThrownBy(() -> new SchemaRegistryClient(registry.url()).subjects())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.errorCode()).isEqualTo(40101);
                    assertThat(e.getMessage()).contains("registry.basic-auth");
                });
        assertThatThrownBy(() -> new SchemaRegistryClient(registry.url(), Optional.of("ada:guess")).schemaById(id))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
    }

    @Test
    void refusesCredentialsWithoutAUserAndPasswordSeparator() {
        assertThatThrownBy(() -> new SchemaRegistryClient(registry.url(), Optional.of("just-a-token")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USER:PASSWORD");
        assertThatThrownBy(() -> new RegistryServerConfig(broker.clients(), 1, "localhost", 0, Optional.of("no-separator")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USER:PASSWORD");
    }
}
