package dev.scaleprojection.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scaleprojection.avro.Axis;
import dev.scaleprojection.avro.Concern;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.avro.LevelCategory;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.ScaleVector;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import dev.scaleprojection.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemas module's client and serde against the embedded registry on a real in-process broker. */
class ConfluentAvroSerdeRoundTripTest {

    private static EmbeddedKafkaBroker broker;
    private static SchemaRegistryServer registry;

    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @BeforeAll
    static void startBrokerAndRegistry(@TempDir Path dataDir) {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = new SchemaRegistryServer(broker.bootstrapServers(), 1, "localhost", 0).start();
    }

    @AfterAll
    static void stopRegistryAndBroker() {
        registry.close();
        broker.close();
    }

    @Test
    void roundTripsAFactEventAndRegistersItsSchemaUnderTheTopicValueSubject() {
        // given a serde for facts
        ConfluentAvroSerde<FactEvent> factSerde = ConfluentAvroSerde.forValues(client, FactEvent.class);
        FactEvent event = SampleRecords.hardcodedEndpointObserved();

        // when an event is written and read back
        byte[] bytes = factSerde.serializer().serialize("facts", event);
        FactEvent read = factSerde.deserializer().deserialize("facts", bytes);

        // then it is the same event, and its schema is the subject's only version
        assertThat(read).isEqualTo(event);
        assertThat(client.subjects()).contains("facts-value");
        assertThat(client.versions("facts-value")).containsExactly(1);
    }

    @Test
    void writesMagicByteZeroThenTheRegisteredSchemaIdBigEndian() {
        // given the id the registry gives the FactEvent schema
        int id = client.register("facts-wire-value", FactEvent.getClassSchema());

        // when an event is written to that topic
        byte[] bytes = ConfluentAvroSerde.forValues(client, FactEvent.class).serializer()
                .serialize("facts-wire", SampleRecords.hardcodedEndpointObserved());

        // then the header is Confluent's
        ByteBuffer header = ByteBuffer.wrap(bytes);
        assertThat(header.get()).isZero();
        assertThat(header.getInt()).isEqualTo(id);
        assertThat(client.schemaById(id)).isEqualTo(FactEvent.getClassSchema());
    }

    @Test
    void registersKeySchemasUnderTheTopicKeySubject() {
        // given a key serde
        ConfluentAvroSerde<FactEvent> keySerde = new ConfluentAvroSerde<>(client, FactEvent.class, true);

        // when a key is written
        keySerde.serializer().serialize("keyed", SampleRecords.hardcodedEndpointObserved());

        // then its subject is <topic>-key
        assertThat(client.subjects()).contains("keyed-key").doesNotContain("keyed-value");
    }

    @Test
    void readsARuleWrittenWithTheOlderSchemaVersionIntoTheNewerClass() throws IOException {
        // given version 1 of Rule, without 'remediation' and the fields added after it, registered and used by an old producer
        Schema olderRule = withoutFieldsFrom(Rule.getClassSchema(), "remediation");
        int olderId = client.register("rules-value", olderRule);
        byte[] written = writeInWireFormat(olderId, olderRule, rule("whatever the old producer had"));

        // when today's Rule class reads it
        Rule read = ConfluentAvroSerde.forValues(client, Rule.class).deserializer().deserialize("rules", written);

        // then every field arrives and the new one takes its default
        assertThat(read.getRuleId()).isEqualTo("config.hardcoded-endpoint");
        assertThat(read.getCategories()).containsExactly(new LevelCategory(Level.SERVICE, GapCategory.CONCERNING));
        assertThat(read.getRemediation()).isEmpty();
        // and the registry accepts today's schema as the next version of the subject
        assertThat(client.isCompatible("rules-value", "latest", Rule.getClassSchema())).isTrue();
    }

    @Test
    void refusesAnUnknownSchemaIdAsASerializationException() {
        // given bytes that point at an id the registry never gave
        byte[] bytes = {0, 0, 0, 0x7f, 0x7f, 2, 'x'};

        // when read, then the failure names the topic and the id
        assertThatThrownBy(() -> ConfluentAvroSerde.forValues(client, FactEvent.class).deserializer().deserialize("facts", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'facts'")
                .hasMessageContaining("Schema id 32639 is not known");
    }

    @Test
    void explainsARefusedIncompatibleSchemaThroughTheClient() {
        // given a subject holding Rule
        client.register("rules-strict-value", Rule.getClassSchema());

        // when an unrelated record is registered under it
        var error = catchThrowableOfType(SchemaRegistryException.class,
                () -> client.register("rules-strict-value", SampleRecords.recordWithStrings("Rule", "somethingElse")));

        // then
        assertThat(error.httpStatus()).isEqualTo(409);
        assertThat(error.getMessage()).contains("subject 'rules-strict-value'", "somethingElse");
        assertThat(client.isCompatible("rules-strict-value", "1", SampleRecords.recordWithStrings("Rule", "somethingElse"))).isFalse();
    }

    @Test
    void deserializesGeneratedClassesInAJvmThatTrustsNoPackages() throws Exception {
        // given a JVM where Avro trusts no application package, as plain Avro shows
        assertThat(WithoutAvroTrustedPackages.call(UntrustedJvmRoundTrip.class, "throughAPlainSpecificReader"))
                .startsWith("SecurityException")
                .contains("dev.scaleprojection.avro");

        // when the serde round-trips an event there
        String read = WithoutAvroTrustedPackages.call(UntrustedJvmRoundTrip.class, "throughTheSerde", registry.url(), "facts-untrusted");

        // then it reads it, and the property is back for everyone else
        assertThat(read).isEqualTo(SampleRecords.hardcodedEndpointObserved().toString());
        assertThat(System.getProperty(WithoutAvroTrustedPackages.PROPERTY)).contains("dev.scaleprojection");
    }

    private static Rule rule(String remediation) {
        return Rule.newBuilder().setRuleId("config.hardcoded-endpoint").setVersion(1).setConcern(Concern.CONFIGURATION)
                .setAxis(Axis.CONTEXT).setScaleVectors(List.of(ScaleVector.GEOGRAPHIC_DISTRIBUTION)).setTitle("Endpoint hard-coded in code")
                .setFactKinds(List.of("endpoint.hardcoded")).setAttributeEquals(Map.of())
                .setCategories(List.of(new LevelCategory(Level.SERVICE, GapCategory.CONCERNING))).setCurrentState("a literal URL")
                .setAtScale("one URL per region").setRequired("read it from configuration").setRemediation(remediation).build();
    }

    private static Schema withoutFieldsFrom(Schema record, String first) {
        List<Schema.Field> fields = record.getFields().subList(0, record.getField(first).pos()).stream()
                .map(field -> new Schema.Field(field, field.schema()))
                .toList();
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    /** Only the last fields are missing, so field positions agree and the generated record can be written with the older schema. */
    private static byte[] writeInWireFormat(int schemaId, Schema writerSchema, Rule rule) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<Rule>(writerSchema).write(rule, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
