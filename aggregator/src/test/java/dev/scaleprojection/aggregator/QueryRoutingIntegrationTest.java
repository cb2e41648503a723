package dev.scaleprojection.aggregator;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.owned;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.aggregator.api.QueryServer;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two aggregator instances (same application id, own state folders, own query servers) share a four-partition gaps
 * topic on the real in-process broker: each holds part of the state, and either answers every query identically —
 * relaying a component's, organization's, system's or team's query to the instance that holds its key, and merging
 * both instances' parts of a scan.
 */
class QueryRoutingIntegrationTest {

    static final int PARTITIONS = 4;
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final List<String> COMPONENTS = List.of("acme/shop/orders", "acme/shop/web", "acme/shop/cart", "acme/money/billing",
            "acme/money/ledger", "acme/money/tax", "globex/books/ledger", "globex/books/audit", "globex/hr/payroll", "initech/tps/report",
            "acme/shop/payments"); // partitions 2, 0, 1, 2, 2, 2, 0, 1, 2, 1, 3 of four: every partition holds one

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;
    static final List<AggregatorApp> apps = new ArrayList<>();
    static final List<QueryServer> servers = new ArrayList<>();
    static final List<HttpGet> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesAndPublish() throws Exception {
        registry = RegistryBackedSerdes.start(dataDir);
        new TopicAdministrator(registry.bootstrapServers()).ensure(Topics.PIPELINE, PARTITIONS, Optional.of((short) 1));
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            AggregatorApp app = AggregatorApp.start(new StreamsSettings(registry.bootstrapServers(), dataDir.resolve("instance-" + i), 1, 1),
                    registry.serdes(), CoherenceIndex.DEFAULT, Optional.of(new HostInfo("localhost", port)));
            apps.add(app);
            servers.add(QueryServer.start("localhost", port, app.queries(), Optional.of(app.liveEvents()), () -> ""));
            instances.add(new HttpGet(port));
        }
        await().atMost(PATIENCE).until(() -> apps.stream().allMatch(app -> app.streams().state() == KafkaStreams.State.RUNNING
                && app.streams().metadataForAllStreamsClients().size() == 2
                && app.streams().metadataForAllStreamsClients().stream().allMatch(m -> !m.topicPartitions().isEmpty())));
        try (KafkaProducer<String, GapChanged> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                registry.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), registry.serdes().gaps().serializer())) {
            for (int i = 0; i < COMPONENTS.size(); i++) {
                String id = COMPONENTS.get(i);
                GapChanged round = owned(round(id, T1.plusSeconds(i), "scan:" + i, i % 3 == 0
                        ? new dev.scaleprojection.avro.GapChange[] {change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint",
                                "fp-" + i, Level.COMPOSED, i % 2 == 0 ? GapCategory.CONCERNING : GapCategory.BLOCKING)}
                        : new dev.scaleprojection.avro.GapChange[0]), i % 2 == 0 ? "team-even" : "team-odd", null);
                producer.send(new ProducerRecord<>(Topics.GAPS.name(), null, round.getOccurredAt().toEpochMilli(), id, round))
                        .get(30, TimeUnit.SECONDS);
            }
        }
        await().atMost(PATIENCE).until(() -> instances.stream().allMatch(http ->
                http.get("/api/organizations").status() == 200 && http.get("/api/organizations").json().size() == 3
                        && http.get("/api/organizations/acme").status() == 200
                        && http.get("/api/organizations/acme").json().get("score").get("components").asInt() == 7
                        && COMPONENTS.stream().allMatch(id -> http.get("/api/components/" + id + "/gaps").status() == 200)));
    }

    @AfterAll
    static void stopInstances() {
        servers.forEach(QueryServer::close);
        apps.forEach(AggregatorApp::close);
        registry.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HostInfo ownerOf(String store, String key) {
        return apps.get(0).streams().queryMetadataForKey(store, key, new StringSerializer()).activeHost();
    }

    @Test
    void eachInstanceHoldsPartOfTheComponentsAndBothAnswerForEveryComponentIdentically() {
        Set<HostInfo> owners = COMPONENTS.stream().map(id -> ownerOf(AggregatorTopology.ASSESSMENTS_STORE, id)).collect(Collectors.toSet());
        assertThat(owners).as("both instances hold some components").hasSize(2);

        for (String id : COMPONENTS) {
            for (String path : List.of("/gaps", "/history", "/gaps.md", "/gaps?asOf=" + T1.plusSeconds(30))) {
                HttpGet.Answer first = instances.get(0).get("/api/components/" + id + path);
                HttpGet.Answer second = instances.get(1).get("/api/components/" + id + path);
                assertThat(first.status()).as(id + path).isEqualTo(200);
                assertThat(second.status()).as(id + path).isEqualTo(200);
                assertThat(second.body()).as(id + path).isEqualTo(first.body());
                assertThat(second.contentType()).isEqualTo(first.contentType());
            }
            assertThat(instances.get(0).get("/api/components/" + id + "/gaps").json().get("id").asText()).isEqualTo(id);
        }
        assertThat(instances.get(1).get("/api/components/acme/shop/nothing/gaps").status()).isEqualTo(404);
        assertThat(instances.get(0).get("/api/components/acme/shop/nothing/gaps").status()).isEqualTo(404);
    }

    @Test
    void answersOrganizationSystemAndTeamQueriesIdenticallyThroughEitherInstance() {
        List<String> paths = List.of("/api/organizations", "/api/organizations/acme", "/api/organizations/globex",
                "/api/organizations/acme?asOf=" + T1.plusSeconds(3), "/api/organizations/acme/systems/shop",
                "/api/organizations/acme/systems/money", "/api/organizations/globex/systems/books",
                "/api/organizations/acme/systems/money?asOf=" + T1.plusSeconds(4), "/api/systems/acme/money/gaps.md",
                "/api/organizations/acme/trends", "/api/organizations/acme/systems/shop/trends", "/api/organizations/acme/owners",
                "/api/organizations/acme/owners/team-even", "/api/organizations/acme/owners/team-odd?asOf=" + T1.plusSeconds(30));

        for (String path : paths) {
            HttpGet.Answer first = instances.get(0).get(path);
            HttpGet.Answer second = instances.get(1).get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(second.body()).as(path).isEqualTo(first.body());
        }
        assertThat(instances.get(1).get("/api/organizations/acme/systems/money").json().get("components"))
                .extracting(c -> c.get("id").asText()).containsExactly("acme/money/billing", "acme/money/ledger", "acme/money/tax");
        assertThat(instances.get(0).get("/api/organizations/acme?asOf=" + T1.plusSeconds(3)).json().get("score").get("components").asInt())
                .isEqualTo(4);
        assertThat(instances.get(1).get("/api/systems/acme/money/gaps.md").body())
                .contains("# GAPS: acme/money/billing", "# GAPS: acme/money/ledger", "# GAPS: acme/money/tax");
        assertThat(instances.get(0).get("/api/organizations/acme/trends").json().get("days").get(0).get("concerning").get("opened").asInt()
                + instances.get(0).get("/api/organizations/acme/trends").json().get("days").get(0).get("blocking").get("opened").asInt())
                .isEqualTo(2);
        assertThat(instances.get(0).get("/api/organizations").json()).extracting(o -> o.get("org").asText())
                .containsExactly("acme", "globex", "initech");
        assertThat(instances.get(1).get("/api/organizations/acme/owners/team-nobody").status()).isEqualTo(404);
    }

    @Test
    void aRelayedRequestThatReachesAnInstanceWithoutTheKeyIsRefusedWithARetryRatherThanPassedOn() throws Exception {
        String id = COMPONENTS.stream().filter(c -> ownerOf(AggregatorTopology.ASSESSMENTS_STORE, c).port() != servers.get(0).port())
                .findFirst().orElseThrow();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + servers.get(0).port() + "/api/components/" + id + "/gaps"))
                .header("X-Scale-Projection-Forwarded", "1").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("try again");
    }
}
