package dev.scaleprojection.schemas.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a generated Avro record in the Confluent wire format. The record class's schema is registered under the
 * topic's subject ({@code <topic>-key} or {@code <topic>-value}) on first use per topic and its id cached; null stays null.
 * Registry failures surface as {@link SchemaRegistryException}, unencodable records as {@link SerializationException}.
 */
public final class ConfluentAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private static final int MIN_SIZE = 256;
    private static final int MAX_SIZE = 1 << 20;

    private final SchemaRegistryClient registry;
    private final Schema schema;
    private final String subjectSuffix;
    private final DatumWriter<T> writer;
    private final Map<String, Integer> schemaIdsByTopic = new ConcurrentHashMap<>();
    /** A hint only: threads may overwrite each other's, which costs at most a copy. */
    private volatile int lastSize = MIN_SIZE;
    /** The encoder each thread last used, pointed at the next record's stream by {@link EncoderFactory#binaryEncoder}. */
    private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();

    ConfluentAvroSerializer(SchemaRegistryClient registry, Schema schema, TrustedSpecificData data, boolean forKeys) {
        this.registry = registry;
        this.schema = schema;
        this.subjectSuffix = forKeys ? "-key" : "-value";
        this.writer = writerFor(schema, data);
    }

    /**
     * A writer that lets generated records encode themselves (Avro's custom coders: straight-line code per field,
     * about twice as fast as walking the schema, the same bytes), on a copy of the data model so that readers built on
     * {@code data} are unchanged. Records the compiler could not give custom coders are written by walking the schema.
     */
    static <T> DatumWriter<T> writerFor(Schema schema, SpecificData data) {
        SpecificData writing = new SpecificData(data.getClassLoader());
        data.getConversions().forEach(writing::addLogicalTypeConversion);
        writing.setCustomCoders(true);
        return new SpecificDatumWriter<>(schema, writing);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        int schemaId = schemaIdFor(topic);
        // Sized like the record before, so that a stream of similar records (gap rounds are KBs) is rarely copied to grow.
        ByteArrayOutputStream out = new ByteArrayOutputStream(lastSize);
        ConfluentWireFormat.writeHeader(out, schemaId);
        // A buffered encoder: Avro writes a field at a time, which a direct encoder would pass to the (synchronized)
        // stream byte by byte. Each thread reuses its own (and its 2 KB buffer), so the serializer stays thread-safe.
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, encoders.get());
        encoders.set(encoder);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | NullPointerException | ClassCastException e) {
            throw new SerializationException("Cannot serialize a " + schema.getName() + " for topic '" + topic
                    + "' with schema id " + schemaId + ": " + e.getMessage(), e);
        }
        lastSize = Math.max(MIN_SIZE, Math.min(MAX_SIZE, out.size() + out.size() / 8));
        return out.toByteArray();
    }

    private int schemaIdFor(String topic) {
        Integer known = schemaIdsByTopic.get(topic);
        if (known != null) {
            return known;
        }
        // Registered outside the map's lock: a network call must not block other topics; a race only registers twice.
        int registered = registry.register(topic + subjectSuffix, schema);
        schemaIdsByTopic.put(topic, registered);
        return registered;
    }
}
