package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.domain.ComponentMarker.CatalogComponent;
import dev.scaleprojection.ingest.domain.ComponentMarker.CatalogSystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.Ecosystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.EntryPoint;
import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComponentMarkersTest {

    private final ComponentMarkers markers = new ComponentMarkers(new SnakeYamlParser());

    private List<ComponentMarker> of(String path, String content) {
        return markers.of(new SourceFile(path, content));
    }

    @Test
    void readsComponentsAndTheSystemOfAMultiDocumentCatalog() {
        String catalog = """
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata:
                  name: shop
                spec:
                  owner: group:team-commerce
                  domain: commerce
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: orders-api
                  annotations:
                    backstage.io/source-location: url:https://github.com/acme/shop/tree/main/services/orders/
                spec:
                  type: service
                  owner: team-orders
                  system: shop
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: orders-openapi}
                """;

        assertThat(of("catalog-info.yaml", catalog)).containsExactly(
                new CatalogSystem("shop", Optional.of("group:team-commerce"), Optional.of("commerce")),
                new CatalogComponent("orders-api", "", List.of("services/orders", "orders"), Optional.of("shop"),
                        Optional.of("team-orders"), Optional.of("service")));
    }

    @Test
    void resolvesADirectorySourceLocationAgainstTheCatalogFolder() {
        assertThat(BackstageCatalog.sourceFolders("catalog", Optional.of("dir:../services/web"))).containsExactly("services/web");
    }

    static Stream<Arguments> notComponents() {
        return Stream.of(
                arguments("a scaffolder skeleton", "templates/service/skeleton/catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata: {name: "${{ values.name }}"}
                        """),
                arguments("a catalog among examples", "examples/catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata: {name: demo}
                        """),
                arguments("another API than Backstage's", "catalog-info.yaml", """
                        apiVersion: example.com/v1
                        kind: Component
                        metadata: {name: orders}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notComponents")
    void declaresNothingElse(String description, String path, String content) {
        assertThat(of(path, content)).isEmpty();
    }

    @Test
    void readsTheProjectsADotnetProjectReferences() {
        List<ComponentMarker> read = of("src/Ordering.API/Ordering.API.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <ItemGroup>
                    <ProjectReference Include="..\\Ordering.Domain\\Ordering.Domain.csproj" />
                    <ProjectReference Include="../Ordering.Infrastructure/Ordering.Infrastructure.csproj" />
                  </ItemGroup>
                </Project>
                """);

        assertThat(read).containsExactly(new EntryPoint("src/Ordering.API/Ordering.API.csproj", Ecosystem.DOTNET),
                new ComponentMarker.ProjectReference("src/Ordering.API/Ordering.API.csproj", "src/Ordering.Domain/Ordering.Domain.csproj"),
                new ComponentMarker.ProjectReference("src/Ordering.API/Ordering.API.csproj",
                        "src/Ordering.Infrastructure/Ordering.Infrastructure.csproj"));
    }

    @Test
    void refusesAMalformedCatalog() {
        assertThatThrownBy(() -> of("catalog-info.yaml", "metadata: [a\n  b: c\n"))
                .isInstanceOf(MalformedDocumentException.class);
    }

    static Stream<Arguments> entryPoints() {
        return Stream.of(
                arguments("a Java main", "orders/src/main/java/shop/App.java", """
                        class App { public static void main(String[] args) { } }
                        """, Ecosystem.JVM),
                arguments("a Spring Boot application", "orders/src/main/java/shop/OrdersApplication.java", """
                        @SpringBootApplication
                        class OrdersApplication { }
                        """, Ecosystem.JVM),
                arguments("a Kotlin main", "web/src/main/kotlin/shop/Main.kt", "fun main(args: Array<String>) {}\n", Ecosystem.JVM),
                arguments("a Go main package", "cmd/orders/main.go", "package main\n\nfunc main() {\n}\n", Ecosystem.GO),
                arguments("a Python __main__", "worker/worker/__main__.py", "from .app import run\nrun()\n", Ecosystem.PYTHON),
                arguments("a Python script guard", "reports/export.py", """
                        def run(): pass

                        if __name__ == "__main__":
                            run()
                        """, Ecosystem.PYTHON),
                arguments("pyproject console scripts", "tools/pyproject.toml", """
                        [project]
                        name = "shop-tools"

                        [project.scripts]
                        shop-export = "shop_tools.export:main"
                        """, Ecosystem.PYTHON),
                arguments("a package.json start script", "web/package.json", """
                        {"name": "web", "scripts": {"start": "node server.js", "test": "jest"}}
                        """, Ecosystem.NODE),
                arguments("a package.json bin", "cli/package.json", "{\"name\": \"cli\", \"bin\": {\"shop\": \"bin/shop.js\"}}\n",
                        Ecosystem.NODE),
                arguments("a NestJS program's bootstrap (a Nest CLI monorepo's app)", "apps/gateway-service/src/main.ts", """
                        async function bootstrap() {
                          const app = await NestFactory.create(GatewayModule);
                          await app.listen(3000);
                        }
                        bootstrap();
                        """, Ecosystem.NODE),
                arguments("a NestJS microservice's bootstrap", "apps/identity-service/src/main.js",
                        "const app = await NestFactory.createMicroservice(IdentityModule, { transport: Transport.NATS });\n",
                        Ecosystem.NODE),
                arguments("a package.json main (robot-shop's cart)", "cart/package.json",
                        "{\"name\": \"cart\", \"main\": \"server.js\"}\n", Ecosystem.NODE),
                arguments("an Nx application's project.json (nestjs-microservices apps/cyclops)", "apps/cyclops/project.json", """
                        {"name": "cyclops", "sourceRoot": "apps/cyclops/src", "projectType": "application",
                         "targets": {"build": {"executor": "@nx/webpack:webpack", "options": {"main": "apps/cyclops/src/main.ts"}}}}
                        """, Ecosystem.NODE),
                arguments("an ASP.NET project", "Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n",
                        Ecosystem.DOTNET),
                arguments("a project executable for some target frameworks only (a MAUI app's Android and iOS builds)",
                        "Mobile/Mobile.csproj", "<Project><OutputType Condition=\"'$(TargetFramework)' != 'net10.0'\">Exe"
                                + "</OutputType></Project>\n", Ecosystem.DOTNET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void findsEntryPoints(String description, String path, String content, Ecosystem ecosystem) {
        assertThat(of(path, content)).containsExactly(new EntryPoint(path, ecosystem));
    }

    static Stream<Arguments> notEntryPoints() {
        return Stream.of(
                arguments("a main in a comment", "lib/src/main/java/shop/Util.java", """
                        /** Call from public static void main(String[] args) in your app. */
                        class Util { }
                        """),
                arguments("a main in a test", "orders/src/test/java/shop/Tool.java",
                        "class Tool { public static void main(String[] a) {} }\n"),
                arguments("a Go library package", "internal/store/store.go", "package store\n\nfunc main() {}\n"),
                arguments("package main in a string", "gen/gen.go", "package gen\n\nvar tpl = `\npackage main\nfunc main() {}\n`\n"),
                arguments("NestFactory in a comment", "libs/shared/src/bootstrap.ts",
                        "// the apps call NestFactory.create(AppModule) themselves\nexport const PORT = 3000;\n"),
                arguments("a NestJS bootstrap in a test", "apps/gateway-service/test/app.e2e-spec.ts",
                        "const app = await NestFactory.create(GatewayModule);\n"),
                arguments("a library package.json", "lib/package.json", "{\"name\": \"lib\", \"scripts\": {\"test\": \"jest\"}}\n"),
                arguments("a workspace library's main beside its types (documenso's packages/lib)", "packages/lib/package.json",
                        "{\"name\": \"@documenso/lib\", \"main\": \"./index.ts\", \"types\": \"./index.ts\"}\n"),
                arguments("a published library's main beside its typings", "client/package.json",
                        "{\"name\": \"shop-client\", \"main\": \"dist/index.js\", \"typings\": \"dist/index.d.ts\"}\n"),
                arguments("a malformed package.json", "web/package.json", "{\"name\": \n"),
                arguments("an Nx library's project.json", "libs/modules/users/project.json",
                        "{\"name\": \"users\", \"projectType\": \"library\"}\n"),
                arguments("an Nx workspace's root project.json", "project.json",
                        "{\"name\": \"@nmsvc/source\", \"targets\": {\"local-registry\": {}}}\n"),
                arguments("a package.json of a GitHub action", ".github/actions/setup/package.json", "{\"main\": \"index.js\"}\n"),
                arguments("a class library project", "Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>\n"),
                arguments("a Python guard in a string", "app/doc.py", "HELP = '''\nif __name__ == \"__main__\":\n'''\n"),
                arguments("a README", "README.md", "public static void main"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notEntryPoints")
    void ignoresWhatIsNotAnEntryPoint(String description, String path, String content) {
        assertThat(of(path, content)).isEmpty();
    }
}
