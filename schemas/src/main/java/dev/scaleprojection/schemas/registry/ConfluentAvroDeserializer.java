package dev.scaleprojection.schemas.registry;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.FastReaderBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format bytes into a generated Avro record: the writer schema comes from the registry by the id in
 * the header (cached) and is resolved against the record class's schema, so data written by older versions reads.
 * Bytes that are not in the format, unknown ids and undecodable bodies are {@link SerializationException}s; an
 * unreachable registry is a {@link SchemaRegistryException}, since the record itself is not at fault.
 */
public final class ConfluentAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final SchemaRegistryClient registry;
    private final Schema readerSchema;
    private final TrustedSpecificData data;
    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();
    private final Map<Integer, Long> layoutsBySchemaId = new ConcurrentHashMap<>();

    ConfluentAvroDeserializer(SchemaRegistryClient registry, Schema readerSchema, TrustedSpecificData data) {
        this.registry = registry;
        this.readerSchema = readerSchema;
        this.data = data;
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int schemaId = ConfluentWireFormat.schemaIdOf(topic, bytes);
        DatumReader<T> reader = readerFor(topic, schemaId);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, ConfluentWireFormat.HEADER_LENGTH,
                bytes.length - ConfluentWireFormat.HEADER_LENGTH, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
            throw new SerializationException("Cannot deserialize a record of topic '" + topic + "' written with schema id "
                    + schemaId + " as " + readerSchema.getFullName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The layout of the body of {@code bytes}: the parsing fingerprint ({@link SchemaNormalization#parsingFingerprint64})
     * of the schema they were written with, which names every type, field and symbol in order and nothing that does not
     * change the binary encoding (docs, defaults, logical types). A reader that knows one layout can read a body of that
     * layout without Avro's resolution. Empty for bytes not in the wire format, or whose schema the registry does not
     * give now; {@link #deserialize} says what is wrong with them.
     */
    public OptionalLong writerLayout(String topic, byte[] bytes) {
        if (bytes == null || bytes.length < ConfluentWireFormat.HEADER_LENGTH || bytes[0] != ConfluentWireFormat.MAGIC_BYTE) {
            return OptionalLong.empty();
        }
        int schemaId = ConfluentWireFormat.schemaIdOf(topic, bytes);
        Long known = layoutsBySchemaId.get(schemaId);
        if (known != null) {
            return OptionalLong.of(known);
        }
        try {
            long layout = SchemaNormalization.parsingFingerprint64(writerSchema(topic, schemaId));
            layoutsBySchemaId.put(schemaId, layout);
            return OptionalLong.of(layout);
        } catch (RuntimeException unknownOrUnreachable) {
            return OptionalLong.empty();
        }
    }

    private DatumReader<T> readerFor(String topic, int schemaId) {
        DatumReader<T> known = readersBySchemaId.get(schemaId);
        if (known != null) {
            return known;
        }
        // Built outside the map's lock: the registry call must not block other ids; a race only builds a reader twice.
        // Avro's fast reader resolves the two schemas once into a tree of field readers instead of interpreting the
        // resolution grammar for every record; it reads the same records, several times faster.
        DatumReader<T> reader = readerOf(topic, schemaId, writerSchema(topic, schemaId));
        readersBySchemaId.put(schemaId, reader);
        return reader;
    }

    private DatumReader<T> readerOf(String topic, int schemaId, Schema writerSchema) {
        try {
            // Not data.getFastReaderBuilder(), which refuses subclasses of SpecificData; this one reads classes through
            // TrustedSpecificData.getClass like the slow reader.
            return new FastReaderBuilder(data).createDatumReader(writerSchema, readerSchema);
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("Cannot read records of topic '" + topic + "' written with schema id " + schemaId
                    + " as " + readerSchema.getFullName() + ": " + e.getMessage(), e);
        }
    }

    private Schema writerSchema(String topic, int schemaId) {
        try {
            return registry.schemaById(schemaId);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                throw new SerializationException("Cannot deserialize a record of topic '" + topic + "': " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
