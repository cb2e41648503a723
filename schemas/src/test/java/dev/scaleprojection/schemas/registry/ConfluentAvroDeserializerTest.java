package dev.scaleprojection.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.avro.Rule;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Refusals that happen before the registry is asked; the registry round trips run in platform against the real one. */
class ConfluentAvroDeserializerTest {

    private static final String TOPIC = "scale-projection.rules.v1";

    // Never contacted: each case fails before a schema id is looked up.
    private final ConfluentAvroSerde<Rule> ruleSerde =
            ConfluentAvroSerde.forValues(new SchemaRegistryClient("http://localhost:9"), Rule.class);

    @Test
    void refusesJsonBytesNamingTheTopicAndTheMagicByte() {
        // given a record written as JSON
        byte[] json = "{\"ruleId\":\"r1\"}".getBytes(StandardCharsets.UTF_8);

        // when read, then
        assertThatThrownBy(() -> ruleSerde.deserializer().deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + TOPIC + "'")
                .hasMessageContaining("unknown magic byte 0x7b: not in the Confluent wire format");
    }

    @Test
    void refusesBytesTooShortToHoldASchemaId() {
        // given three bytes, the first of them the right magic byte
        byte[] truncated = {0, 0, 1};

        // when read, then
        assertThatThrownBy(() -> ruleSerde.deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes are too short for the Confluent wire format");
    }

    @Test
    void keepsNullAsNullBothWays() {
        // given tombstones, when written and read, then they stay null without touching the registry
        assertThat(ruleSerde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(ruleSerde.deserializer().deserialize(TOPIC, null)).isNull();
    }
}
