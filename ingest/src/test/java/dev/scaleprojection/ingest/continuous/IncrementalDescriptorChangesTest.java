package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A commit that changes a deployment or build file, a Dockerfile or a project manifest is rescanned incrementally when
 * what the layout reads from the file is the same before and after (a version, an environment variable, replicas, a
 * base image), and in full, with the file and the reason, when it is not (a new Compose service, a renamed workload, a
 * new module, a new Dockerfile, a new Deployment). A workflow or a ConfigMap added or deleted is incremental. Either
 * way the result equals a full scan's. The shop fixture is given Kubernetes manifests, a Kustomize component nobody
 * opts into, a workflow, the Maven wrapper's jar and a Maven and a Gradle build first.
 */
class IncrementalDescriptorChangesTest {

    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: orders
                      image: ghcr.io/acme/orders:1.0
            """;
    private static final String OPT_IN_KUSTOMIZATION = """
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            resources:
              - deployment.yaml
            """;
    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: orders-settings
            data:
              LOG_LEVEL: info
            """;
    private static final String WORKFLOW = """
            name: ci
            on: [push]
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: mvn -B verify
            """;
    private static final String ROOT_POM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.shop</groupId>
              <artifactId>shop</artifactId>
              <version>1.0.0</version>
              <packaging>pom</packaging>
              <modules>
                <module>orders</module>
              </modules>
            </project>
            """;

    @TempDir
    Path temp;

    private GitFixture origin;
    private final RepositoryScanner scanner = new RepositoryScanner();
    private final IncrementalScanner incremental = new IncrementalScanner(scanner);
    private RepositoryStateStore store;

    @BeforeEach
    void cloneAndScanTheShopWithItsManifests() {
        origin = GitFixture.ofFixture("shop", temp.resolve("origin"));
        origin.write("k8s/orders/deployment.yaml", DEPLOYMENT)
                .write("kustomize/components/canary/kustomization.yaml", OPT_IN_KUSTOMIZATION)
                .write("kustomize/components/canary/deployment.yaml", DEPLOYMENT.replace("name: orders", "name: orders-canary"))
                .write("pom.xml", ROOT_POM)
                .write("settings.gradle", "rootProject.name = 'shop'\ninclude 'reports'\n")
                .write("k8s/orders/configmap.yaml", CONFIG_MAP)
                .write(".github/workflows/ci.yml", WORKFLOW)
                .write(".mvn/wrapper/maven-wrapper.jar", "PK\u0003\u0004\u0000\u0000wrapper 3.2")
                .commit("manifests and builds");
        store = new RepositoryStateStore(temp.resolve("state"));
        save(scanner.scan(fetch(), "shop", ScanOptions.defaults()));
    }

    @AfterEach
    void close() {
        origin.close();
    }

    static Stream<Arguments> commits() {
        return Stream.of(
                incremental("a version bump in package.json",
                        shop -> shop.replace("web/package.json", "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")),
                incremental("a version bump in pom.xml",
                        shop -> shop.replace("orders/pom.xml", "<version>1.0.0</version>", "<version>1.1.0</version>")),
                incremental("a new dependency in pom.xml, which the orders' facts now name",
                        shop -> shop.replace("orders/pom.xml", "</project>", """
                                  <dependencies>
                                    <dependency>
                                      <groupId>com.h2database</groupId>
                                      <artifactId>h2</artifactId>
                                    </dependency>
                                  </dependencies>
                                </project>""")),
                incremental("an environment variable added to a Compose service",
                        shop -> shop.replace("docker-compose.yml", "      LOG_LEVEL: info",
                                "      LOG_LEVEL: info\n      CACHE_URL: redis://cache.shop.internal:6380")),
                incremental("another image tag for a Compose service",
                        shop -> shop.replace("docker-compose.yml", "image: postgres:16", "image: postgres:17")),
                incremental("the replicas of a Deployment",
                        shop -> shop.replace("k8s/orders/deployment.yaml", "replicas: 2", "replicas: 3")),
                incremental("the replicas of a Deployment in a Kustomize component nobody opts into",
                        shop -> shop.replace("kustomize/components/canary/deployment.yaml", "replicas: 2", "replicas: 4")),
                incremental("the image tag of a Deployment",
                        shop -> shop.replace("k8s/orders/deployment.yaml", "orders:1.0", "orders:1.1")),
                incremental("a Dockerfile's base image",
                        shop -> shop.replace("orders/Dockerfile", "eclipse-temurin:17-jre", "eclipse-temurin:21-jre")),
                incremental("a comment in a Dockerfile", shop -> shop.replace("web/Dockerfile", "FROM", "# a comment\nFROM")),
                incremental("a workflow added beside another", shop -> shop.write(".github/workflows/release.yml",
                        WORKFLOW.replace("name: ci", "name: release"))),
                incremental("a binary build file, skipped before and after", shop -> shop.replace(
                        ".mvn/wrapper/maven-wrapper.jar", "wrapper 3.2", "wrapper 3.3")),
                incremental("a ConfigMap deleted", shop -> shop.delete("k8s/orders/configmap.yaml")),
                full("a Deployment added", "k8s/payments/deployment.yaml is a deployment or build file that was added and says",
                        shop -> shop.write("k8s/payments/deployment.yaml", DEPLOYMENT.replace("orders", "payments"))),
                full("a new Compose service", "docker-compose.yml changed what places components",
                        shop -> shop.replace("docker-compose.yml", "  redis:\n", "  inventory:\n    image: acme/inventory:1\n  redis:\n")),
                full("a renamed workload", "k8s/orders/deployment.yaml changed what places components",
                        shop -> shop.replace("k8s/orders/deployment.yaml", "name: orders\nspec", "name: orders-api\nspec")),
                full("a Dockerfile that now builds a database's image", "orders/Dockerfile changed what places components",
                        shop -> shop.replace("orders/Dockerfile", "FROM eclipse-temurin:17-jre", "FROM postgres:16")),
                full("a new module in pom.xml", "pom.xml changed its build's modules",
                        shop -> shop.replace("pom.xml", "<module>orders</module>", "<module>orders</module>\n    <module>web</module>")),
                full("a new module in settings.gradle", "settings.gradle changed its build's modules",
                        shop -> shop.replace("settings.gradle", "include 'reports'", "include 'reports'\ninclude 'web'")),
                full("a Dockerfile added in a new folder", "inventory/Dockerfile is a Dockerfile, build file, catalog or project manifest, and was added",
                        shop -> shop.write("inventory/Dockerfile", "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n")));
    }

    @ParameterizedTest(name = "{0}: incremental {1}")
    @MethodSource("commits")
    void aChangedDescriptorIsReadAgainAloneUnlessWhatPlacesComponentsChanged(String commit, boolean incrementally,
                                                                            String reason, Consumer<GitFixture> change) {
        change.accept(origin);
        origin.commit(commit);

        RepositoryState previous = store.load("shop").orElseThrow();
        IncrementalScanner.Outcome outcome = incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.of(previous));

        assertThat(outcome.incremental()).as(outcome.reason()).isEqualTo(incrementally);
        assertThat(outcome.reason()).contains(reason);
        if (incrementally) {
            assertThat(outcome.filesRead()).isLessThanOrEqualTo(1);
        }
        FullScanEquality.assertSameAsFullScan(outcome.result(), scanner.scan(fetch(), "shop", ScanOptions.defaults()), previous);
    }

    private static Arguments incremental(String commit, Consumer<GitFixture> change) {
        return Arguments.of(commit, true, "1 changed file", change);
    }

    private static Arguments full(String commit, String reason, Consumer<GitFixture> change) {
        return Arguments.of(commit, false, reason, change);
    }

    private Path fetch() {
        return GitRepositories.cloneOrFetch(origin.url(), temp.resolve("repos"));
    }

    private void save(ScanResult result) {
        FactPublisher.ScanEvents events = FactPublisher.events(result, "acme", "shop", AT);
        store.save("shop", RepositoryState.of(result, events.componentIds()).orElseThrow());
    }
}
