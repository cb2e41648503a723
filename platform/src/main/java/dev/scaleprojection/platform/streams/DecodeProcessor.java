package dev.scaleprojection.platform.streams;

import dev.scaleprojection.schemas.registry.SchemaRegistryException;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
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
        context.forward(record.withValue(decode(deserializer, stage, context.recordMetadata(), record.headers(), record.value())));
    }

    /**
     * One raw value decoded as this processor does it, for a processor that decodes its own input: an undecodable value
     * comes back as {@link Decoded.Undecodable}, {@code headers} naming the error; an unreachable registry throws.
     */
    public static <V> Decoded<V> decode(Deserializer<V> deserializer, String stage, Optional<RecordMetadata> origin,
                                        Headers headers, byte[] bytes) {
        String topic = origin.map(RecordMetadata::topic).orElse("");
        try {
            V value = deserializer.deserialize(topic, headers, bytes);
            if (value == null) {
                throw new IllegalArgumentException("the record has no value (a tombstone is not an event)");
            }
            return new Decoded.Value<>(value, bytes);
        } catch (SchemaRegistryException registryUnavailable) {
            // The record may be fine; the registry is not. Failing the task retries it later instead of losing it.
            throw registryUnavailable;
        } catch (RuntimeException e) {
            origin.ifPresent(metadata -> DeadLetterHeaders.describe(headers, stage, e, metadata));
            return new Decoded.Undecodable<>(bytes == null ? new byte[0] : bytes, DeadLetterHeaders.messageOf(e));
        }
    }
}
