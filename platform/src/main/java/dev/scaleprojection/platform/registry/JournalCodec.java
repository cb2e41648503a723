package dev.scaleprojection.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaleprojection.platform.registry.JournalEntry.CompatibilitySet;
import dev.scaleprojection.platform.registry.JournalEntry.SchemaRegistered;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Journal entries as the JSON keys and values of the registry topic, in the spirit of Confluent's own:
 * key {@code {"keytype":"SCHEMA","subject":s,"version":v}} or {@code {"keytype":"CONFIG","subject":s|null}}. A key is
 * always written the same way, so compaction keeps one record per version and per config. Unknown keys read as empty.
 */
final class JournalCodec {

    private static final String SCHEMA = "SCHEMA";
    private static final String CONFIG = "CONFIG";

    private final ObjectMapper json = new ObjectMapper();

    String key(JournalEntry entry) {
        ObjectNode key = json.createObjectNode();
        if (entry instanceof SchemaRegistered registered) {
            key.put("keytype", SCHEMA).put("subject", registered.schema().subject()).put("version", registered.schema().version());
        } else if (entry instanceof CompatibilitySet config) {
            key.put("keytype", CONFIG).put("subject", config.subject().orElse(null));
        }
        return write(key);
    }

    String value(JournalEntry entry) {
        ObjectNode value = json.createObjectNode();
        if (entry instanceof SchemaRegistered registered) {
            RegisteredSchema schema = registered.schema();
            value.put("subject", schema.subject()).put("version", schema.version()).put("id", schema.id()).put("schema", schema.text());
        } else if (entry instanceof CompatibilitySet config) {
            value.put("compatibilityLevel", config.level().name());
        }
        return write(value);
    }

    /** @return empty for tombstones and key types this registry does not know */
    Optional<JournalEntry> read(String key, String value) {
        if (key == null || value == null) {
            return Optional.empty();
        }
        JsonNode keyNode = parse(key);
        JsonNode valueNode = parse(value);
        return switch (keyNode.path("keytype").asText()) {
            case SCHEMA -> Optional.of(new SchemaRegistered(new RegisteredSchema(valueNode.path("subject").asText(),
                    valueNode.path("version").asInt(), valueNode.path("id").asInt(),
                    new Schema.Parser().parse(valueNode.path("schema").asText()))));
            case CONFIG -> Optional.of(new CompatibilitySet(
                    keyNode.path("subject").isTextual() ? Optional.of(keyNode.path("subject").asText()) : Optional.empty(),
                    CompatibilityLevel.parse(valueNode.path("compatibilityLevel").asText())));
            default -> Optional.empty();
        };
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The registry topic holds a record that is not JSON: " + text, e);
        }
    }
}
