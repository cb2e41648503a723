package dev.scaleprojection.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Reads request bodies the way the Confluent API defines them: a registry or JSON content type, then
 * {@code {"schema": "...", "schemaType": "AVRO"}} or {@code {"compatibility": "..."}} (also spelled
 * {@code compatibilityLevel}). Out comes a parsed Avro schema or a level; anything else is a {@link RegistryError}
 * that names the bad field.
 */
final class RegistryRequests {

    static final List<String> ACCEPTED_CONTENT_TYPES =
            List.of("application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json");

    private final ObjectMapper json;

    RegistryRequests(ObjectMapper json) {
        this.json = json;
    }

    Schema schema(String contentType, String body) {
        JsonNode request = object(contentType, body);
        JsonNode schemaType = request.path("schemaType");
        if (!schemaType.isMissingNode() && !schemaType.isNull() && !"AVRO".equals(schemaType.asText())) {
            throw RegistryError.invalidSchema("Field 'schemaType' is " + schemaType + ": this registry holds only AVRO schemas;"
                    + " leave the field out or set it to \"AVRO\".");
        }
        JsonNode references = request.path("references");
        if (references.isArray() && !references.isEmpty()) {
            throw RegistryError.invalidSchema("Field 'references' is not supported by this registry: inline the referenced types.");
        }
        JsonNode schemaText = request.path("schema");
        if (!schemaText.isTextual() || schemaText.asText().isBlank()) {
            throw RegistryError.invalidSchema("Field 'schema' must be a string holding the Avro schema's JSON text, but it is "
                    + (schemaText.isMissingNode() ? "missing" : schemaText.getNodeType().name().toLowerCase(Locale.ROOT)) + ".");
        }
        try {
            return new Schema.Parser().parse(schemaText.asText());
        } catch (AvroRuntimeException e) {
            throw RegistryError.invalidSchema("Invalid schema in field 'schema': " + e.getMessage());
        }
    }

    CompatibilityLevel compatibilityLevel(String contentType, String body) {
        JsonNode request = object(contentType, body);
        JsonNode level = request.has("compatibility") ? request.get("compatibility") : request.path("compatibilityLevel");
        if (!level.isTextual()) {
            throw RegistryError.invalidCompatibilityLevel("Field 'compatibility' (or 'compatibilityLevel') must be a string naming"
                    + " the level, but it is " + (level.isMissingNode() ? "missing" : level.getNodeType().name().toLowerCase(Locale.ROOT)) + ".");
        }
        return CompatibilityLevel.parse(level.asText());
    }

    private JsonNode object(String contentType, String body) {
        if (contentType != null && !isAccepted(contentType)) {
            throw RegistryError.unsupportedMediaType(contentType);
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw RegistryError.malformedBody("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            throw RegistryError.malformedBody("The request body must be a JSON object, such as {\"schema\": \"...\"}.");
        }
        return request;
    }

    private static boolean isAccepted(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return ACCEPTED_CONTENT_TYPES.contains(mediaType);
    }
}
