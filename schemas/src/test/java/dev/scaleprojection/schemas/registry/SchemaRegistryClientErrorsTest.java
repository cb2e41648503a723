package dev.scaleprojection.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.avro.Rule;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientErrorsTest {

    @Test
    void explainsAnIncompatibleSchemaWithTheRegistryMessageAndTheSubject() throws IOException {
        // given a registry that refuses the schema as incompatible
        String refusal = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}";
        try (StubRegistry registry = new StubRegistry(409, refusal)) {
            // when a schema is registered under a subject that needs encoding
            var error = catchThrowableOfType(SchemaRegistryException.class,
                    () -> new SchemaRegistryClient(registry.url()).register("rules v1-value", Rule.getClassSchema()));

            // then the message names the subject and repeats the registry's reason
            assertThat(error.httpStatus()).isEqualTo(409);
            assertThat(error.errorCode()).isEqualTo(409);
            assertThat(error.getMessage())
                    .contains("subject 'rules v1-value'")
                    .contains("Schema being registered is incompatible with an earlier schema")
                    .contains("Make the change compatible");
            // and the request was the Confluent one: encoded path, registry content type, schema text without schemaType
            StubRegistry.Request sent = registry.lastRequest();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.rawPath()).isEqualTo("/subjects/rules%20v1-value/versions");
            assertThat(sent.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            var body = new ObjectMapper().readTree(sent.body());
            assertThat(body.get("schema").asText()).isEqualTo(Rule.getClassSchema().toString());
            assertThat(body.has("schemaType")).isFalse();
        }
    }

    @Test
    void explainsAnInvalidSchema() {
        // given a registry that cannot parse the schema
        try (StubRegistry registry = new StubRegistry(422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}")) {
            // when registering
            var error = catchThrowableOfType(SchemaRegistryException.class,
                    () -> new SchemaRegistryClient(registry.url()).register("rules-value", Rule.getClassSchema()));

            // then
            assertThat(error.errorCode()).isEqualTo(42201);
            assertThat(error.getMessage()).contains("rejected the schema for subject 'rules-value' as invalid", "Invalid schema");
        }
    }

    @Test
    void explainsAnUnknownSchemaId() {
        // given a registry that does not know the id
        try (StubRegistry registry = new StubRegistry(404, "{\"error_code\":40403,\"message\":\"Schema 7 not found\"}")) {
            // when looking it up
            var error = catchThrowableOfType(SchemaRegistryException.class, () -> new SchemaRegistryClient(registry.url()).schemaById(7));

            // then
            assertThat(error.isNotFound()).isTrue();
            assertThat(error.getMessage()).startsWith("Schema id 7 is not known to the schema registry at " + registry.url());
        }
    }

    @Test
    void explainsAnUnknownSubject() {
        // given a registry that does not know the subject
        try (StubRegistry registry = new StubRegistry(404, "{\"error_code\":40401,\"message\":\"Subject 'nope' not found.\"}")) {
            // when listing its versions
            var error = catchThrowableOfType(SchemaRegistryException.class, () -> new SchemaRegistryClient(registry.url()).versions("nope"));

            // then
            assertThat(error.errorCode()).isEqualTo(40401);
            assertThat(error.getMessage()).startsWith("Subject 'nope' is not known to the schema registry");
        }
    }

    @Test
    void reportsAnyOtherErrorWithItsStatusCodeAndMessage() {
        // given a registry whose store is broken
        try (StubRegistry registry = new StubRegistry(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}")) {
            // when listing subjects
            var error = catchThrowableOfType(SchemaRegistryException.class, () -> new SchemaRegistryClient(registry.url()).subjects());

            // then
            assertThat(error.getMessage()).contains("HTTP 500", "error_code 50001", "Error in the backend data store", "GET /subjects");
        }
    }

    @Test
    void saysWhenTheAnswerIsNotFromASchemaRegistry() {
        // given a web server that answers HTML
        try (StubRegistry registry = new StubRegistry(200, "<html>hello</html>")) {
            // when asking for subjects
            var error = catchThrowableOfType(SchemaRegistryException.class, () -> new SchemaRegistryClient(registry.url()).subjects());

            // then
            assertThat(error.getMessage()).contains("not the expected JSON", "<html>hello</html>");
        }
    }

    @Test
    void tellsTheUserHowToPointAtARegistryThatIsNotRunning() throws IOException {
        // given a port nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://localhost:" + closedPort;

        // when the client is used
        var error = catchThrowableOfType(SchemaRegistryException.class, () -> new SchemaRegistryClient(url).schemaById(1));

        // then
        assertThat(error.getMessage()).isEqualTo("The schema registry at " + url + " is not reachable (connection refused)."
                + " Is it running? Set its URL with --registry-url or SCALE_PROJECTION_REGISTRY_URL.");
        assertThat(error.httpStatus()).isZero();
    }
}
