package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.domain.ComponentMarker.Ecosystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A root packaging folder holding one named Dockerfile per service (go-coffeeshop, Go-CQRS-Kafka-gRPC-Microservices). */
class NamedPackagingDockerfilesTest {

    private static final List<String> COFFEESHOP = List.of("go.mod", "cmd/barista/main.go", "cmd/counter/main.go",
            "internal/barista/app/app.go", "docker/Dockerfile-barista", "docker/Dockerfile-counter", "docker-compose.yaml");
    private static final List<String> CQRS = List.of("go.mod", "reader_service/cmd/main.go", "writer_service/cmd/main.go",
            "docker/reader_service.Dockerfile", "docker/writer.Dockerfile", "docker-compose.yaml");

    static Stream<Arguments> dockerfiles() {
        List<String> withDevImage = new ArrayList<>(COFFEESHOP);
        withDevImage.add("docker/Dockerfile.dev");
        List<String> inBuildFolder = List.of("go.mod", "cmd/barista/main.go", "cmd/counter/main.go",
                "ops/Dockerfile-barista", "ops/Dockerfile-counter");
        return Stream.of(
                arguments("a Dockerfile named for a program in a root docker folder is the program's", COFFEESHOP,
                        "docker/Dockerfile-barista", "barista"),
                arguments("the other one is its own program's", COFFEESHOP, "docker/Dockerfile-counter", "counter"),
                arguments("and the docker folder is no component", COFFEESHOP, "docker/README.md", "shop"),
                arguments("<name>.Dockerfile for a service folder", CQRS, "docker/reader_service.Dockerfile", "reader-service"),
                arguments("or for the start of its name", CQRS, "docker/writer.Dockerfile", "writer-service"),
                arguments("a Compose service built from the root with it", CQRS, "compose:reader_service", "reader-service"),
                arguments("a docker folder that also builds an image named for no program keeps the named one's",
                        withDevImage, "docker/Dockerfile-barista", "barista"),
                arguments("and the other image is the repository's", withDevImage, "docker/Dockerfile.dev", "shop"),
                arguments("a folder that is no packaging folder stays a component", inBuildFolder,
                        "ops/Dockerfile-barista", "ops"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void aPackagingFolderWhoseDockerfilesAreNamedForProgramsPackagesThem(String description, List<String> paths, String what,
            String expected) {
        List<ComponentMarker> markers = paths.stream().filter(p -> p.endsWith("main.go"))
                .map(p -> (ComponentMarker) new EntryPoint(p, Ecosystem.GO)).toList();
        Finding service = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yaml", 3,
                3, "reader_service:", "services.reader_service",
                Map.of("service", "reader_service", "build", ".", "buildPath", "docker"));

        ComponentLayout layout = ComponentLayout.of("shop", paths, List.of(service), markers);

        Component component = what.startsWith("compose:") ? layout.componentOf(service) : layout.componentOf(what);
        assertThat(component.name()).isEqualTo(expected);
    }
}
