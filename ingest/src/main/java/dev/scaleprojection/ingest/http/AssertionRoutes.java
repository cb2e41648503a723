package dev.scaleprojection.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.ingest.domain.AssertionRequest;
import dev.scaleprojection.ingest.publish.AssertionPublisher;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Manual assertions over HTTP. {@code POST /api/assertions} takes {@code component, author, reason} and either
 * {@code kind} (a statement, with {@code attributes}) or a waiver target ({@code fingerprint} or {@code gap}) with
 * {@code expires} (a date, end of that day UTC, or an instant); validated whole like the CLI's {@code assert}: 400
 * naming every bad field and nothing published, else 201 with the id. {@code DELETE /api/assertions/{id}} and
 * {@code POST /api/assertions/{id}/revoke} take {@code component, author, reason} and publish the revocation (202).
 * With a configured token, each needs it as a bearer token ({@link BearerToken}).
 */
final class AssertionRoutes {

    private static final Set<String> ASSERT_FIELDS = Set.of("component", "author", "reason", "kind", "fingerprint", "gap",
            "attributes", "expires");
    private static final Set<String> REVOKE_FIELDS = Set.of("component", "author", "reason");

    private final AssertionPublisher publisher;
    private final Clock clock;
    private final BearerToken token;

    AssertionRoutes(AssertionPublisher publisher, Clock clock, BearerToken token) {
        this.publisher = publisher;
        this.clock = clock;
        this.token = token;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/assertions", token.guard(this::assertion));
        routes.delete("/api/assertions/{id}", token.guard(this::revoke));
        routes.post("/api/assertions/{id}/revoke", token.guard(this::revoke));
    }

    private void assertion(Context ctx) {
        Optional<JsonNode> body = object(ctx);
        if (body.isEmpty()) {
            return;
        }
        JsonNode json = body.get();
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>(unknownFields(json, ASSERT_FIELDS));
        Optional<String> fingerprint = text(json, "fingerprint", problems);
        Optional<String> gap = text(json, "gap", problems);
        String kind = text(json, "kind", problems).orElse(fingerprint.isPresent() || gap.isPresent() ? AssertionRequest.WAIVE : null);
        AssertionRequest request = new AssertionRequest(text(json, "component", problems).orElse(null),
                text(json, "author", problems).orElse(null), text(json, "reason", problems).orElse(null), kind,
                fingerprint, gap, attributes(json, problems), expires(json, problems));
        request.problems(now.toEpochMilli()).stream().filter(p -> problems.stream().noneMatch(q -> sameField(p, q)))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            JsonAnswers.invalid(ctx, "The assertion", problems);
            return;
        }
        String id = UUID.randomUUID().toString();
        publisher.publish(id, request, now);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("component", request.componentId());
        answer.put("kind", request.kind());
        JsonAnswers.write(ctx.header("Location", "/api/assertions/" + id), 201, answer);
    }

    private void revoke(Context ctx) {
        Optional<JsonNode> body = object(ctx);
        if (body.isEmpty()) {
            return;
        }
        JsonNode json = body.get();
        List<String> problems = new ArrayList<>(unknownFields(json, REVOKE_FIELDS));
        String component = text(json, "component", problems).orElse(null);
        String author = text(json, "author", problems).orElse(null);
        String reason = text(json, "reason", problems).orElse(null);
        // A revocation needs what any statement needs of its component, author and reason: the same checks apply.
        new AssertionRequest(component, author, reason, "revocation", Optional.empty(), Optional.empty(), Map.of(), Optional.empty())
                .problems(clock.instant().toEpochMilli()).stream().filter(p -> problems.stream().noneMatch(q -> sameField(p, q)))
                .forEach(problems::add);
        String id = ctx.pathParam("id");
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            problems.add("id: not an assertion id, was '" + id + "'");
        }
        if (!problems.isEmpty()) {
            JsonAnswers.invalid(ctx, "The revocation", problems);
            return;
        }
        publisher.revoke(component, id, author, reason, clock.instant());
        JsonAnswers.write(ctx, 202, Map.of("id", id, "component", component, "revoked", true));
    }

    private static Optional<JsonNode> object(Context ctx) {
        try {
            JsonNode json = JsonAnswers.MAPPER.readTree(ctx.bodyAsBytes());
            if (json != null && json.isObject()) {
                return Optional.of(json);
            }
        } catch (IOException e) {
            JsonAnswers.error(ctx, 400, "The body is not JSON: " + e.getMessage().lines().findFirst().orElse(""), "body");
            return Optional.empty();
        }
        JsonAnswers.error(ctx, 400, "The body must be a JSON object", "body");
        return Optional.empty();
    }

    private static List<String> unknownFields(JsonNode json, Set<String> known) {
        List<String> problems = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(name + ": unknown field; known fields are " + new java.util.TreeSet<>(known));
            }
        });
        return problems;
    }

    private static Optional<String> text(JsonNode json, String field, List<String> problems) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add(field + ": must be a string");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private static Map<String, String> attributes(JsonNode json, List<String> problems) {
        JsonNode node = json.get("attributes");
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return attributes;
        }
        if (!node.isObject()) {
            problems.add("attributes: must be an object of strings");
            return attributes;
        }
        node.fields().forEachRemaining(entry -> {
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                attributes.put(entry.getKey(), entry.getValue().asText());
            } else {
                problems.add("attributes: '" + entry.getKey() + "' must be a string");
            }
        });
        return attributes;
    }

    private static Optional<Long> expires(JsonNode json, List<String> problems) {
        return text(json, "expires", problems).flatMap(value -> {
            try {
                return Optional.of(value.contains("T") ? Instant.parse(value).toEpochMilli()
                        : LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            } catch (DateTimeParseException e) {
                problems.add("expires: a date like 2027-03-31 or an instant like 2027-03-31T12:00:00Z, was '" + value + "'");
                return Optional.empty();
            }
        });
    }

    private static boolean sameField(String problem, String other) {
        return problem.split(":", 2)[0].equals(other.split(":", 2)[0]);
    }
}
