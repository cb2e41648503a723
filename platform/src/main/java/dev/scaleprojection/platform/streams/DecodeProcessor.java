package dev.scaleprojection.platform.streams;

import dev.scaleprojection.schemas.registry.SchemaRegistryException;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes raw values with the topic's deserializer. A value that cannot be decoded is not fatal: it is forwarded as
 * {@link Decoded.Undecodable} with headers naming the error and its topic, partition and offset, for the dead-letter topic.
 * An unreachable schema registry is not the record's fault: that error is thrown, so the record is retried, not dead-lettered.
 */
public final class DecodeProcessor<V> implements FixedKeyProcessor<String, byte[], Decoded<V>> {

    private final Deserializer<V> deserializer;
    private final String stage;
    private FixedKeyProcessorContext<String, Decoded<V>> context;

    public DecodeProcessor(Deserializer<V> deserializer, String stage) {
        this.deserializer = deserializer;
        this.stage = stage;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded<V>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Optional<RecordMetadata> origin = context.recordMetadata();
        String topic = origin.map(RecordMetadata::topic).orElse("");
        try {
            V value = deserializer.deserialize(topic, record.headers(), record.value());
            if (value == null) {
                throw new IllegalArgumentException("the record has no value (a tombstone is not an event)");
            }
            context.forward(record.withValue(new Decoded.Value<>(value, record.value())));
        } catch (SchemaRegistryException registryUnavailable) {
            // The record may be fine; the registry is not. Failing the task retries it later instead of losing it.
            throw registryUnavailable;
        } catch (RuntimeException e) {
            origin.ifPresent(metadata -> DeadLetterHeaders.describe(record.headers(), stage, e, metadata));
            byte[] original = record.value() == null ? new byte[0] : record.value();
            context.forward(record.withValue(new Decoded.Undecodable<>(original, DeadLetterHeaders.messageOf(e))));
        }
    }
}
