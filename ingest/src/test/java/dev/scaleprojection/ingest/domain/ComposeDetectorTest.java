package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeDetectorTest {

    private final ComposeDetector detector = new ComposeDetector(new SnakeYamlParser());

    private static final String COMPOSE = """
            x-env: &common-env
              TZ: UTC
              CACHE_URL: redis://redis:6379

            services:
              orders:
                build: ./orders
                ports:
                  - "8081:8080"
                depends_on:
                  - postgres
                environment:
                  <<: *common-env
                  DB_URL: jdbc:postgresql://orders:pw@postgres:5432/orders
                deploy:
                  replicas: 3
              web:
                build:
                  context: ../web
                  dockerfile: Dockerfile.prod
                ports:
                  - target: 3000
                    published: 80
                depends_on:
                  orders:
                    condition: service_healthy
                environment:
                  - INVENTORY_URL=${INVENTORY_URL:-http://inventory.internal:8080}
                  - API_URL=${API_URL}
                  - NODE_ENV=production
              postgres:
                image: postgres:16
                volumes:
                  - pgdata:/var/lib/postgresql/data
                  - type: bind
                    source: ./init
                    target: /docker-entrypoint-initdb.d
            volumes:
              pgdata:
            """;

    @Test
    void reportsEachServiceAndEachEnvironmentEndpointWithItsLine() {
        List<Finding> findings = detector.detect(new SourceFile("deploy/docker-compose.yml", COMPOSE));

        assertThat(findings).extracting(Finding::kind, Finding::startLine, Finding::anchor).containsExactly(
                tuple(ComposeDetector.COMPOSE_SERVICE, 6, "services.orders"),
                tuple(ConfiguredEndpointDetector.CONFIGURED, 14, "services.orders.environment.DB_URL"),
                tuple(ConfiguredEndpointDetector.CONFIGURED, 3, "services.orders.environment.CACHE_URL"),
                tuple(ComposeDetector.COMPOSE_SERVICE, 17, "services.web"),
                tuple(ConfiguredEndpointDetector.CONFIGURED, 28, "services.web.environment.INVENTORY_URL"),
                tuple(ComposeDetector.COMPOSE_SERVICE, 31, "services.postgres"));
    }

    @Test
    void aServiceBuiltFromTheRootWithTheDockerfileOfAFolderIsBuiltFromThatFolder() {
        List<Finding> findings = detector.detect(new SourceFile("compose.yml", """
                services:
                  backend:
                    image: backend:latest
                    build:
                      context: .
                      dockerfile: backend/Dockerfile
                  frontend:
                    build:
                      context: ./frontend
                      dockerfile: Dockerfile.prod
                """));

        assertThat(findings).extracting(finding -> finding.attribute("buildPath")).containsExactly("backend", "frontend");
    }

    @Test
    void aServiceRunningCodeMountedFromTheTreeNamesThatFolder() {
        List<Finding> findings = detector.detect(new SourceFile("deploy/docker-compose.yml", """
                services:
                  trainer-http:
                    build:
                      context: ../docker/app
                    volumes:
                      - ../internal:/internal
                      - ./.go-cache:/go-cache
                    working_dir: /internal/trainer
                  web:
                    build: ../docker/web
                    volumes:
                      - ../web:/web/
                    working_dir: /web
                  named-volume:
                    image: golang:1.22
                    volumes:
                      - gocache:/internal
                    working_dir: /internal/users
                  absolute-host-path:
                    image: golang:1.22
                    volumes:
                      - /srv/code:/internal
                    working_dir: /internal/users
                  elsewhere:
                    image: golang:1.22
                    volumes:
                      - ../internal:/internal
                    working_dir: /opt/app
                  relative-working-dir:
                    image: golang:1.22
                    volumes:
                      - ../internal:/internal
                    working_dir: internal/users
                """)).stream().filter(f -> f.kind().equals(ComposeDetector.COMPOSE_SERVICE)).toList();

        assertThat(findings).extracting(f -> f.attribute("service"), f -> f.attribute(ComposeDetector.SOURCE_PATH)).containsExactly(
                tuple("trainer-http", "internal/trainer"), tuple("web", "web"), tuple("named-volume", ""),
                tuple("absolute-host-path", ""), tuple("elsewhere", ""), tuple("relative-working-dir", ""));
    }

    @Test
    void aRunnerMountingTheTreeRunsTheFolderWhoseSettingsItReads() {
        // nestjs-microservices-template's dev compose: node:22-alpine over ${PWD}, service-1's .env
        List<Finding> findings = detector.detect(new SourceFile("infra/docker/docker-compose.dev.yml", """
                services:
                  service-1:
                    image: node:22-alpine
                    working_dir: /app
                    volumes:
                      - ${PWD}:/app
                    env_file:
                      - ../../backend/services/service-1/.env
                  settings-beside-compose:
                    image: node:22-alpine
                    volumes:
                      - ../..:/app
                    env_file: .env
                  mounts-nothing:
                    image: node:22-alpine
                    env_file: ../../backend/services/service-1/.env
                  infrastructure:
                    image: grafana/grafana:5.2.4
                    volumes:
                      - ../..:/app
                    env_file: ../../backend/services/service-1/.env
                  mounts-another-folder:
                    image: node:22-alpine
                    volumes:
                      - ../../monitoring/provisioning/:/etc/provisioning/
                    env_file: ../../monitoring/config.monitoring
                  two-folders:
                    image: node:22-alpine
                    volumes:
                      - ../..:/app
                    env_file:
                      - ../../backend/services/service-1/.env
                      - ../../backend/services/service-2/.env
                """)).stream().filter(f -> f.kind().equals(ComposeDetector.COMPOSE_SERVICE)).toList();

        assertThat(findings).extracting(f -> f.attribute("service"), f -> f.attribute(ComposeDetector.SOURCE_PATH)).containsExactly(
                tuple("service-1", "backend/services/service-1"), tuple("settings-beside-compose", ""),
                tuple("mounts-nothing", ""), tuple("infrastructure", ""), tuple("mounts-another-folder", ""),
                tuple("two-folders", ""));
    }

    @Test
    void aBuildGivingOnlyArgumentsAmendsAnotherFilesBuildAndNamesNoFolder() {
        List<Finding> findings = detector.detect(new SourceFile("src/docker-compose.windows.yml", """
                services:
                  webmvc:
                    build:
                      args:
                        NODE_IMAGE: stefanscherer/node-windows:10
                  webspa:
                    build:
                      dockerfile: Web/WebSPA/Dockerfile
                """)).stream().filter(f -> f.kind().equals(ComposeDetector.COMPOSE_SERVICE)).toList();

        assertThat(findings.get(0).attributes()).doesNotContainKey("buildPath");
        assertThat(findings.get(1).attributes()).containsEntry("buildPath", "src/Web/WebSPA");
    }

    @Test
    void describesServices() {
        List<Finding> services = detector.detect(new SourceFile("deploy/docker-compose.yml", COMPOSE)).stream()
                .filter(f -> f.kind().equals(ComposeDetector.COMPOSE_SERVICE)).toList();

        assertThat(services.get(0).attributes()).isEqualTo(Map.of("service", "orders", "build", "./orders",
                "buildPath", "deploy/orders", "ports", "8081:8080", "dependsOn", "postgres", "replicas", "3"));
        assertThat(services.get(1).attributes()).isEqualTo(Map.of("service", "web", "build", "../web", "buildPath", "web",
                "ports", "80:3000", "dependsOn", "orders"));
        assertThat(services.get(2).attributes()).isEqualTo(Map.of("service", "postgres", "image", "postgres:16",
                "volumes", "pgdata:/var/lib/postgresql/data,./init:/docker-entrypoint-initdb.d"));
    }

    @Test
    void marksInterpolatedDefaultsAsOverridableAndRedactsCredentials() {
        List<Finding> endpoints = detector.detect(new SourceFile("deploy/docker-compose.yml", COMPOSE)).stream()
                .filter(f -> f.kind().equals(ConfiguredEndpointDetector.CONFIGURED)).toList();

        assertThat(endpoints.get(0).attributes()).containsEntry("value", "jdbc:postgresql://***:***@postgres:5432/orders")
                .containsEntry("service", "orders").containsEntry("buildPath", "deploy/orders");
        assertThat(endpoints.get(0).snippet()).doesNotContain(":pw@");
        assertThat(endpoints.get(2).attributes()).containsEntry("overridable", "true")
                .containsEntry("host", "inventory.internal");
        assertThat(endpoints.get(2).source()).isEqualTo(Finding.DEPLOYMENT_DESCRIPTOR);
    }

    @Test
    void readsVersionOneFilesWithServicesAtTheRoot() {
        String legacy = """
                version: '2'
                app:
                  image: acme/app:1
                  environment:
                    - MONGO_URL=mongodb://mongo:27017/app
                """;

        assertThat(detector.detect(new SourceFile("docker-compose.yml", legacy)))
                .extracting(Finding::kind, Finding::anchor).containsExactly(
                        tuple(ComposeDetector.COMPOSE_SERVICE, "app"),
                        tuple(ConfiguredEndpointDetector.CONFIGURED, "app.environment.MONGO_URL"));
    }

    @Test
    void refusesMalformedYaml() {
        SourceFile broken = new SourceFile("docker-compose.yml", "services:\n  web:\n    image: [a\n   b: c\n");

        assertThatThrownBy(() -> detector.detect(broken)).isInstanceOf(MalformedDocumentException.class)
                .hasMessageStartingWith("malformed-yaml: ");
    }

    @Test
    void resolvesBuildContextsAgainstTheComposeFolder() {
        assertThat(ComposeDetector.resolve("", "./orders")).contains("orders");
        assertThat(ComposeDetector.resolve("deploy", "../web")).contains("web");
        assertThat(ComposeDetector.resolve("", ".")).contains("");
        assertThat(ComposeDetector.resolve("", "../outside")).isEmpty();
        assertThat(ComposeDetector.resolve("", "https://github.com/acme/app.git#main")).isEmpty();
    }
}
