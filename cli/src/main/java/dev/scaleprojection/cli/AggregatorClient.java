package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET requests to a running aggregator's query API (docs/api.md) for the commands that read it: a 200's body, or an
 * error that says what to do — start an aggregator when none answers, check the id when it answers 404.
 */
final class AggregatorClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AggregatorClient(String api) {
        this.api = api.replaceAll("/+$", "");
    }

    /** The body of {@code GET path?query}; {@code what} names the thing asked for ("component 'a/b/c'") in a 404's error. */
    String get(String path, Map<String, String> query, String what) {
        String queryString = query.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        URI uri = URI.create(api + path + (queryString.isEmpty() ? "" : "?" + queryString));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the aggregator at " + api + " (" + describe(e) + "). Start one with "
                    + "`scale-projection run` (it serves the API on --http-port, default 8080), or pass --api URL of a running one.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the aggregator at " + api, e);
        }
        if (response.statusCode() == 200) {
            return response.body();
        }
        String message = message(response.body());
        if (response.statusCode() == 404) {
            throw new IllegalStateException("The aggregator at " + api + " knows no " + what + ": " + message);
        }
        throw new IllegalStateException("The aggregator at " + api + " answered " + response.statusCode() + " to GET " + path + ": " + message);
    }

    JsonNode getJson(String path, Map<String, String> query, String what) {
        try {
            return JSON.readTree(get(path, query, what));
        } catch (IOException e) {
            throw new UncheckedIOException("The aggregator at " + api + " answered GET " + path + " with something that is not JSON", e);
        }
    }

    /** A path of URL-encoded segments: {@code path("api", "components", "acme", "shop")}. */
    static String path(String... segments) {
        return Arrays.stream(segments).map(AggregatorClient::encode).collect(Collectors.joining("/", "/", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error.hasNonNull("message") ? error.get("message").asText() : body;
        } catch (IOException notJson) {
            return body;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused: nothing listens there";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
