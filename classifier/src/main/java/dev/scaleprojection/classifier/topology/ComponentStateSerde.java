package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.platform.streams.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The component state store's serde: the compact {@link StoredComponentState} in {@link StoreBytes}
 * ({@link ComponentStateBytes}). The JSON that earlier releases wrote is still read, told apart by its first byte: the
 * compact state as JSON, and before it the domain {@link ComponentState} as it is, each gap embedding its facts and
 * explanation; either is written back in the binary form the next time the component changes.
 */
final class ComponentStateSerde implements Serde<ComponentState> {

    private final JsonSerde<StoredComponentState> json = new JsonSerde<>(StoredComponentState.class);
    private final JsonSerde<ComponentState> previousFormat = new JsonSerde<>(ComponentState.class);

    @Override
    public Serializer<ComponentState> serializer() {
        return (topic, state) -> state == null ? null : ComponentStateBytes.write(state);
    }

    @Override
    public Deserializer<ComponentState> deserializer() {
        Deserializer<StoredComponentState> compactJson = json.deserializer();
        Deserializer<ComponentState> previous = previousFormat.deserializer();
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                if (!StoreBytes.isJson(bytes)) {
                    return ComponentStateBytes.read(bytes).state();
                }
                StoredComponentState stored = compactJson.deserialize(topic, bytes);
                return stored.isPreviousFormat() ? previous.deserialize(topic, bytes) : stored.state();
            } catch (IllegalStateException | IllegalArgumentException | NullPointerException inconsistent) {
                // The store's fault, not the record's: fail the task rather than dead-letter every event of the component.
                throw new SerializationException(inconsistent.getMessage(), inconsistent);
            }
        };
    }
}
