package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct reader must read exactly what the Avro deserializer reads, and answer nothing for what it does not read:
 * the classify processor then decodes the record with the deserializer, which says what is wrong with bad bytes.
 */
class ObservedFactReaderTest {

    private static final String TOPIC = "scale-projection.facts.v1";
    private static final List<String> TEXTS = List.of("", "a", "orders", "jdbc:postgresql://db:5432/orders?user=***",
            "Ünïcødé façade", "日本語のスニペット", "emoji 😀 in a snippet", "nul\u0000inside", "x".repeat(300),
            "line one\nline two\r\n\ttabbed", "\uFFFD replacement");

    @TempDir
    static Path dataDir;
    private static AvroOnBroker avro;

    @BeforeAll
    static void start() {
        avro = AvroOnBroker.start(dataDir);
    }

    @AfterAll
    static void stop() {
        avro.close();
    }

    @Test
    void followsTheLayoutOfTheFactEventSchemaItWasWrittenFor() {
        assertThat(SchemaNormalization.parsingFingerprint64(FactEvent.getClassSchema()))
                .as("FactEvent changed: make ObservedFactReader.read follow its layout, then set LAYOUT to this fingerprint")
                .isEqualTo(ObservedFactReader.LAYOUT);
    }

    @Test
    void readsEveryObservedFactAsTheAvroDeserializerAndTheMappingDo() {
        Serializer<FactEvent> serializer = avro.facts().serializer();
        Deserializer<FactEvent> deserializer = avro.facts().deserializer();
        ObservedFactReader reader = new ObservedFactReader(deserializer);
        Random random = new Random(7);

        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = serializer.serialize(TOPIC, observed(random));
            assertSameAsAvro(reader.read(bytes), deserializer.deserialize(TOPIC, bytes));
        }
    }

    @Test
    void readsAttributesWrittenInSeveralBlocksOfKnownSize() throws IOException {
        Deserializer<FactEvent> deserializer = avro.facts().deserializer();
        FactEvent event = observed(new Random(11));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            attributes.put("attribute-" + i, "value " + i + " " + "v".repeat(i));
        }
        ((FactObserved) event.getPayload()).setAttributes(new LinkedHashMap<>(attributes));
        byte[] written = avro.facts().serializer().serialize(TOPIC, event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(written, 0, 5);
        // The blocking encoder writes a map as blocks of a negative count followed by the block's size in bytes.
        BinaryEncoder blocking = new EncoderFactory().configureBlockSize(64).blockingBinaryEncoder(out, null);
        new SpecificDatumWriter<>(FactEvent.class).write(event, blocking);
        blocking.flush();
        byte[] bytes = out.toByteArray();
        assertThat(bytes).isNotEqualTo(written);

        ObservedFactReader.Observation observation = new ObservedFactReader(deserializer).read(bytes);
        assertSameAsAvro(observation, deserializer.deserialize(TOPIC, bytes));
        assertThat(observation.attributes()).isEqualTo(attributes);
    }

    @Test
    void leavesOtherPayloadsToTheDeserializer() {
        Serializer<FactEvent> serializer = avro.facts().serializer();
        ObservedFactReader reader = new ObservedFactReader(avro.facts().deserializer());
        FactEvent completed = new FactEvent("scan-1", "acme/shop/orders", Instant.ofEpochMilli(5),
                new ScanCompleted("scan-1", "shop", null, List.of("f1"), null, null));
        FactEvent revoked = new FactEvent("revoke-1", "acme/shop/orders", Instant.ofEpochMilli(5),
                new AssertionRevoked("a-1", "ana", "wrong"));
        assertThat(reader.read(serializer.serialize(TOPIC, completed))).isNull();
        assertThat(reader.read(serializer.serialize(TOPIC, revoked))).isNull();
    }

    @Test
    void leavesBytesItCannotReadToTheDeserializerWhichRefusesThem() {
        Deserializer<FactEvent> deserializer = avro.facts().deserializer();
        ObservedFactReader reader = new ObservedFactReader(deserializer);
        byte[] good = avro.facts().serializer().serialize(TOPIC, observed(new Random(3)));
        List<byte[]> bad = new ArrayList<>();
        for (int length = 6; length < good.length; length += 7) {
            bad.add(Arrays.copyOf(good, length)); // cut short anywhere
        }
        byte[] negativeLength = Arrays.copyOf(good, good.length);
        negativeLength[5] = 3; // eventId's length as zig-zag -2
        bad.add(negativeLength);
        byte[] overlongVarint = new byte[good.length + 6];
        System.arraycopy(good, 0, overlongVarint, 0, 5);
        Arrays.fill(overlongVarint, 5, 11, (byte) 0xff); // a length of six continuation bytes
        bad.add(overlongVarint);
        for (byte[] bytes : bad) {
            assertThat(reader.read(bytes)).as("%d bytes", bytes.length).isNull();
            assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes)).isInstanceOf(RuntimeException.class);
        }
        assertThat(reader.read(new byte[0])).isNull();
        assertThat(reader.read(new byte[] {1, 0, 0, 0, 1, 2, 2})).isNull(); // not the wire format
        assertThat(reader.read(null)).isNull();
    }

    @Test
    void leavesASourceSymbolItDoesNotKnowToTheDeserializer() throws IOException {
        Deserializer<FactEvent> deserializer = avro.facts().deserializer();
        FactEvent event = observed(new Random(5));
        ((FactObserved) event.getPayload()).setAttributes(Map.of());
        byte[] good = avro.facts().serializer().serialize(TOPIC, event);
        // The source is the one byte after scanId, fingerprint and kind: find it by writing the event up to it again.
        int sourceAt = indexOfSource(good, (FactObserved) event.getPayload());
        byte[] bytes = good.clone();
        bytes[sourceAt] = (byte) (2 * FactSource.values().length); // zig-zag of one past the last symbol
        assertThat(new ObservedFactReader(deserializer).read(bytes)).isNull();
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void leavesEventsOfAnotherSchemaToTheDeserializerWhichResolvesThem() throws IOException {
        SchemaRegistryClient client = new SchemaRegistryClient(avro.registry().url());
        // FactObserved with one more field, as a later release might publish it.
        Schema newer = new Schema.Parser().parse(FactEvent.getClassSchema().toString()
                .replace("\"default\":{}}]},{\"type\":\"record\",\"name\":\"ScanCompleted\"",
                        "\"default\":{}},{\"name\":\"confidence\",\"type\":\"int\",\"default\":0}]},"
                                + "{\"type\":\"record\",\"name\":\"ScanCompleted\""));
        assertThat(newer.toString()).contains("confidence");
        int schemaId = client.register(TOPIC + "-value", newer);
        FactEvent event = observed(new Random(9));
        GenericRecord record = asNewer(event, newer);
        ((GenericRecord) record.get("payload")).put("confidence", 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, (byte) (schemaId >>> 24), (byte) (schemaId >>> 16), (byte) (schemaId >>> 8), (byte) schemaId});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(newer).write(record, encoder);
        encoder.flush();
        byte[] bytes = out.toByteArray();

        Deserializer<FactEvent> deserializer = avro.facts().deserializer();
        assertThat(new ObservedFactReader(deserializer).read(bytes)).isNull();
        assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(event);
    }

    @Test
    void readsNothingDirectlyWithoutTheRegistrysDeserializerOrItsSchema() {
        byte[] bytes = avro.facts().serializer().serialize(TOPIC, observed(new Random(1)));
        Deserializer<FactEvent> other = (topic, data) -> null;
        assertThat(new ObservedFactReader(other).read(bytes)).isNull();
        Deserializer<FactEvent> unreachable = ConfluentAvroSerde.forValues(new SchemaRegistryClient("http://127.0.0.1:9"), FactEvent.class)
                .deserializer();
        assertThat(new ObservedFactReader(unreachable).read(bytes)).isNull();
        byte[] unknownId = bytes.clone();
        unknownId[1] = 0x7f;
        assertThat(new ObservedFactReader(avro.facts().deserializer()).read(unknownId)).isNull();
    }

    private static void assertSameAsAvro(ObservedFactReader.Observation observation, FactEvent decoded) {
        assertThat(observation).isNotNull();
        FactObserved observed = (FactObserved) decoded.getPayload();
        assertThat(observation.componentId()).isEqualTo(decoded.getComponentId());
        assertThat(observation.occurredAt()).isEqualTo(decoded.getOccurredAt().toEpochMilli());
        assertThat(observation.scanId()).isEqualTo(observed.getScanId());
        assertThat(observation.fact()).isEqualTo(AvroMapping.fact(observed));
    }

    private static FactEvent observed(Random random) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            attributes.put(text(random) + i, text(random));
        }
        Evidence evidence = new Evidence(text(random), random.nextBoolean() ? null : text(random), text(random),
                random.nextInt(), random.nextInt(100_000), text(random));
        String componentId = "acme/" + text(random) + "/" + text(random);
        long occurredAt = random.nextBoolean() ? random.nextLong() % 4_000_000_000_000L : 1_733_400_000_000L + random.nextInt();
        FactObserved observed = new FactObserved("scan-" + text(random), "fp-" + text(random), "kind." + text(random),
                FactSource.values()[random.nextInt(FactSource.values().length)], evidence, attributes);
        return new FactEvent("event-" + text(random), componentId, Instant.ofEpochMilli(occurredAt), observed);
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    private static int indexOfSource(byte[] bytes, FactObserved observed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        encoder.writeString(observed.getScanId());
        encoder.writeString(observed.getFingerprint());
        encoder.writeString(observed.getKind());
        encoder.flush();
        byte[] prefix = out.toByteArray();
        for (int i = 5; i + prefix.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + prefix.length, prefix, 0, prefix.length)) {
                return i + prefix.length;
            }
        }
        throw new AssertionError("the observed fact's strings are not in its bytes");
    }

    /** The event read as a record of the newer schema (its new field at its default). */
    private static GenericRecord asNewer(FactEvent event, Schema newer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(FactEvent.class).write(event, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(FactEvent.getClassSchema(), newer)
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }
}
