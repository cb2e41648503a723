package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.domain.ComponentMarker.Ecosystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.EntryPoint;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code docker/Dockerfile} at the root, built with the repository as its context (healthchecks, mealie). */
class RootPackagingFolderTest {

    private static final List<String> HEALTHCHECKS = List.of("manage.py", "requirements.txt", "hc/api/models.py",
            "docker/Dockerfile", "docker/docker-compose.yml", "docker/fetchstatus.py");
    private static final List<String> WITH_SERVICES = List.of("docker/Dockerfile", "services/orders/Dockerfile",
            "services/orders/main.py", "docker/nginx/Dockerfile", "tools/seed.py");

    static Stream<Arguments> folders() {
        return Stream.of(
                arguments("a root docker folder's Dockerfile is the repository's", HEALTHCHECKS, List.of(),
                        "docker/Dockerfile", "healthchecks"),
                arguments("and so is the rest of that folder", HEALTHCHECKS, List.of(), "docker/fetchstatus.py", "healthchecks"),
                arguments("as is the Compose service built from it", HEALTHCHECKS, List.of(), "compose:web", "healthchecks"),
                arguments("a deploy folder alike", List.of("deploy/Dockerfile", "src/app.ts"), List.of(), "deploy/Dockerfile",
                        "healthchecks"),
                arguments("the docker folder of one environment alike (documenso's docker/development)",
                        List.of("docker/Dockerfile", "docker/development/Dockerfile.gotenberg", "docker/development/compose.yml",
                                "docker/production/compose.yml", "apps/web/package.json"), List.of(),
                        "docker/development/Dockerfile.gotenberg", "healthchecks"),
                arguments("a service elsewhere keeps its own component", WITH_SERVICES, List.of(), "services/orders/main.py",
                        "orders"),
                arguments("an image in a folder below the docker folder is its own component", WITH_SERVICES, List.of(),
                        "docker/nginx/Dockerfile", "nginx"),
                arguments("a docker folder that is a module with an entry point stays a component",
                        List.of("docker/Dockerfile", "docker/package.json", "app/main.py"),
                        List.of(new EntryPoint("docker/package.json", Ecosystem.NODE)), "docker/Dockerfile", "docker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void aPackagingFolderAtTheRootPackagesTheRepository(String description, List<String> paths, List<ComponentMarker> markers,
            String what, String expected) {
        Finding web = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker/docker-compose.yml",
                12, 12, "web:", "services.web", Map.of("service", "web", "build", "..", "buildPath", "docker"));

        ComponentLayout layout = ComponentLayout.of("healthchecks", paths, List.of(web), markers);

        Component component = what.startsWith("compose:") ? layout.componentOf(web) : layout.componentOf(what);
        assertThat(component.name()).isEqualTo(expected);
    }
}
