package dev.scaleprojection.platform.registry;

import static dev.scaleprojection.platform.registry.RegistryHttp.REGISTRY_CONTENT_TYPE;
import static dev.scaleprojection.platform.registry.RegistryHttp.json;
import static dev.scaleprojection.platform.registry.RegistryHttp.schemaBody;
import static dev.scaleprojection.platform.registry.SampleRecords.recordWithStrings;
import static dev.scaleprojection.platform.registry.SampleRecords.withDefaultedField;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.registry.RegistryHttp.Answer;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded registry's REST API against a real in-process broker; every test uses subjects of its own. */
class SchemaRegistryServerTest {

    private static EmbeddedKafkaBroker broker;
    private static SchemaRegistryServer registry;
    private static RegistryHttp http;

    @BeforeAll
    static void startBrokerAndRegistry(@TempDir Path dataDir) {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
        http = new RegistryHttp(registry.url());
    }

    @AfterAll
    static void stopRegistryAndBroker() {
        registry.close();
        broker.close();
    }

    @Test
    void servesARegisteredSchemaByIdBySubjectVersionAndAsLatest() {
        // given two versions of a subject
        Schema first = recordWithStrings("Order", "orderId");
        Schema second = withDefaultedField(first, "note");
        int firstId = http.register("orders-value", first.toString()).body().get("id").asInt();
        int secondId = http.register("orders-value", second.toString()).body().get("id").asInt();

        // when it is looked up every way, then each answer is Confluent's
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(http.get("/schemas/ids/" + firstId).body().get("schema").asText()).isEqualTo(first.toString());
        assertThat(http.get("/subjects").body().toString()).contains("\"orders-value\"");
        assertThat(http.get("/subjects/orders-value/versions").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects/orders-value/versions/1").body().get("id").asInt()).isEqualTo(firstId);
        Answer latest = http.get("/subjects/orders-value/versions/latest");
        assertThat(latest.body().get("subject").asText()).isEqualTo("orders-value");
        assertThat(latest.body().get("version").asInt()).isEqualTo(2);
        assertThat(latest.body().get("id").asInt()).isEqualTo(secondId);
        assertThat(new Schema.Parser().parse(latest.body().get("schema").asText())).isEqualTo(second);
    }

    @Test
    void givesAnIdenticalSchemaTheSameIdWithoutANewVersionAndSharesItAcrossSubjects() {
        // given a registered schema
        Schema invoice = recordWithStrings("Invoice", "invoiceId", "amount");
        int id = http.register("invoices-value", invoice.toString()).body().get("id").asInt();

        // when the same schema is registered again, here and under another subject
        Answer again = http.register("invoices-value", invoice.toString());
        Answer elsewhere = http.register("invoices-archive-value", invoice.toString());

        // then the id is the same and only the new subject gains a version
        assertThat(again.body().get("id").asInt()).isEqualTo(id);
        assertThat(elsewhere.body().get("id").asInt()).isEqualTo(id);
        assertThat(http.get("/subjects/invoices-value/versions").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects/invoices-archive-value/versions").body().toString()).isEqualTo("[1]");
    }

    @Test
    void refusesAnIncompatibleChangeWith409AndAcceptsABackwardCompatibleOne() {
        // given a subject under the default BACKWARD level
        Schema customer = recordWithStrings("Customer", "customerId");
        http.register("customers-value", customer.toString());

        // when a required field is added, then it is refused
        Answer refused = http.register("customers-value", recordWithStrings("Customer", "customerId", "tenantId").toString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("error_code").asInt()).isEqualTo(409);
        assertThat(refused.body().get("message").asText()).contains("customers-value", "tenantId");

        // and when the field has a default, then it is accepted as version 2
        Answer accepted = http.register("customers-value", withDefaultedField(customer, "tenantId").toString());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(http.get("/subjects/customers-value/versions").body().toString()).isEqualTo("[1,2]");
    }

    @Test
    void saysWhetherASchemaIsCompatibleWithoutRegisteringIt() {
        // given a registered subject
        Schema shipment = recordWithStrings("Shipment", "shipmentId");
        http.register("shipments-value", shipment.toString());

        // when compatible and incompatible candidates are checked
        Answer compatible = http.post("/compatibility/subjects/shipments-value/versions/latest", REGISTRY_CONTENT_TYPE,
                schemaBody(withDefaultedField(shipment, "carrier").toString()));
        Answer incompatible = http.post("/compatibility/subjects/shipments-value/versions/1", REGISTRY_CONTENT_TYPE,
                schemaBody(recordWithStrings("Shipment", "shipmentId", "carrier").toString()));

        // then
        assertThat(compatible.body().get("is_compatible").asBoolean()).isTrue();
        assertThat(compatible.body().has("messages")).isFalse();
        assertThat(incompatible.body().get("is_compatible").asBoolean()).isFalse();
        assertThat(incompatible.body().get("messages").toString()).contains("carrier");
        assertThat(http.get("/subjects/shipments-value/versions").body().toString()).isEqualTo("[1]");
    }

    @Test
    void readsAndChangesTheGlobalLevelInEitherRequestSpelling() {
        // given the default
        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        try {
            // when changed with Confluent's "compatibility" spelling, then it answers like Confluent and takes effect
            Answer changed = http.put("/config", REGISTRY_CONTENT_TYPE, json(Map.of("compatibility", "FULL")));
            assertThat(changed.body().get("compatibility").asText()).isEqualTo("FULL");
            assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL");

            // and the "compatibilityLevel" spelling works too
            http.put("/config", "application/json", json(Map.of("compatibilityLevel", "forward_transitive")));
            assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FORWARD_TRANSITIVE");
        } finally {
            http.put("/config", REGISTRY_CONTENT_TYPE, json(Map.of("compatibility", "BACKWARD")));
        }
    }

    @Test
    void aSubjectLevelOverridesTheGlobalOneForThatSubjectOnly() {
        // given a subject set to NONE
        http.register("free-value", recordWithStrings("Free", "a").toString());
        Answer set = http.put("/config/free-value", REGISTRY_CONTENT_TYPE, json(Map.of("compatibility", "NONE")));
        assertThat(set.body().get("compatibility").asText()).isEqualTo("NONE");

        // when an incompatible change is registered, then that subject accepts it
        assertThat(http.register("free-value", recordWithStrings("Free", "b").toString()).status()).isEqualTo(200);
        assertThat(http.get("/config/free-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");

        // and a subject without its own level says so, unless asked for the global default
        Answer unset = http.get("/config/other-value");
        assertThat(unset.status()).isEqualTo(404);
        assertThat(unset.body().get("error_code").asInt()).isEqualTo(40408);
        assertThat(http.get("/config/other-value?defaultToGlobal=true").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    }

    @Test
    void answersUnknownSubjectsVersionsAndIdsWith404AndConfluentErrorCodes() {
        // given one registered subject
        http.register("known-value", recordWithStrings("Known", "id").toString());

        // when unknown things are asked for, then
        assertError(http.get("/subjects/unknown-value/versions"), 404, 40401);
        assertError(http.get("/subjects/unknown-value/versions/latest"), 404, 40401);
        assertError(http.get("/subjects/known-value/versions/7"), 404, 40402);
        assertError(http.get("/schemas/ids/999999"), 404, 40403);
        assertError(http.get("/subjects/known-value/versions/zero"), 422, 42202);
        assertError(http.get("/no/such/route"), 404, 404);
    }

    @Test
    void namesTheBadFieldOfAMalformedBody() {
        // when bodies are malformed, then each answer says what is wrong with which field
        assertError(http.post("/subjects/bad-value/versions", REGISTRY_CONTENT_TYPE, "{\"schema\": "), 400, 400);
        assertError(http.post("/subjects/bad-value/versions", REGISTRY_CONTENT_TYPE, "[]"), 400, 400);
        Answer missing = http.post("/subjects/bad-value/versions", REGISTRY_CONTENT_TYPE, "{\"schma\": \"x\"}");
        assertError(missing, 422, 42201);
        assertThat(missing.body().get("message").asText()).contains("'schema'", "missing");
        Answer notAvro = http.register("bad-value", "{\"type\": \"record\", \"name\": \"X\", \"fields\": [{\"name\": \"a\"}]}");
        assertError(notAvro, 422, 42201);
        Answer protobuf = http.post("/subjects/bad-value/versions", REGISTRY_CONTENT_TYPE,
                json(Map.of("schema", "syntax = \"proto3\";", "schemaType", "PROTOBUF")));
        assertError(protobuf, 422, 42201);
        assertThat(protobuf.body().get("message").asText()).contains("'schemaType'", "only AVRO");
        Answer level = http.put("/config", REGISTRY_CONTENT_TYPE, json(Map.of("compatibility", "SOMETIMES")));
        assertError(level, 422, 42203);
        assertError(http.put("/config", REGISTRY_CONTENT_TYPE, "{}"), 422, 42203);
        assertError(http.post("/subjects/bad-value/versions", "text/plain", schemaBody("\"string\"")), 415, 415);
        // and nothing was registered
        assertError(http.get("/subjects/bad-value/versions"), 404, 40401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json; charset=utf-8"})
    void acceptsEachRegistryContentType(String contentType) {
        // when a schema is registered with the content type, then it is accepted
        Answer answer = http.post("/subjects/content-types-value/versions", contentType, schemaBody(recordWithStrings("Typed", "id").toString()));
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void keepsIdsVersionsAndLevelsAcrossARestartOnTheSameBroker() {
        // given a registry that registered two versions and set a level, then stopped
        Schema parcel = recordWithStrings("Parcel", "parcelId");
        int firstId;
        int secondId;
        try (SchemaRegistryServer before = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start()) {
            RegistryHttp beforeHttp = new RegistryHttp(before.url());
            firstId = beforeHttp.register("parcels-value", parcel.toString()).body().get("id").asInt();
            secondId = beforeHttp.register("parcels-value", withDefaultedField(parcel, "size").toString()).body().get("id").asInt();
            beforeHttp.put("/config/parcels-value", REGISTRY_CONTENT_TYPE, json(Map.of("compatibility", "FULL")));
        }

        // when a new registry starts on the same broker
        try (SchemaRegistryServer after = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start()) {
            RegistryHttp afterHttp = new RegistryHttp(after.url());

            // then it knows the same ids, versions and level, and a new schema gets a new id
            assertThat(afterHttp.get("/subjects/parcels-value/versions").body().toString()).isEqualTo("[1,2]");
            assertThat(afterHttp.get("/subjects/parcels-value/versions/2").body().get("id").asInt()).isEqualTo(secondId);
            assertThat(afterHttp.get("/schemas/ids/" + firstId).body().get("schema").asText()).isEqualTo(parcel.toString());
            assertThat(afterHttp.get("/config/parcels-value").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
            int thirdId = afterHttp.register("parcels-value", withDefaultedField(withDefaultedField(parcel, "size"), "weight").toString())
                    .body().get("id").asInt();
            assertThat(thirdId).isGreaterThan(Math.max(firstId, secondId));
        }
    }

    private static void assertError(Answer answer, int status, int errorCode) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.body().get("error_code").asInt()).as("error_code of %s", answer.body()).isEqualTo(errorCode);
        assertThat(answer.body().get("message").asText()).isNotBlank();
    }
}
