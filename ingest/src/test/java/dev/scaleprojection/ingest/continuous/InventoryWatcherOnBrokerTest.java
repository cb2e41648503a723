package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.testing.FactsBroker;
import dev.scaleprojection.ingest.testing.GitFixture;
import dev.scaleprojection.ingest.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inventory watcher on a real broker, with real git repositories as remotes ({@code file://} URLs): passes publish
 * a repository again only when its head moved, a failing repository does not stop the others and is retried after a
 * doubling delay, a component that leaves the layout is retracted, and the poll schedule picks up new commits.
 * Each test uses its own systems, so they share one broker.
 */
class InventoryWatcherOnBrokerTest {

    private static final Duration POLL = Duration.ofMinutes(1);

    @TempDir
    static Path brokerDir;
    static FactsBroker broker;

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final List<String> failures = new ArrayList<>();
    private final ScanListener listener = new ScanListener() {
        @Override
        public void failed(InventoryRepository repository, String message, int count, Instant retryAt) {
            failures.add(repository.name() + " #" + count + " retry at " + retryAt + ": " + message);
        }
    };

    @BeforeAll
    static void start() {
        broker = FactsBroker.start(brokerDir);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private InventoryWatcher watcher(InventoryRepository... repositories) {
        return new InventoryWatcher(new Inventory(List.of(repositories)), new FactPublisher(broker.producer()),
                InventoryWatcher.Settings.of(temp.resolve("data"), POLL, 1_048_576), Map.of(), clock, listener);
    }

    private static List<FactEvent> factsOf(String system) {
        return broker.facts().stream().filter(e -> e.getComponentId().startsWith("acme/" + system + "/")).toList();
    }

    @Test
    void aPassPublishesARepositoryAgainOnlyWhenItsHeadMoved() {
        try (GitFixture origin = GitFixture.ofFixture("shop", temp.resolve("shop"))) {
            InventoryRepository shop = InventoryRepository.remote("shop", origin.url(), "acme", "shop-poll");
            try (InventoryWatcher watcher = watcher(shop)) {
                PassSummary first = watcher.scanAll();
                PassSummary idle = watcher.scanAll();

                assertThat(first.scans()).singleElement().satisfies(scan -> assertThat(scan.incremental()).isFalse());
                assertThat(idle.scans()).isEmpty();
                assertThat(idle.unchanged()).containsExactly("shop");
            }
            int published = factsOf("shop-poll").size();
            origin.replace("orders/src/main/java/com/shop/orders/OrderRepository.java", "db.shop.internal", "db2.shop.internal")
                    .commit("move the database");

            try (InventoryWatcher restarted = watcher(shop)) {
                PassSummary moved = restarted.scanAll();

                assertThat(moved.scans()).singleElement().satisfies(scan -> {
                    assertThat(scan.incremental()).as(scan.reason()).isTrue();
                    assertThat(scan.filesRead()).isEqualTo(1);
                });
            }
            List<FactEvent> after = factsOf("shop-poll").subList(published, factsOf("shop-poll").size());
            assertThat(after).anySatisfy(e -> assertThat(e.getPayload()).isInstanceOfSatisfying(FactObserved.class,
                    fact -> assertThat(fact.getEvidence().getSnippet()).contains("db2.shop.internal")));
            // only the facts that changed are observed again; every component still completes its scan
            assertThat(after).filteredOn(e -> e.getPayload() instanceof FactObserved).allSatisfy(e ->
                    assertThat(((FactObserved) e.getPayload()).getEvidence().getPath()).endsWith("OrderRepository.java"));
            assertThat(after).filteredOn(e -> e.getPayload() instanceof ScanCompleted).extracting(FactEvent::getComponentId)
                    .containsExactlyInAnyOrderElementsOf(factsOf("shop-poll").subList(0, published).stream()
                            .filter(e -> e.getPayload() instanceof ScanCompleted).map(FactEvent::getComponentId).toList());
        }
    }

    @Test
    void aNewBuildOfTheScannerReadsAnUnchangedHeadAgainAndSendsOnlyWhatItFindsDifferently() {
        try (GitFixture origin = GitFixture.ofFixture("shop", temp.resolve("shop"))) {
            InventoryRepository shop = InventoryRepository.remote("shop", origin.url(), "acme", "shop-rebuilt");
            try (InventoryWatcher watcher = watcher(shop)) {
                watcher.scanAll();
            }
            int published = factsOf("shop-rebuilt").size();
            // given the saved scan of the head, made by another build of the scanner
            RepositoryStateStore store = new RepositoryStateStore(temp.resolve("data").resolve("ingest-state"));
            RepositoryState state = store.load("shop").orElseThrow();
            store.save("shop", new RepositoryState(state.commit(), state.components(), state.facts(), state.skipped(),
                    state.filesScanned(), state.bytesScanned(), state.publishedComponentIds(), state.entityIndex(),
                    state.eventHandlers(), state.clientAppFolders(), "0123456789abcdef"));

            try (InventoryWatcher upgraded = watcher(shop)) {
                PassSummary pass = upgraded.scanAll();

                // then the head is scanned in full again, and the same facts send no fact again
                assertThat(pass.unchanged()).isEmpty();
                assertThat(pass.scans()).singleElement().satisfies(scan -> {
                    assertThat(scan.incremental()).isFalse();
                    assertThat(scan.reason()).contains("another build of the scanner");
                    assertThat(scan.factsSent()).isZero();
                });
                assertThat(factsOf("shop-rebuilt").subList(published, factsOf("shop-rebuilt").size()))
                        .noneSatisfy(e -> assertThat(e.getPayload()).isInstanceOf(FactObserved.class));
                assertThat(store.load("shop").orElseThrow().madeByThisScanner()).isTrue();
                assertThat(upgraded.scanAll().unchanged()).containsExactly("shop");
            }
        }
    }

    @Test
    void aRepositoryThatFailsDoesNotStopTheOthersAndIsRetriedLaterAndLater() {
        try (GitFixture first = GitFixture.ofFixture("shop", temp.resolve("first"));
             GitFixture last = GitFixture.ofFixture("shop", temp.resolve("last"))) {
            String missing = temp.resolve("gone").toUri().toString();
            try (InventoryWatcher watcher = watcher(InventoryRepository.remote("first", first.url(), "acme", "fail-first"),
                    InventoryRepository.remote("broken", missing, "acme", "fail-broken"),
                    InventoryRepository.remote("last", last.url(), "acme", "fail-last"))) {

                PassSummary pass = watcher.scanAll();
                PassSummary tooSoon = watcher.scanAll();
                clock.advance(POLL);
                PassSummary retried = watcher.scanAll();

                assertThat(pass.scans()).extracting(scan -> scan.repository().name()).containsExactly("first", "last");
                assertThat(pass.failed()).containsExactly("broken");
                assertThat(tooSoon.waiting()).containsExactly("broken");
                assertThat(retried.failed()).containsExactly("broken");
                assertThat(failures).hasSize(2);
                assertThat(failures.get(0)).startsWith("broken #1 retry at 2026-12-04T12:01:00Z: Could not clone or update " + missing);
                assertThat(failures.get(1)).startsWith("broken #2 retry at 2026-12-04T12:03:00Z");
                assertThat(watcher.failing()).containsOnlyKeys("broken");
            }
            assertThat(factsOf("fail-first")).isNotEmpty();
            assertThat(factsOf("fail-last")).isNotEmpty();
        }
    }

    @Test
    void aComponentThatLeavesTheLayoutIsToldItsScanCompletedWithNothing() {
        try (GitFixture origin = GitFixture.init(temp.resolve("layout"))) {
            service(origin, "a");
            service(origin, "b");
            origin.commit("two services");
            try (InventoryWatcher watcher = watcher(InventoryRepository.remote("layout", origin.url(), "acme", "layout"))) {
                PassSummary before = watcher.scanAll();
                origin.delete("services/b/Dockerfile").delete("services/b/Client.java").commit("retire b");
                PassSummary after = watcher.scanAll();

                assertThat(before.scans().get(0).componentIds()).contains("acme/layout/a", "acme/layout/b");
                assertThat(after.scans().get(0).componentIds()).doesNotContain("acme/layout/b");
                assertThat(after.scans().get(0).retractedComponentIds()).containsExactly("acme/layout/b");
            }
            List<FactEvent> ofB = factsOf("layout").stream().filter(e -> e.getComponentId().equals("acme/layout/b")).toList();
            assertThat(ofB.get(ofB.size() - 1).getPayload()).isInstanceOfSatisfying(ScanCompleted.class,
                    completed -> assertThat(completed.getFingerprints()).isEmpty());
        }
    }

    @Test
    void aLocalWorkTreeIsScannedWhereItIsWhenItsHeadMoves() {
        try (GitFixture local = GitFixture.ofFixture("shop", temp.resolve("local"))) {
            InventoryRepository repository = InventoryRepository.local("local", local.folder().toString(), "acme", "local");
            try (InventoryWatcher watcher = watcher(repository)) {
                PassSummary first = watcher.scanAll();
                PassSummary idle = watcher.scanAll();
                local.replace("orders/src/main/java/com/shop/orders/OrderRepository.java", "db.shop.internal", "db5.shop.internal")
                        .commit("move the database");
                PassSummary moved = watcher.scanAll();

                assertThat(first.scans()).singleElement().satisfies(scan -> assertThat(scan.root()).isEqualTo(local.folder()));
                assertThat(idle.unchanged()).containsExactly("local");
                assertThat(moved.scans()).singleElement().satisfies(scan -> assertThat(scan.incremental()).isFalse());
            }
            assertThat(factsOf("local")).anySatisfy(e -> assertThat(e.getPayload()).isInstanceOfSatisfying(FactObserved.class,
                    fact -> assertThat(fact.getEvidence().getSnippet()).contains("db5.shop.internal")));
        }
    }

    @Test
    void credentialsComeFromTheEnvironmentVariableTheInventoryNames() {
        try (GitFixture origin = GitFixture.ofFixture("shop", temp.resolve("private"))) {
            InventoryRepository unset = new InventoryRepository("unset", origin.url(), true, "acme", "creds-unset",
                    java.util.Optional.empty(), java.util.Optional.of("NOT_SET_TOKEN"), java.util.Optional.empty());
            InventoryRepository set = new InventoryRepository("set", origin.url(), true, "acme", "creds-set",
                    java.util.Optional.empty(), java.util.Optional.of("SHOP_TOKEN"), java.util.Optional.empty());
            try (InventoryWatcher watcher = new InventoryWatcher(new Inventory(List.of(unset, set)), new FactPublisher(broker.producer()),
                    InventoryWatcher.Settings.of(temp.resolve("data"), POLL, 1_048_576), Map.of("SHOP_TOKEN", "t0ken"), clock, listener)) {
                PassSummary pass = watcher.scanAll();

                assertThat(pass.failed()).containsExactly("unset");
                assertThat(pass.scans()).extracting(scan -> scan.repository().name()).containsExactly("set");
                assertThat(failures).singleElement().asString()
                        .contains("tokenEnv: the environment variable NOT_SET_TOKEN named for repository unset is not set");
            }
        }
    }

    @Test
    void pollingOnItsIntervalPublishesANewCommit() {
        try (GitFixture origin = GitFixture.ofFixture("shop", temp.resolve("polled"))) {
            InventoryRepository shop = InventoryRepository.remote("polled", origin.url(), "acme", "polled");
            try (InventoryWatcher watcher = new InventoryWatcher(new Inventory(List.of(shop)), new FactPublisher(broker.producer()),
                    InventoryWatcher.Settings.of(temp.resolve("data"), Duration.ofMillis(200), 1_048_576), Map.of(), clock, listener)) {
                watcher.scanAll();
                watcher.start();
                origin.replace("orders/src/main/java/com/shop/orders/OrderRepository.java", "cache.shop.internal", "cache9.shop.internal")
                        .commit("move the cache");

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(factsOf("polled")).anySatisfy(e ->
                        assertThat(e.getPayload()).isInstanceOfSatisfying(FactObserved.class,
                                fact -> assertThat(fact.getEvidence().getSnippet()).contains("cache9.shop.internal"))));
            }
        }
    }

    private static void service(GitFixture origin, String name) {
        origin.write("services/" + name + "/Dockerfile", "FROM eclipse-temurin:17\nCOPY app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n");
        origin.write("services/" + name + "/Client.java", """
                package %s;

                public class Client {
                    private static final String DB_URL = "jdbc:postgresql://db.%s.internal:5432/%s";
                }
                """.formatted(name, name, name));
    }
}
