package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.domain.ComponentMarker.Ecosystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.EntryPoint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go services of one module whose program sits in their own {@code cmd} folder (Go-CQRS-Kafka-gRPC-Microservices). */
class GoServiceProgramsTest {

    private static final List<String> CQRS = List.of("go.mod", "writer_service/cmd/main.go",
            "writer_service/internal/server/server.go", "writer_service/config/config.yaml", "reader_service/cmd/main.go",
            "reader_service/internal/product/service/service.go", "api_gateway_service/cmd/main.go",
            "api_gateway_service/internal/client/reader_service.go", "pkg/kafka/client.go");
    private static final List<String> TOOLS = List.of("go.mod", "tools/cmd/main.go", "tools/cmd/gen/main.go",
            "tools/internal/util.go", "server/cmd/main.go");

    static Stream<Arguments> programs() {
        return Stream.of(
                arguments("a service's program in its cmd folder makes the service folder the component", CQRS,
                        "writer_service/internal/server/server.go", "writer-service"),
                arguments("and its configuration is the service's", CQRS, "writer_service/config/config.yaml", "writer-service"),
                arguments("another service of the module is its own", CQRS, "api_gateway_service/internal/client/reader_service.go",
                        "api-gateway-service"),
                arguments("code shared by the services stays the repository's", CQRS, "pkg/kafka/client.go", "cqrs"),
                arguments("a folder holding two programs is neither's", TOOLS, "tools/internal/util.go", "cqrs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aGoServiceWhoseProgramSitsInItsCmdFolderIsTheComponent(String description, List<String> paths, String path,
            String expected) {
        List<ComponentMarker> markers = paths.stream().filter(p -> p.endsWith("main.go"))
                .map(p -> (ComponentMarker) new EntryPoint(p, Ecosystem.GO)).toList();

        ComponentLayout layout = ComponentLayout.of("cqrs", paths, List.of(), markers);

        assertThat(layout.componentOf(path).name()).isEqualTo(expected);
    }
}
