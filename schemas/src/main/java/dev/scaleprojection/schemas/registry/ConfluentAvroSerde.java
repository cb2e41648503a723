package dev.scaleprojection.schemas.registry;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for one generated Avro record class in the Confluent wire format, with schemas in a Confluent-compatible
 * registry under the TopicNameStrategy subject ({@code <topic>-key} or {@code <topic>-value}). Build one per record
 * type and application, from configuration, and pass it in; it needs no {@code configure} call and no system property.
 */
public final class ConfluentAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final ConfluentAvroSerializer<T> serializer;
    private final ConfluentAvroDeserializer<T> deserializer;

    public ConfluentAvroSerde(SchemaRegistryClient registry, Class<T> recordClass, boolean forKeys) {
        TrustedSpecificData data = new TrustedSpecificData(recordClass);
        Schema schema = data.getSchema(recordClass);
        this.serializer = new ConfluentAvroSerializer<>(registry, schema, data, forKeys);
        this.deserializer = new ConfluentAvroDeserializer<>(registry, schema, data);
    }

    /** The serde for record values of a topic (subject {@code <topic>-value}). */
    public static <T extends SpecificRecord> ConfluentAvroSerde<T> forValues(SchemaRegistryClient registry, Class<T> recordClass) {
        return new ConfluentAvroSerde<>(registry, recordClass, false);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
