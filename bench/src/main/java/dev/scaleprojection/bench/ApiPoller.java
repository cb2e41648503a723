package dev.scaleprojection.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls the query API for each change until its system's score shows it ({@code changedAt} at or after the change's
 * event time: changes are published in event-time order), and keeps the time from the ScanCompleted's publication to the
 * first answer that did. A few pollers run at once, each asking every {@link #POLL_INTERVAL}.
 */
final class ApiPoller implements AutoCloseable {

    static final Duration POLL_INTERVAL = Duration.ofMillis(2);
    private static final int POLLERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pollers = Executors.newFixedThreadPool(POLLERS, runnable -> {
        Thread thread = new Thread(runnable, "bench-api-poller");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Long> latencies = new ArrayList<>();
    private final AtomicInteger missed = new AtomicInteger();

    ApiPoller(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /** Starts polling {@code /api/organizations/{org}/systems/{system}} for a change of event time {@code changedAt}. */
    void watch(String organization, String system, Instant changedAt, long sentNanos) {
        URI uri = URI.create(baseUrl + "/api/organizations/" + organization + "/systems/" + system);
        pollers.execute(() -> {
            long deadline = sentNanos + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (shows(uri, changedAt)) {
                    long seen = System.nanoTime();
                    synchronized (latencies) {
                        latencies.add(seen - sentNanos);
                    }
                    return;
                }
                LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            }
            missed.incrementAndGet();
        });
    }

    private boolean shows(URI uri, Instant changedAt) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return false;
            }
            JsonNode changed = JSON.readTree(answer.body()).get("score").get("changedAt");
            return changed != null && !changed.isNull() && !Instant.parse(changed.asText()).isBefore(changedAt);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for every poll started so far to end (seen or timed out). */
    void awaitAll() throws InterruptedException {
        pollers.shutdown();
        pollers.awaitTermination(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    }

    Latencies latencies() {
        synchronized (latencies) {
            return Latencies.of(latencies);
        }
    }

    int missed() {
        return missed.get();
    }

    @Override
    public void close() {
        pollers.shutdownNow();
    }
}
