package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.platform.streams.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** The component state store's serde: JSON of the compact {@link StoredComponentState}. */
final class ComponentStateSerde implements Serde<ComponentState> {

    private final JsonSerde<StoredComponentState> json = new JsonSerde<>(StoredComponentState.class);

    @Override
    public Serializer<ComponentState> serializer() {
        Serializer<StoredComponentState> serializer = json.serializer();
        return (topic, state) -> state == null ? null : serializer.serialize(topic, StoredComponentState.of(state));
    }

    @Override
    public Deserializer<ComponentState> deserializer() {
        Deserializer<StoredComponentState> deserializer = json.deserializer();
        return (topic, bytes) -> {
            StoredComponentState stored = deserializer.deserialize(topic, bytes);
            try {
                return stored == null ? null : stored.state();
            } catch (IllegalStateException inconsistent) {
                // The store's fault, not the record's: fail the task rather than dead-letter every event of the component.
                throw new SerializationException(inconsistent.getMessage(), inconsistent);
            }
        };
    }
}
