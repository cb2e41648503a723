package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scaleprojection.ingest.domain.Finding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture repository {@code fixtures/shop}: these exact facts are also what the end-to-end test expects. */
class ShopFixtureScanTest {

    private static Path shop;
    private static ScanResult scan;

    @BeforeAll
    static void scanTheFixture() throws URISyntaxException {
        shop = Path.of(ShopFixtureScanTest.class.getResource("/fixtures/shop").toURI());
        scan = new RepositoryScanner().scan(shop, "shop", ScanOptions.defaults());
    }

    @Test
    void findsExactlyTheseFactsInTheirComponentsAtTheirLines() {
        assertThat(scan.facts()).extracting(f -> f.finding().kind(), ObservedFact::component, f -> f.finding().path(),
                f -> f.finding().startLine()).containsExactly(
                tuple("deployment.compose-service", "orders", "docker-compose.yml", 2),
                tuple("endpoint.configured", "orders", "docker-compose.yml", 10),
                tuple("endpoint.configured", "orders", "docker-compose.yml", 11),
                tuple("deployment.dockerfile", "orders", "orders/Dockerfile", 7),
                tuple("build.manifest", "orders", "orders/pom.xml", 1),
                tuple("endpoint.hardcoded", "orders", "orders/src/main/java/com/shop/orders/OrderRepository.java", 13),
                tuple("endpoint.hardcoded", "orders", "orders/src/main/java/com/shop/orders/OrderRepository.java", 15),
                tuple("endpoint.hardcoded", "orders", "orders/src/main/java/com/shop/orders/OrdersSettings.java", 4),
                tuple("endpoint.configured", "orders", "orders/src/main/resources/application.yml", 5),
                tuple("deployment.compose-service", "shop", "docker-compose.yml", 25),
                tuple("deployment.compose-service", "shop", "docker-compose.yml", 31),
                tuple("endpoint.env-fallback", "shop", "reports/report.py", 8),
                tuple("state.embedded-database", "shop", "reports/report.py", 14),
                tuple("build.manifest", "shop", "reports/requirements.txt", 1),
                tuple("deployment.compose-service", "web", "docker-compose.yml", 15),
                tuple("endpoint.configured", "web", "docker-compose.yml", 21),
                tuple("deployment.dockerfile", "web", "web/Dockerfile", 1),
                tuple("build.manifest", "web", "web/package.json", 1),
                tuple("endpoint.env-fallback", "web", "web/src/inventoryClient.ts", 2),
                tuple("coupling.sync-internal-call", "web", "web/src/inventoryClient.ts", 5),
                tuple("endpoint.hardcoded", "web", "web/src/inventoryClient.ts", 5));
    }

    @Test
    void anchorsEachFactStructurally() {
        assertThat(scan.facts()).extracting(f -> f.finding().anchor()).containsExactly("services.orders",
                "services.orders.environment.DB_URL", "services.orders.environment.REDIS_URL", "final-stage", "",
                "OrderRepository.DB_URL", "OrderRepository.cacheUrl", "OrdersSettings.PAYMENT_GATEWAY",
                "spring.datasource.url", "services.postgres", "services.redis", "SALES_DB", "run", "",
                "services.web", "services.web.environment.INVENTORY_URL", "final-stage", "", "INVENTORY_URL", "stock", "stock");
    }

    @Test
    void describesWhatItSaw() {
        assertThat(fact("orders/src/main/java/com/shop/orders/OrderRepository.java", 13).attributes()).containsAllEntriesOf(
                Map.of("technology", "postgresql", "host", "db.shop.internal", "port", "5432",
                        "value", "jdbc:postgresql://***:***@db.shop.internal:5432/orders"));
        assertThat(fact("orders/src/main/java/com/shop/orders/OrdersSettings.java", 4).attributes())
                .containsEntry("holder", "config-class");
        assertThat(fact("orders/Dockerfile", 7).attributes()).containsAllEntriesOf(Map.of("baseImage", "eclipse-temurin:17-jre",
                "stages", "2", "exposedPorts", "8080", "user", "1000", "healthcheck", "true"));
        assertThat(fact("docker-compose.yml", 2).attributes()).containsAllEntriesOf(Map.of("service", "orders",
                "build", "./orders", "replicas", "2", "dependsOn", "postgres,redis", "ports", "8081:8080"));
        assertThat(fact("web/src/inventoryClient.ts", 2).attributes()).containsEntry("overriddenBy", "environment");
        assertThat(fact("reports/report.py", 14).attributes()).containsEntry("engine", "sqlite").containsEntry("mode", "memory");
    }

    @Test
    void leavesNoCredentialInTheEvidence() {
        assertThat(scan.facts()).allSatisfy(fact -> {
            assertThat(fact.finding().snippet()).doesNotContain("s3cr3t", "changeme");
            assertThat(fact.finding().attributes().values()).noneMatch(v -> v.contains("s3cr3t") || v.contains("changeme"));
        });
    }

    @Test
    void ignoresTestsDocsCommentsExamplesAndTestConfiguration() {
        assertThat(scan.facts()).noneMatch(f -> f.finding().path().contains("/src/test/")
                || f.finding().path().endsWith(".md") || f.finding().path().equals(".env.example")
                || f.finding().path().endsWith(".test.ts"));
        assertThat(scan.facts()).noneMatch(f -> f.finding().attribute("host").equals("wiki.shop.internal")
                || f.finding().attribute("host").equals("db-docs.shop.internal")
                || f.finding().attribute("host").equals("www.w3.org"));
    }

    @Test
    void fingerprintsAreStableAndDistinct() {
        ScanResult again = new RepositoryScanner().scan(shop, "shop", ScanOptions.defaults());

        assertThat(again.facts()).isEqualTo(scan.facts());
        assertThat(scan.facts()).extracting(ObservedFact::fingerprint).doesNotHaveDuplicates()
                .allMatch(fingerprint -> fingerprint.matches("[0-9a-f]{24}"));
    }

    @Test
    void countsWhatItRead() {
        assertThat(scan.repository()).isEqualTo("shop");
        assertThat(scan.commit()).isEmpty();
        assertThat(scan.skipped()).isEmpty();
        assertThat(scan.stats().factsByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("build.manifest", 3,
                "deployment.compose-service", 4, "deployment.dockerfile", 2, "endpoint.configured", 4,
                "endpoint.env-fallback", 2, "endpoint.hardcoded", 4, "state.embedded-database", 1, "coupling.sync-internal-call", 1));
        assertThat(scan.stats().filesScanned()).isEqualTo(12);
    }

    private static Finding fact(String path, int line) {
        List<ObservedFact> matching = scan.facts().stream()
                .filter(f -> f.finding().path().equals(path) && f.finding().startLine() == line).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0).finding();
    }
}
