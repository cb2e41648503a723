package dev.scaleprojection.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one {@link RegistryCall} with an optional JSON body to a Confluent-compatible registry and returns the JSON
 * answer of a 2xx response; no answer, an error status or an unreadable body become a {@link SchemaRegistryException}.
 */
final class RegistryTransport {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json, application/json";

    private final String registryUrl;
    private final Optional<String> authorization;
    private final HttpClient http;
    private final ObjectMapper json;

    /** @param authorization the value of the {@code Authorization} header of every request, if any */
    RegistryTransport(String registryUrl, Optional<String> authorization, ObjectMapper json) {
        this.registryUrl = registryUrl;
        this.authorization = authorization;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    String registryUrl() {
        return registryUrl;
    }

    JsonNode send(RegistryCall call, Optional<JsonNode> body) {
        HttpResponse<String> response = exchange(call, body);
        int status = response.statusCode();
        if (status / 100 == 2) {
            return parse(response.body()).orElseThrow(() -> RegistryErrors.unreadableAnswer(registryUrl, call, status, response.body()));
        }
        Optional<JsonNode> error = parse(response.body()).filter(JsonNode::isObject);
        int errorCode = error.map(node -> node.path("error_code").asInt(0)).orElse(0);
        String message = error.map(node -> node.path("message").asText(""))
                .filter(text -> !text.isBlank())
                .orElseGet(() -> response.body().isBlank() ? "(no message)" : RegistryErrors.abbreviate(response.body()));
        throw RegistryErrors.answered(registryUrl, call, status, errorCode, message);
    }

    private HttpResponse<String> exchange(RegistryCall call, Optional<JsonNode> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registryUrl + call.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", ACCEPT);
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body.isPresent()) {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(write(body.get()), StandardCharsets.UTF_8));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw RegistryErrors.unreachable(registryUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryErrors.interrupted(registryUrl, call, e);
        }
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write a registry request body", e);
        }
    }

    private Optional<JsonNode> parse(String body) {
        try {
            return Optional.ofNullable(json.readTree(body)).filter(node -> !node.isMissingNode());
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
