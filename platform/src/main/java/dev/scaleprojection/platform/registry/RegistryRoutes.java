package dev.scaleprojection.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subset of the Confluent Schema Registry REST API that the schemas module's client uses: HTTP requests come in,
 * the {@link SchemaStore} decides, and JSON goes out in Confluent's shapes, errors as {@code {"error_code", "message"}}.
 */
final class RegistryRoutes {

    private static final Logger log = LoggerFactory.getLogger(RegistryRoutes.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final SchemaStore store;
    private final Optional<byte[]> expectedAuthorization;
    private final ObjectMapper json = new ObjectMapper();
    private final RegistryRequests requests = new RegistryRequests(json);

    /** @param basicAuth {@code USER:PASSWORD} every request must carry as HTTP basic authentication, if any */
    RegistryRoutes(SchemaStore store, Optional<String> basicAuth) {
        this.store = store;
        this.expectedAuthorization = basicAuth.map(credentials -> ("Basic " + Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8));
    }

    void addTo(RoutesConfig routes) {
        expectedAuthorization.ifPresent(expected -> routes.before(ctx -> {
            String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Basic realm=\"scale-projection schema registry\"");
                refuse(ctx, 401, 40101, "Unauthorized: this registry requires HTTP basic authentication with the user and "
                        + "password it is configured with (registry.basic-auth)");
                ctx.skipRemainingHandlers();
            }
        }));
        routes.post("/subjects/{subject}/versions", this::register);
        routes.get("/schemas/ids/{id}", this::schemaById);
        routes.get("/subjects", ctx -> answer(ctx, json.valueToTree(store.subjects())));
        routes.get("/subjects/{subject}/versions", ctx -> answer(ctx, json.valueToTree(store.versions(ctx.pathParam("subject")))));
        routes.get("/subjects/{subject}/versions/{version}", this::version);
        routes.post("/compatibility/subjects/{subject}/versions/{version}", this::checkCompatibility);
        routes.get("/config", ctx -> answer(ctx, json.createObjectNode().put("compatibilityLevel", store.globalLevel().name())));
        routes.put("/config", ctx -> setLevel(ctx, Optional.empty()));
        routes.get("/config/{subject}", this::subjectLevel);
        routes.put("/config/{subject}", ctx -> setLevel(ctx, Optional.of(ctx.pathParam("subject"))));
        routes.exception(RegistryError.class, (error, ctx) -> refuse(ctx, error.httpStatus(), error.errorCode(), error.getMessage()));
        routes.exception(HttpResponseException.class, (error, ctx) ->
                refuse(ctx, error.getStatus(), error.getStatus(), "HTTP " + error.getStatus() + " " + error.getMessage()));
        routes.exception(Exception.class, (error, ctx) -> {
            log.error("Schema registry request {} {} failed", ctx.method(), ctx.path(), error);
            refuse(ctx, 500, 50000, "Internal server error: " + error);
        });
    }

    private void register(Context ctx) {
        Schema schema = requests.schema(ctx.contentType(), ctx.body());
        answer(ctx, json.createObjectNode().put("id", store.register(ctx.pathParam("subject"), schema)));
    }

    private void schemaById(Context ctx) {
        String id = ctx.pathParam("id");
        Schema schema = parseId(id).flatMap(store::schemaById).orElseThrow(() -> RegistryError.schemaNotFound(id));
        answer(ctx, json.createObjectNode().put("schema", schema.toString()));
    }

    private void version(Context ctx) {
        RegisteredSchema version = store.version(ctx.pathParam("subject"), VersionSelector.parse(ctx.pathParam("version")));
        answer(ctx, json.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.text()));
    }

    private void checkCompatibility(Context ctx) {
        VersionSelector selector = VersionSelector.parse(ctx.pathParam("version"));
        Schema schema = requests.schema(ctx.contentType(), ctx.body());
        List<String> incompatibilities = store.incompatibilities(ctx.pathParam("subject"), selector, schema);
        ObjectNode result = json.createObjectNode().put("is_compatible", incompatibilities.isEmpty());
        if (!incompatibilities.isEmpty()) {
            result.set("messages", json.valueToTree(incompatibilities));
        }
        answer(ctx, result);
    }

    private void subjectLevel(Context ctx) {
        String subject = ctx.pathParam("subject");
        CompatibilityLevel level = store.subjectLevel(subject)
                .or(() -> "true".equalsIgnoreCase(ctx.queryParam("defaultToGlobal")) ? Optional.of(store.globalLevel()) : Optional.empty())
                .orElseThrow(() -> RegistryError.subjectLevelNotConfigured(subject));
        answer(ctx, json.createObjectNode().put("compatibilityLevel", level.name()));
    }

    private void setLevel(Context ctx, Optional<String> subject) {
        CompatibilityLevel level = requests.compatibilityLevel(ctx.contentType(), ctx.body());
        store.setLevel(subject, level);
        answer(ctx, json.createObjectNode().put("compatibility", level.name()));
    }

    private static Optional<Integer> parseId(String id) {
        try {
            return Optional.of(Integer.parseInt(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void refuse(Context ctx, int httpStatus, int errorCode, String message) {
        ctx.status(httpStatus);
        answer(ctx, json.createObjectNode().put("error_code", errorCode).put("message", message));
    }

    private void answer(Context ctx, JsonNode body) {
        try {
            ctx.contentType(CONTENT_TYPE).result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
