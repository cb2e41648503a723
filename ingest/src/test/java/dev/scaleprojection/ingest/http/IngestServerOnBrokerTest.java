package dev.scaleprojection.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.ingest.continuous.InventoryWatcher;
import dev.scaleprojection.ingest.continuous.ScanListener;
import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.publish.AssertionPublisher;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.testing.FactsBroker;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest HTTP server on a real broker: a signed push of an inventory repository makes its new commit's facts land
 * on the facts topic; unsigned or badly signed deliveries are refused; manual assertions are validated whole (400
 * naming every field, nothing published) and published (201), and revoked (202).
 */
class IngestServerOnBrokerTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final String FILE = "orders/src/main/java/com/shop/orders/OrderRepository.java";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;
    static FactsBroker broker;
    static GitFixture origin;
    static InventoryWatcher watcher;
    static IngestServer server;

    @BeforeAll
    static void start() {
        broker = FactsBroker.start(temp.resolve("broker"));
        origin = GitFixture.ofFixture("shop", temp.resolve("shop"));
        InventoryRepository shop = new InventoryRepository("shop", origin.url(), true, "acme", "hooked", Optional.of("main"),
                Optional.empty(), Optional.empty());
        watcher = new InventoryWatcher(new Inventory(List.of(shop)), new FactPublisher(broker.producer()),
                InventoryWatcher.Settings.of(temp.resolve("data"), Duration.ofHours(1), 1_048_576), Map.of(), Clock.systemUTC(),
                ScanListener.SILENT);
        watcher.scanAll();
        server = IngestServer.start("localhost", 0, Optional.of(SECRET), Optional.of(watcher),
                new AssertionPublisher(broker.producer()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
        watcher.close();
        origin.close();
        broker.close();
    }

    @Test
    void aSignedPushRescansTheRepositoryAndPublishesItsNewFacts() throws Exception {
        origin.replace(FILE, "db.shop.internal", "db-pushed.shop.internal").commit("move the database");

        HttpResponse<String> response = webhook("push", push("acme/shop", origin.url(), "refs/heads/main"), true);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("message").asText()).isEqualTo("Rescan of shop queued");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(facts("acme/hooked/")).anySatisfy(e ->
                assertThat(e.getPayload()).isInstanceOfSatisfying(FactObserved.class,
                        fact -> assertThat(fact.getEvidence().getSnippet()).contains("db-pushed.shop.internal"))));
    }

    @Test
    void refusesUnsignedAndBadlySignedDeliveries() throws Exception {
        String body = push("acme/shop", origin.url(), "refs/heads/main");

        HttpResponse<String> unsigned = webhook("push", body, false);
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/webhooks/github")).header("X-GitHub-Event", "push")
                .header(WebhookSignature.HEADER, WebhookSignature.sign("guessed", body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> malformed = send(HttpRequest.newBuilder(uri("/api/webhooks/github")).header("X-GitHub-Event", "push")
                .header(WebhookSignature.HEADER, "sha1=abc").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(json(unsigned).path("field").asText()).isEqualTo("X-Hub-Signature-256");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged).path("message").asText()).contains("does not match");
        assertThat(malformed.statusCode()).isEqualTo(401);
    }

    @Test
    void answersPingsAndIgnoresPushesItDoesNotFollow() throws Exception {
        HttpResponse<String> ping = webhook("ping", "{\"zen\":\"Keep it logically awesome.\"}", true);
        HttpResponse<String> stranger = webhook("push", push("acme/other", "https://github.com/acme/other.git", "refs/heads/main"), true);
        HttpResponse<String> otherBranch = webhook("push", push("acme/shop", origin.url(), "refs/heads/feature"), true);

        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(json(ping).path("message").asText()).isEqualTo("pong");
        assertThat(stranger.statusCode()).isEqualTo(202);
        assertThat(json(stranger).path("message").asText()).isEqualTo("Ignored: acme/other is not in the inventory");
        assertThat(otherBranch.statusCode()).isEqualTo(202);
        assertThat(json(otherBranch).path("message").asText()).contains("refs/heads/feature", "not to the followed branch main");
    }

    @Test
    void refusesAnInvalidAssertionNamingEveryFieldAndPublishesNothing() throws Exception {
        HttpResponse<String> response = post("/api/assertions", """
                {"component": "Acme/Shop", "author": "ada", "reason": "short", "fingerprint": "3f2a", "expires": "soon", "colour": "red"}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        List<String> fields = JSON.convertValue(body.path("fields"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(fields).containsExactlyInAnyOrder("colour", "expires", "component", "reason");
        assertThat(body.path("message").asText()).startsWith("The assertion is invalid and was not published");
        assertThat(facts("Acme/Shop")).isEmpty();
    }

    @Test
    void publishesAValidAssertionAndItsRevocation() throws Exception {
        HttpResponse<String> made = post("/api/assertions", """
                {"component": "acme/hooked/orders", "author": "ada", "reason": "tenancy is enforced by the gateway",
                 "kind": "tenant-isolation.gateway", "attributes": {"gateway": "kong"}}
                """);

        assertThat(made.statusCode()).isEqualTo(201);
        String id = json(made).path("id").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(facts("acme/hooked/orders")).anySatisfy(e ->
                assertThat(e.getPayload()).isInstanceOfSatisfying(AssertionMade.class, assertion -> {
                    assertThat(assertion.getAssertionId()).isEqualTo(id);
                    assertThat(assertion.getAttributes()).containsEntry("gateway", "kong");
                })));

        HttpResponse<String> incomplete = send(HttpRequest.newBuilder(uri("/api/assertions/" + id))
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"component\": \"acme/hooked/orders\"}")));
        HttpResponse<String> revoked = post("/api/assertions/" + id + "/revoke",
                "{\"component\": \"acme/hooked/orders\", \"author\": \"ada\", \"reason\": \"the gateway was replaced\"}");

        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(json(incomplete).path("fields").toString()).contains("author", "reason");
        assertThat(revoked.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(facts("acme/hooked/orders")).anySatisfy(e ->
                assertThat(e.getPayload()).isInstanceOfSatisfying(AssertionRevoked.class,
                        revocation -> assertThat(revocation.getAssertionId()).isEqualTo(id))));
    }

    @Test
    void aServerWithoutASecretRefusesWebhooksNamingTheSetting() throws Exception {
        try (IngestServer unsecured = IngestServer.start("localhost", 0, Optional.empty(), Optional.of(watcher),
                new AssertionPublisher(broker.producer()), Clock.systemUTC())) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + unsecured.port() + "/api/webhooks/github"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("field").asText()).isEqualTo("webhook.secret");
        }
    }

    @Test
    void aServerWithATokenTakesAssertionsOnlyWithThatBearerToken() throws Exception {
        String assertion = """
                {"component": "acme/hooked/orders", "author": "ada", "reason": "the gateway enforces tenancy",
                 "kind": "tenant-isolation.gateway"}
                """;
        try (IngestServer guarded = IngestServer.start("localhost", 0, Optional.empty(), Optional.of("s3cret-token"),
                Optional.of(watcher), new AssertionPublisher(broker.producer()), Clock.systemUTC())) {
            URI endpoint = URI.create("http://localhost:" + guarded.port() + "/api/assertions");

            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(assertion)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer guessed").POST(HttpRequest.BodyPublishers.ofString(assertion)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> revokeAnonymous = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/a-1/revoke"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> authorized = HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer s3cret-token").POST(HttpRequest.BodyPublishers.ofString(assertion)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(json(anonymous).path("field").asText()).isEqualTo("Authorization");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(revokeAnonymous.statusCode()).isEqualTo(401);
            assertThat(authorized.statusCode()).isEqualTo(201);
        }
    }

    private static List<FactEvent> facts(String componentPrefix) {
        return broker.facts().stream().filter(e -> e.getComponentId().startsWith(componentPrefix)).toList();
    }

    private static String push(String fullName, String cloneUrl, String ref) {
        return """
                {"ref": "%s", "after": "0000000000000000000000000000000000000001",
                 "repository": {"full_name": "%s", "clone_url": "%s", "default_branch": "main"}}
                """.formatted(ref, fullName, cloneUrl);
    }

    private static HttpResponse<String> webhook(String event, String body, boolean signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/webhooks/github")).header("X-GitHub-Event", event)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signed) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }
}
