package dev.scaleprojection.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency of the query API from one client asking one request at a time, as a dashboard or script would: per kind of
 * request, a warm-up, then {@code requests} timed GETs cycling through the given paths. A non-200 answer stops the run.
 */
final class QueryLatency {

    /** One kind of request: a name for the table and the paths to cycle through. */
    record Endpoint(String name, List<String> paths) {
    }

    /** What one kind of request measured: latencies, requests per second, and the mean size of an answer. */
    record Result(String name, Latencies latencies, double requestsPerSecond, long meanBytes) {
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    QueryLatency(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Result measure(Endpoint endpoint, int requests) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(requests, 200); i++) {
            get(endpoint.paths().get(i % endpoint.paths().size()));
        }
        List<Long> nanos = new ArrayList<>(requests);
        long bytes = 0;
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            bytes += get(endpoint.paths().get(i % endpoint.paths().size()));
            nanos.add(System.nanoTime() - sent);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(endpoint.name(), Latencies.of(nanos), requests / seconds, bytes / Math.max(1, requests));
    }

    private long get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + new String(answer.body(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return answer.body().length;
    }
}
