package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.platform.streams.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The pending facts store's serde: the time the fact was observed, then the fact, in {@link StoreBytes}. A pending fact
 * the releases before it wrote as JSON is still read.
 */
final class PendingFactSerde implements Serde<StorePendingFacts.Entry> {

    private final Deserializer<StorePendingFacts.Entry> json = new JsonSerde<>(StorePendingFacts.Entry.class).deserializer();

    @Override
    public Serializer<StorePendingFacts.Entry> serializer() {
        return (topic, entry) -> entry == null ? null
                : new StoreBytes.Writer().number(entry.observedAt()).fact(entry.fact()).bytes();
    }

    @Override
    public Deserializer<StorePendingFacts.Entry> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (StoreBytes.isJson(bytes)) {
                return json.deserialize(topic, bytes);
            }
            try {
                StoreBytes.Reader reader = new StoreBytes.Reader(bytes, "a pending fact");
                StorePendingFacts.Entry entry = new StorePendingFacts.Entry(reader.longNumber(), reader.fact());
                reader.end();
                return entry;
            } catch (IllegalArgumentException | NullPointerException unreadable) {
                // The store's fault, not the record's: fail the task rather than dead-letter the scan's events.
                throw new SerializationException("Cannot read a pending fact from " + topic + ": " + unreadable.getMessage(), unreadable);
            }
        };
    }
}
