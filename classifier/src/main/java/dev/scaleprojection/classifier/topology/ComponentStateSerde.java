package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.platform.streams.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The component state store's serde: JSON of the compact {@link StoredComponentState}. A state written by the release
 * before it (the domain {@link ComponentState} as it is, each gap embedding its facts and explanation) is read as that
 * and so converted; it is written back in the compact form the next time the component changes.
 */
final class ComponentStateSerde implements Serde<ComponentState> {

    private final JsonSerde<StoredComponentState> json = new JsonSerde<>(StoredComponentState.class);
    private final JsonSerde<ComponentState> previousFormat = new JsonSerde<>(ComponentState.class);

    @Override
    public Serializer<ComponentState> serializer() {
        Serializer<StoredComponentState> serializer = json.serializer();
        return (topic, state) -> state == null ? null : serializer.serialize(topic, StoredComponentState.of(state));
    }

    @Override
    public Deserializer<ComponentState> deserializer() {
        Deserializer<StoredComponentState> deserializer = json.deserializer();
        Deserializer<ComponentState> previous = previousFormat.deserializer();
        return (topic, bytes) -> {
            StoredComponentState stored = deserializer.deserialize(topic, bytes);
            if (stored != null && stored.isPreviousFormat()) {
                return previous.deserialize(topic, bytes);
            }
            try {
                return stored == null ? null : stored.state();
            } catch (IllegalStateException inconsistent) {
                // The store's fault, not the record's: fail the task rather than dead-letter every event of the component.
                throw new SerializationException(inconsistent.getMessage(), inconsistent);
            }
        };
    }
}
