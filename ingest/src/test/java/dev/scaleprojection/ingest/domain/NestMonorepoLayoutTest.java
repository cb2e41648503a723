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

/** A Nest CLI monorepo: one package.json at the root, each application's program in {@code apps/<name>/src/main.ts}. */
class NestMonorepoLayoutTest {

    private static final List<String> PATHS = List.of("package.json", "nest-cli.json", "apps/gateway-service/src/main.ts",
            "apps/gateway-service/src/controllers/users.controller.ts", "apps/gateway-service/tsconfig.app.json",
            "apps/identity-service/src/main.ts", "apps/identity-service/src/domain/user.entity.ts",
            "libs/shared/src/index.ts", "docker/base-build.Dockerfile", "docker/gateway-service.Dockerfile",
            "docker/docker-compose.yml");
    private static final List<ComponentMarker> MARKERS = List.of(new EntryPoint("package.json", Ecosystem.NODE),
            new EntryPoint("apps/gateway-service/src/main.ts", Ecosystem.NODE),
            new EntryPoint("apps/identity-service/src/main.ts", Ecosystem.NODE));

    static Stream<Arguments> paths() {
        return Stream.of(
                arguments("an application's code is its component's", "apps/gateway-service/src/controllers/users.controller.ts",
                        "gateway-service"),
                arguments("and so is its folder beside src", "apps/gateway-service/tsconfig.app.json", "gateway-service"),
                arguments("the other application is its own", "apps/identity-service/src/domain/user.entity.ts",
                        "identity-service"),
                arguments("a library the applications share is the repository's", "libs/shared/src/index.ts", "shop"),
                arguments("the Dockerfile named for an application in the root docker folder is its",
                        "docker/gateway-service.Dockerfile", "gateway-service"),
                arguments("a base image beside it is the repository's", "docker/base-build.Dockerfile", "shop"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void eachNestApplicationIsAComponent(String description, String path, String expected) {
        ComponentLayout layout = ComponentLayout.of("shop", PATHS, List.of(), MARKERS);

        assertThat(layout.componentOf(path).name()).isEqualTo(expected);
    }
}
