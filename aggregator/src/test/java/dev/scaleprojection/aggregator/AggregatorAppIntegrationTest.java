package dev.scaleprojection.aggregator;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.aggregator.api.QueryServer;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.live.StreamPosition;
import dev.scaleprojection.aggregator.testing.GapChangedSamples;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.aggregator.testing.SseConnection;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregator on the real in-process broker, three partitions: gap rounds published to gaps.v1 become histories, as-of
 * answers and a live event stream that a reconnecting client resumes without missing an event.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AggregatorAppIntegrationTest {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String LEDGER = "globex/books/ledger";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;
    static AggregatorApp app;
    static QueryServer server;
    static KafkaProducer<String, GapChanged> producer;

    @BeforeAll
    static void startAggregator() {
        registry = RegistryBackedSerdes.start(dataDir);
        new TopicAdministrator(registry.bootstrapServers()).ensure(Topics.PIPELINE, 3, Optional.of((short) 1));
        app = AggregatorApp.start(new StreamsSettings(registry.bootstrapServers(), dataDir.resolve("streams"), 1, 1), registry.serdes(),
                CoherenceIndex.DEFAULT);
        server = QueryServer.start("localhost", 0, app.queries(), Optional.of(app.liveEvents()), () -> "");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, registry.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), registry.serdes().gaps().serializer());
    }

    @AfterAll
    static void stopAggregator() {
        producer.close();
        server.close();
        app.close();
        registry.close();
    }

    static RecordMetadata publish(GapChanged round) throws InterruptedException, ExecutionException, TimeoutException {
        return producer.send(new ProducerRecord<>(Topics.GAPS.name(), null, round.getOccurredAt().toEpochMilli(), round.getComponentId(),
                round)).get(30, TimeUnit.SECONDS);
    }

    /** Waits until the live event feed has read the record: a client without a position would no longer receive it. */
    static void awaitFeedPast(RecordMetadata record) {
        await().atMost(PATIENCE).until(() -> app.liveEvents().head().covers("g" + record.partition(), record.offset()));
    }

    static boolean isGapChangedOf(SseConnection.Event event, String cause) {
        return event.type().equals("gap-changed") && json(event).get("cause").asText().equals(cause);
    }

    static JsonNode json(SseConnection.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> gapChangeCauses(List<SseConnection.Event> events) {
        return events.stream().filter(e -> e.type().equals("gap-changed")).map(e -> json(e).get("cause").asText()).toList();
    }

    @Test
    @Order(1)
    void streamsGapAndScoreChangesAndAReconnectingClientReceivesEveryEventItMissed() throws Exception {
        List<SseConnection.Event> received = new ArrayList<>();
        String lastId;
        try (SseConnection first = SseConnection.open(server.port(), "/api/stream?org=acme", Optional.empty())) {
            assertThat(first.next(PATIENCE).type()).isEqualTo("connected");
            publish(round(LEDGER, T1, "scan:l1"));
            publish(round(ORDERS, T1, "scan:s1",
                    change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)));
            publish(round(WEB, T1, "scan:w1"));

            received.addAll(first.until(e -> e.type().equals("score-changed") && json(e).get("components").asInt() == 2
                    && json(e).get("scope").asText().equals("acme"), PATIENCE));
            assertThat(gapChangeCauses(received)).containsExactlyInAnyOrder("scan:s1", "scan:w1");
            lastId = received.get(received.size() - 1).id();
        }

        awaitFeedPast(publish(round(ORDERS, T2, "scan:s2",
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING))));
        awaitFeedPast(publish(round(WEB, T2, "scan:w2",
                change(GapChangeKind.OPENED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN))));
        await().atMost(PATIENCE).until(() -> app.queries().component(WEB).map(a -> a.gaps().size() == 1).orElse(false));

        List<SseConnection.Event> resumed = new ArrayList<>();
        try (SseConnection second = SseConnection.open(server.port(), "/api/stream?org=acme", Optional.of(lastId))) {
            SseConnection.Event connected = second.next(PATIENCE);
            assertThat(connected.id()).isEqualTo(lastId);
            List<String> wanted = new ArrayList<>(List.of("scan:s2", "scan:w2"));
            while (!wanted.isEmpty()) {
                SseConnection.Event event = second.next(PATIENCE);
                resumed.add(event);
                if (event.type().equals("gap-changed")) {
                    wanted.remove(json(event).get("cause").asText());
                }
            }
        }

        assertThat(resumed).extracting(SseConnection.Event::type).doesNotContain("events-missed");
        assertThat(gapChangeCauses(resumed)).containsExactlyInAnyOrder("scan:s2", "scan:w2");
        assertThat(resumed).allSatisfy(e -> assertThat(StreamPosition.parse(e.id()).isBehind(StreamPosition.parse(lastId))).isFalse());
        List<SseConnection.Event> all = new ArrayList<>(received);
        all.addAll(resumed);
        assertThat(all).noneMatch(e -> e.data().contains("globex"));
        JsonNode firstChange = json(all.stream().filter(e -> isGapChangedOf(e, "scan:s1")).findFirst().orElseThrow());
        assertThat(firstChange.get("changes").get(0).get("rule").asText()).isEqualTo("configuration.hardcoded-endpoint@1");
        assertThat(firstChange.get("changes").get(0).get("evidence").get(0).get("location").asText()).isEqualTo("orders/src/Repo.java:12");
    }

    @Test
    @Order(2)
    void servesTheHistoryAndThePastOfAComponentFromTheRunningService() {
        HttpGet http = new HttpGet(server.port());

        JsonNode history = http.get("/api/components/" + ORDERS + "/history").json();
        JsonNode atT1 = http.get("/api/components/" + ORDERS + "/gaps?asOf=" + T1).json();
        JsonNode organizationAtT1 = http.get("/api/organizations/acme?asOf=" + T1).json();

        assertThat(history).extracting(e -> e.get("cause").asText()).containsExactly("scan:s1", "scan:s2");
        assertThat(history).extracting(e -> e.get("after").get("verdict").asText()).containsExactly("accruing-debt", "implicit");
        assertThat(atT1.get("gaps")).extracting(g -> g.get("id").asText()).containsExactly("configuration.hardcoded-endpoint@COMPOSED:fp-pg");
        assertThat(organizationAtT1.get("score").get("coherenceIndex").asDouble()).isEqualTo(90.0);
        assertThat(http.get("/api/organizations").json()).extracting(o -> o.get("org").asText()).containsExactly("acme", "globex");
        assertThat(http.get("/api/organizations/acme/trends").json().get("weeks"))
                .extracting(w -> w.get("period").asText() + ":" + w.get("blocking").get("opened").asInt())
                .containsExactly("2026-W49:1");
    }

    @Test
    @Order(3)
    void refusesAnUnknownLastEventIdAndASystemWithoutItsOrganizationNamingTheParameter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> badId = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/stream"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "42").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> systemAlone = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/api/stream?system=shop")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badId.body()).get("parameter").asText()).isEqualTo("Last-Event-ID");
        assertThat(systemAlone.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(systemAlone.body()).get("parameter").asText()).isEqualTo("system");
    }

    @Test
    @Order(4)
    void streamsTheAssertionsAuthorAndATeamsScoreApartFromTheOrganizationsScore() throws Exception {
        try (SseConnection stream = SseConnection.open(server.port(), "/api/stream?org=acme", Optional.empty())) {
            assertThat(stream.next(PATIENCE).type()).isEqualTo("connected");
            publish(GapChangedSamples.owned(GapChangedSamples.asserted(round(WEB, T2.plusSeconds(60), "assertion:a1",
                    change(GapChangeKind.WAIVED, "configuration.queue-config", "fp-queue", Level.COMPOSED, GapCategory.CLEAN)),
                    "alice", "the queue is configured by the platform"), "team-web", "commerce"));

            List<SseConnection.Event> events = stream.until(e -> e.type().equals("group-score-changed")
                    && json(e).get("scope").asText().equals("acme|owner|team-web"), PATIENCE);

            JsonNode gapChanged = json(events.stream().filter(e -> isGapChangedOf(e, "assertion:a1")).findFirst().orElseThrow());
            assertThat(gapChanged.get("author").asText()).isEqualTo("alice");
            assertThat(gapChanged.get("reason").asText()).isEqualTo("the queue is configured by the platform");
            assertThat(gapChanged.get("owner").asText()).isEqualTo("team-web");
            JsonNode team = json(events.get(events.size() - 1));
            assertThat(team.get("owner").asText()).isEqualTo("team-web");
            assertThat(team.get("components").asInt()).isEqualTo(1);
            assertThat(events).filteredOn(e -> e.type().equals("score-changed"))
                    .allSatisfy(e -> assertThat(json(e).get("owner").isNull()).isTrue());
        }
        HttpGet http = new HttpGet(server.port());
        JsonNode history = http.get("/api/components/" + WEB + "/history").json();
        assertThat(history.get(history.size() - 1).get("author").asText()).isEqualTo("alice");
        assertThat(http.get("/api/organizations/acme/owners/team-web").json().get("components"))
                .extracting(c -> c.get("id").asText()).containsExactly(WEB);
    }
}
