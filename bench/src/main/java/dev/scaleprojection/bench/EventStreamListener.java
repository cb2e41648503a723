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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A client of the aggregator's live stream ({@code GET /api/stream?org=…}, server-sent events over java.net.http): for
 * each change it was told of, the time from the ScanCompleted's publication to the {@code gap-changed} event of its
 * round (matched by cause, {@code <componentId> scan:<scanId>}) and to the first {@code score-changed} event of its
 * system that includes it ({@code changedAt} at or after the change's event time: Streams' cache may fold the scores of
 * several rounds of one system into one record, which then shows the last cause only).
 */
final class EventStreamListener implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> gapPending = new ConcurrentHashMap<>();
    private final Map<String, Expected> scorePending = new ConcurrentHashMap<>();
    private final List<Long> gapLatencies = new ArrayList<>();
    private final List<Long> scoreLatencies = new ArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile Exception failure;

    private EventStreamListener(URI stream) {
        reader = new Thread(() -> read(stream), "bench-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects and waits for the stream's {@code connected} event. */
    static EventStreamListener connect(String baseUrl, String organization, Duration timeout) throws InterruptedException {
        EventStreamListener listener = new EventStreamListener(URI.create(baseUrl + "/api/stream?org=" + organization));
        if (!listener.connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            listener.close();
            throw new IllegalStateException("the event stream did not connect within " + timeout
                    + (listener.failure != null ? ": " + listener.failure.getMessage() : ""));
        }
        return listener;
    }

    private record Expected(String system, Instant changedAt, long sentNanos) {
    }

    /** Expects the events of a change whose ScanCompleted was handed to the producer at {@code sentNanos}. */
    void expect(String cause, String system, Instant changedAt, long sentNanos) {
        gapPending.put(cause, sentNanos);
        scorePending.put(cause, new Expected(system, changedAt, sentNanos));
    }

    private void read(URI stream) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            String[] event = {null};
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    arrived(event[0], line.substring("data:".length()).trim(), System.nanoTime());
                } else if (line.isEmpty()) {
                    event[0] = null;
                }
            });
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void arrived(String event, String data, long nanos) {
        if ("connected".equals(event)) {
            connected.countDown();
            return;
        }
        try {
            JsonNode json = JSON.readTree(data);
            if ("gap-changed".equals(event)) {
                Long sent = gapPending.remove(json.get("componentId").asText() + " " + json.get("cause").asText());
                if (sent != null) {
                    record(gapLatencies, nanos - sent);
                }
            } else if ("score-changed".equals(event) && !json.get("system").isNull()) {
                String system = json.get("system").asText();
                Instant changedAt = Instant.parse(json.get("changedAt").asText());
                scorePending.entrySet().removeIf(pending -> {
                    boolean shown = pending.getValue().system().equals(system) && !pending.getValue().changedAt().isAfter(changedAt);
                    if (shown) {
                        record(scoreLatencies, nanos - pending.getValue().sentNanos());
                    }
                    return shown;
                });
            }
        } catch (IOException notJson) {
            failure = notJson;
        }
    }

    private synchronized void record(List<Long> latencies, long latencyNanos) {
        latencies.add(latencyNanos);
        notifyAll();
    }

    /** Waits until every expected score-changed event has arrived, or the timeout; true if all did. */
    synchronized boolean awaitScores(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!scorePending.isEmpty() && System.nanoTime() < deadline) {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return scorePending.isEmpty();
    }

    synchronized Latencies gapLatencies() {
        return Latencies.of(gapLatencies);
    }

    synchronized Latencies scoreLatencies() {
        return Latencies.of(scoreLatencies);
    }

    int missingScores() {
        return scorePending.size();
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
    }
}
