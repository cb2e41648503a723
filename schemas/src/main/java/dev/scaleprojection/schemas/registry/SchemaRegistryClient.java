package dev.scaleprojection.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Client for the Confluent Schema Registry REST API (Confluent, Apicurio ccompat, Karapace, Redpanda, the embedded one):
 * registers Avro schemas under subjects, resolves schema ids and checks compatibility. Registered ids and fetched schemas
 * are cached for the life of the client; every failure is a {@link SchemaRegistryException}. Thread-safe.
 */
public final class SchemaRegistryClient {

    private final RegistryTransport transport;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<Schema, Integer>> idsBySchemaBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /**
     * @param registryUrl e.g. {@code http://localhost:8081}; a trailing slash is ignored. Credentials in it
     *                    ({@code https://USER:PASSWORD@host}) are sent as HTTP basic authentication and never shown.
     */
    public SchemaRegistryClient(String registryUrl) {
        this(registryUrl, Optional.empty());
    }

    /**
     * @param basicAuth {@code USER:PASSWORD} for a registry that requires HTTP basic authentication (Confluent's
     *                  {@code basic.auth.user.info}); it wins over credentials in the URL
     */
    public SchemaRegistryClient(String registryUrl, Optional<String> basicAuth) {
        Objects.requireNonNull(registryUrl, "registryUrl");
        String trimmed = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
        RegistryCredentials credentials = RegistryCredentials.of(trimmed, basicAuth);
        this.transport = new RegistryTransport(credentials.url(), credentials.authorization(), json);
    }

    public String registryUrl() {
        return transport.registryUrl();
    }

    /** Registers the schema under the subject (a no-op for the registry if it is already there) and returns its id. */
    public int register(String subject, Schema schema) {
        Map<Schema, Integer> idsBySchema = idsBySchemaBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = idsBySchema.get(schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = transport.send(RegistryCall.register(subject), Optional.of(schemaBody(schema)));
        int id = requiredInt(answer, "id", RegistryCall.register(subject));
        idsBySchema.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The schema the registry holds under this id. */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        RegistryCall call = RegistryCall.schemaById(id);
        JsonNode answer = transport.send(call, Optional.empty());
        Schema schema = parse(answer.path("schema"), call);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    public List<String> subjects() {
        JsonNode answer = transport.send(RegistryCall.subjects(), Optional.empty());
        List<String> subjects = new ArrayList<>();
        answer.forEach(subject -> subjects.add(subject.asText()));
        return List.copyOf(subjects);
    }

    public List<Integer> versions(String subject) {
        JsonNode answer = transport.send(RegistryCall.versions(subject), Optional.empty());
        List<Integer> versions = new ArrayList<>();
        answer.forEach(version -> versions.add(version.asInt()));
        return List.copyOf(versions);
    }

    /**
     * Whether the registry would accept the schema next to the given version of the subject, by the subject's
     * compatibility level.
     *
     * @param version a version number, or {@code latest}
     */
    public boolean isCompatible(String subject, String version, Schema schema) {
        RegistryCall call = RegistryCall.compatibility(subject, version);
        JsonNode answer = transport.send(call, Optional.of(schemaBody(schema)));
        JsonNode compatible = answer.path("is_compatible");
        if (!compatible.isBoolean()) {
            throw RegistryErrors.unreadableAnswer(transport.registryUrl(), call, 200, answer.toString());
        }
        return compatible.booleanValue();
    }

    private ObjectNode schemaBody(Schema schema) {
        // schemaType is left out: the registry's default is AVRO, and older registries reject the field.
        return json.createObjectNode().put("schema", schema.toString());
    }

    private int requiredInt(JsonNode answer, String field, RegistryCall call) {
        JsonNode value = answer.path(field);
        if (!value.canConvertToInt()) {
            throw RegistryErrors.unreadableAnswer(transport.registryUrl(), call, 200, answer.toString());
        }
        return value.intValue();
    }

    private Schema parse(JsonNode schemaText, RegistryCall call) {
        if (!schemaText.isTextual()) {
            throw RegistryErrors.unreadableAnswer(transport.registryUrl(), call, 200, schemaText.toString());
        }
        try {
            return new Schema.Parser().parse(schemaText.textValue());
        } catch (SchemaParseException e) {
            throw RegistryErrors.unreadableAnswer(transport.registryUrl(), call, 200, schemaText.textValue());
        }
    }
}
