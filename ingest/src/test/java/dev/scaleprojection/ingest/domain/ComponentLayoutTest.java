package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.domain.ComponentMarker.CatalogComponent;
import dev.scaleprojection.ingest.domain.ComponentMarker.CatalogSystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.Ecosystem;
import dev.scaleprojection.ingest.domain.ComponentMarker.EntryPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComponentLayoutTest {

    @Test
    void makesEachDockerfileFolderAComponentAndTheRootTheRest() {
        ComponentLayout layout = ComponentLayout.of("Shop_Platform", List.of("orders/Dockerfile",
                "orders/src/main/java/A.java", "services/Web.Frontend/Dockerfile.prod", "reports/report.py",
                "docs/Dockerfile", ".devcontainer/Dockerfile", "docker-compose.yml"), List.of());

        assertThat(layout.components()).containsExactly(new Component("shop-platform", ""),
                new Component("orders", "orders"), new Component("web-frontend", "services/Web.Frontend"));
        assertThat(layout.componentOf("orders/src/main/java/A.java").name()).isEqualTo("orders");
        assertThat(layout.componentOf("services/Web.Frontend/src/app.ts").name()).isEqualTo("web-frontend");
        assertThat(layout.componentOf("reports/report.py").name()).isEqualTo("shop-platform");
        assertThat(layout.componentOf("ordersX/file").name()).isEqualTo("shop-platform");
    }

    static Stream<Arguments> containerBuildFolders() {
        List<String> fastapi = List.of("k8s/users.yaml", "users/docker/backend.dockerfile", "users/docker/worker.dockerfile",
                "users/requirements.txt", "users/app/main.py", "users/app/api/users.py");
        List<ComponentMarker> usersModule = List.of(new EntryPoint("users/app/main.py", Ecosystem.PYTHON));
        List<String> platform = List.of("platform/docker/Dockerfile", "platform/api/Dockerfile", "platform/api/main.py",
                "platform/tools/seed.py");
        return Stream.of(
                arguments("a docker folder packages the service beside it, and its module (fastapi-microservices users)",
                        fastapi, usersModule, "users/app/api/users.py", new Component("users", "users")),
                arguments("a docker folder packages the service beside it, module or not", fastapi, List.of(),
                        "users/app/api/users.py", new Component("users", "users")),
                arguments("a docker folder beside another deployable packages only itself", platform, List.of(),
                        "platform/tools/seed.py", new Component("repo", "")),
                arguments("and that other deployable keeps its own code", platform, List.of(), "platform/api/main.py",
                        new Component("api", "platform/api")),
                arguments("a docker folder at the top packages no folder above it", List.of("docker/Dockerfile", "app/main.py"),
                        List.of(), "app/main.py", new Component("repo", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containerBuildFolders")
    void aFolderHoldingOnlyAContainerBuildBelongsToTheServiceBesideIt(String description, List<String> paths,
            List<ComponentMarker> markers, String path, Component expected) {
        ComponentLayout layout = ComponentLayout.of("repo", paths, List.of(), markers);

        assertThat(layout.componentOf(path)).isEqualTo(expected);
    }

    static Stream<Arguments> rootDockerfilesNamedForAService() {
        List<String> foodtech = List.of("settings.gradle.kts", "order-service/build.gradle.kts",
                "order-service/src/main/kotlin/OrderServiceApplication.kt", "payment-service/build.gradle.kts",
                "payment-service/src/main/kotlin/PaymentServiceApplication.kt", "api-gateway/build.gradle.kts",
                "api-gateway/src/main/kotlin/GatewayApplication.kt", "order.dockerfile", "Dockerfile.payment", "gateway.dockerfile",
                "dev.dockerfile", "docker-compose.yaml");
        List<String> withRootDockerfile = new ArrayList<>(foodtech);
        withRootDockerfile.add("Dockerfile");
        return Stream.of(
                arguments("a root Dockerfile named for a service (spring-kotlin-microservices-reference)", foodtech,
                        composeService("order-service"), "order.dockerfile", "order-service"),
                arguments("Dockerfile.<name> as well", foodtech, composeService("order-service"), "Dockerfile.payment",
                        "payment-service"),
                arguments("or for the end of a service's name", foodtech, composeService("order-service"), "gateway.dockerfile",
                        "api-gateway"),
                arguments("a Compose service built from the root with it", foodtech, composeService("order-service"),
                        "compose:order-service", "order-service"),
                arguments("a root Dockerfile named for no service", foodtech, composeService("order-service"),
                        "dev.dockerfile", "shop"),
                arguments("a Compose service built from a root that has a Dockerfile of its own", withRootDockerfile,
                        composeService("order-service"), "compose:order-service", "shop"));
    }

    private static Finding composeService(String service) {
        return new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yaml", 3, 3,
                service + ":", "services." + service, Map.of("service", service, "build", ".", "buildPath", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rootDockerfilesNamedForAService")
    void aRootDockerfileNamedForAServiceBelongsToIt(String description, List<String> paths, Finding service, String what,
            String expected) {
        List<ComponentMarker> markers = List.of(
                new EntryPoint("order-service/src/main/kotlin/OrderServiceApplication.kt", Ecosystem.JVM),
                new EntryPoint("payment-service/src/main/kotlin/PaymentServiceApplication.kt", Ecosystem.JVM),
                new EntryPoint("api-gateway/src/main/kotlin/GatewayApplication.kt", Ecosystem.JVM));

        ComponentLayout layout = ComponentLayout.of("shop", paths, List.of(service), markers);

        Component component = what.startsWith("compose:") ? layout.componentOf(service) : layout.componentOf(what);
        assertThat(component.name()).isEqualTo(expected);
    }

    @Test
    void aRootDockerfileIsTheRepositoryComponent() {
        ComponentLayout layout = ComponentLayout.of("api", List.of("Dockerfile", "src/main.go"), List.of());

        assertThat(layout.components()).containsExactly(new Component("api", ""));
        assertThat(layout.componentOf("src/main.go").name()).isEqualTo("api");
    }

    @Test
    void withoutDeployablesTheRepositoryIsTheOnlyComponent() {
        assertThat(ComponentLayout.of("lib", List.of("src/lib.py", "README.md"), List.of()).components())
                .containsExactly(new Component("lib", ""));
    }

    @Test
    void aComposeBuildContextIsAComponentAndItsFindingsBelongToIt() {
        ComponentLayout layout = ComponentLayout.of("shop", List.of("docker-compose.yml", "worker/main.py"), List.of("worker"));
        Finding service = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                3, 3, "worker:", "services.worker", Map.of("service", "worker", "buildPath", "worker"));
        Finding image = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                9, 9, "redis:", "services.redis", Map.of("service", "redis"));

        assertThat(layout.componentOf(service).name()).isEqualTo("worker");
        assertThat(layout.componentOf(image).name()).isEqualTo("shop");
    }

    @Test
    void aComposeServiceRunningAComponentsImageBelongsToIt() {
        Finding config = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                13, 13, "config:", "services.config", Map.of("service", "config", "image", "sqshq/piggymetrics-config"));
        Finding configEndpoint = new Finding(ConfiguredEndpointDetector.CONFIGURED, Finding.DEPLOYMENT_DESCRIPTOR,
                "docker-compose.yml", 16, 16, "URL: http://registry:8761", "services.config.environment.URL",
                Map.of("service", "config", "value", "http://registry:8761"));
        Finding rabbit = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                3, 3, "rabbitmq:", "services.rabbitmq", Map.of("service", "rabbitmq", "image", "rabbitmq:3-management"));

        ComponentLayout layout = ComponentLayout.of("piggymetrics", List.of("docker-compose.yml", "config/Dockerfile"),
                List.of(config, configEndpoint, rabbit), List.of());

        assertThat(layout.componentOf(config).name()).isEqualTo("config");
        assertThat(layout.componentOf(configEndpoint).name()).isEqualTo("config");
        assertThat(layout.componentOf(rabbit).name()).isEqualTo("piggymetrics");
    }

    @Test
    void keepsNamesUniqueAndClean() {
        ComponentLayout layout = ComponentLayout.of("orders", List.of("orders/Dockerfile", "legacy/orders/Dockerfile",
                "--/Dockerfile"), List.of());

        assertThat(layout.components()).extracting(Component::name).containsExactly("orders", "component-2",
                "legacy-orders", "orders-2").allMatch(name -> name.matches("[a-z0-9-]+"));
    }

    private static Finding workload(String path, String name, String image) {
        return new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR, path, 2, 2, "kind: Deployment",
                "Deployment/" + name, Map.of("kind", "Deployment", "name", name, "workload", name, "images", image));
    }

    private static Finding endpointOf(String path, String workload) {
        return new Finding(ConfiguredEndpointDetector.CONFIGURED, Finding.DEPLOYMENT_DESCRIPTOR, path, 9, 9, "value: redis://r",
                "Deployment/" + workload + ".env.REDIS_URL", Map.of("workload", workload, "value", "redis://r:6379"));
    }

    @Test
    void catalogComponentsWinWithTheirSystemOwnerAndDomain() {
        List<String> paths = List.of("catalog-info.yaml", "services/orders/catalog-info.yaml", "services/orders/Dockerfile",
                "services/orders/src/main/java/App.java", "tools/Dockerfile", "docs/index.md");
        List<ComponentMarker> markers = List.of(new CatalogSystem("commerce", Optional.of("team-platform"), Optional.of("retail")),
                new CatalogComponent("Orders_API", "services/orders", List.of(), Optional.empty(), Optional.of("team-orders"),
                        Optional.of("service")),
                new EntryPoint("services/orders/src/main/java/App.java", Ecosystem.JVM));

        ComponentLayout layout = ComponentLayout.of("shop", paths, List.of(), markers);

        assertThat(layout.components()).containsExactly(
                new Component("shop", "", Optional.of("commerce"), Optional.of("team-platform"), Optional.of("retail")),
                new Component("orders-api", "services/orders", Optional.of("commerce"), Optional.of("team-orders"),
                        Optional.of("retail")));
        assertThat(layout.componentOf("tools/Dockerfile").name()).isEqualTo("shop");
    }

    @Test
    void aRootCatalogComponentIsTheRootAndASourceLocationGivesAFolder() {
        List<String> paths = List.of("catalog-info.yaml", "services/web/package.json", "README.md");
        List<ComponentMarker> markers = List.of(
                new CatalogComponent("shop", "", List.of(), Optional.of("retail"), Optional.of("team-a"), Optional.empty()),
                new CatalogComponent("web", "", List.of("services/web", "web"), Optional.of("retail"), Optional.of("team-b"),
                        Optional.empty()),
                new CatalogComponent("gone", "", List.of("services/gone"), Optional.empty(), Optional.empty(), Optional.empty()));

        ComponentLayout layout = ComponentLayout.of("repo", paths, List.of(), markers);

        assertThat(layout.components()).containsExactly(
                new Component("shop", "", Optional.of("retail"), Optional.of("team-a")),
                new Component("gone", ""),
                new Component("web", "services/web", Optional.of("retail"), Optional.of("team-b")));
        assertThat(layout.componentOf("README.md").name()).isEqualTo("shop");
        assertThat(layout.componentOf("services/web/package.json").name()).isEqualTo("web");
    }

    @Test
    void buildModulesWithAnEntryPointAreComponents() {
        List<String> paths = List.of("pom.xml", "orders/pom.xml", "orders/src/main/java/shop/OrdersApp.java",
                "common/pom.xml", "common/src/main/java/shop/Money.java", "web/package.json", "web/server.js",
                "go.mod", "cmd/api/main.go", "cmd/migrate/main.go", "internal/store/store.go",
                "jobs/requirements.txt", "jobs/export.py", "scripts/seed.py");
        List<ComponentMarker> markers = List.of(new EntryPoint("orders/src/main/java/shop/OrdersApp.java", Ecosystem.JVM),
                new EntryPoint("web/package.json", Ecosystem.NODE), new EntryPoint("cmd/api/main.go", Ecosystem.GO),
                new EntryPoint("cmd/migrate/main.go", Ecosystem.GO), new EntryPoint("jobs/export.py", Ecosystem.PYTHON),
                new EntryPoint("scripts/seed.py", Ecosystem.PYTHON));

        ComponentLayout layout = ComponentLayout.of("shop", paths, List.of(), markers);

        assertThat(layout.components()).extracting(Component::name, Component::folder).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shop", ""), org.assertj.core.groups.Tuple.tuple("api", "cmd/api"),
                org.assertj.core.groups.Tuple.tuple("migrate", "cmd/migrate"), org.assertj.core.groups.Tuple.tuple("jobs", "jobs"),
                org.assertj.core.groups.Tuple.tuple("orders", "orders"), org.assertj.core.groups.Tuple.tuple("web", "web"));
        assertThat(layout.componentOf("common/src/main/java/shop/Money.java").name()).isEqualTo("shop");
    }

    @Test
    void aGoProgramsInternalPackageOfTheSameNameIsItsOwn() {
        List<String> paths = List.of("go.mod", "cmd/barista/main.go", "cmd/counter/main.go", "internal/barista/app/app.go",
                "internal/counter/grpc/product_client.go", "internal/pkg/event/events.go", "pkg/postgres/postgres.go");
        List<ComponentMarker> markers = List.of(new EntryPoint("cmd/barista/main.go", Ecosystem.GO),
                new EntryPoint("cmd/counter/main.go", Ecosystem.GO));

        ComponentLayout layout = ComponentLayout.of("go-coffeeshop", paths, List.of(), markers);

        assertThat(layout.componentOf("internal/barista/app/app.go").name()).isEqualTo("barista");
        assertThat(layout.componentOf("internal/counter/grpc/product_client.go").name()).isEqualTo("counter");
        assertThat(layout.componentOf("internal/pkg/event/events.go").name()).isEqualTo("go-coffeeshop");
        assertThat(layout.componentOf("pkg/postgres/postgres.go").name()).isEqualTo("go-coffeeshop");
        assertThat(layout.components()).extracting(Component::name).containsExactly("go-coffeeshop", "barista", "counter");
    }

    @Test
    void programsOfOneNameUnderSeveralServicesCmdFoldersAreNamedWithTheirService() {
        List<String> paths = List.of("go.mod", "app/order/cmd/api/order.go", "app/order/cmd/rpc/order.go",
                "app/order/cmd/mq/order.go", "app/payment/cmd/api/payment.go", "app/payment/cmd/rpc/payment.go",
                "app/mqueue/cmd/job/mqueue.go", "app/mqueue/cmd/scheduler/mqueue.go", "app/search/cmd/search-api/main.go",
                "app/search/cmd/rpc/main.go");
        List<ComponentMarker> markers = paths.stream().filter(path -> !path.equals("go.mod"))
                .map(path -> (ComponentMarker) new EntryPoint(path, Ecosystem.GO)).toList();

        ComponentLayout layout = ComponentLayout.of("go-zero-looklook", paths, List.of(), markers);

        assertThat(layout.components()).extracting(Component::name).containsExactly("go-zero-looklook", "job",
                "scheduler", "order-api", "mq", "order-rpc", "payment-api", "payment-rpc", "search-rpc", "search-api");
    }

    @Test
    void aGoServiceFolderHoldingOneProgramsCmdIsItsComponent() {
        List<String> paths = List.of("go.mod", "app/catalog/service/cmd/server/main.go",
                "app/catalog/service/internal/data/data.go", "app/catalog/service/configs/config.yaml",
                "app/order/service/cmd/server/main.go", "app/order/service/internal/biz/order.go",
                "tools/cmd/gen/main.go", "tools/cmd/lint/main.go", "pkg/util/util.go");
        List<ComponentMarker> markers = List.of(new EntryPoint("app/catalog/service/cmd/server/main.go", Ecosystem.GO),
                new EntryPoint("app/order/service/cmd/server/main.go", Ecosystem.GO),
                new EntryPoint("tools/cmd/gen/main.go", Ecosystem.GO), new EntryPoint("tools/cmd/lint/main.go", Ecosystem.GO));

        ComponentLayout layout = ComponentLayout.of("beer-shop", paths, List.of(), markers);

        assertThat(layout.components()).extracting(Component::name, Component::folder).containsExactly(
                org.assertj.core.groups.Tuple.tuple("beer-shop", ""),
                org.assertj.core.groups.Tuple.tuple("catalog", "app/catalog/service"),
                org.assertj.core.groups.Tuple.tuple("order", "app/order/service"),
                org.assertj.core.groups.Tuple.tuple("gen", "tools/cmd/gen"),
                org.assertj.core.groups.Tuple.tuple("lint", "tools/cmd/lint"));
        assertThat(layout.componentOf("app/catalog/service/internal/data/data.go").name()).isEqualTo("catalog");
        assertThat(layout.componentOf("app/order/service/internal/biz/order.go").name()).isEqualTo("order");
        assertThat(layout.componentOf("pkg/util/util.go").name()).isEqualTo("beer-shop");
    }

    @Test
    void aWorkloadAndAComposeServiceNamedForAServiceFolderJoinItsComponent() {
        List<String> paths = List.of("go.mod", "app/cart/service/cmd/server/main.go", "app/order/service/cmd/server/main.go",
                "deploy/kubernetes/cart-service-deployment.yaml", "deploy/docker-compose/docker-compose.yaml");
        List<ComponentMarker> markers = List.of(new EntryPoint("app/cart/service/cmd/server/main.go", Ecosystem.GO),
                new EntryPoint("app/order/service/cmd/server/main.go", Ecosystem.GO));
        Finding workload = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/kubernetes/cart-service-deployment.yaml", 2, 2, "kind: Deployment", "Deployment/cart-service",
                Map.of("kind", "Deployment", "name", "cart-service", "workload", "cart-service", "containers", "cart-service"));
        Finding compose = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/docker-compose/docker-compose.yaml", 41, 41, "order-service:", "order-service",
                Map.of("service", "order-service", "image", "go-kratos/beer-order-service:0.1.0"));

        ComponentLayout layout = ComponentLayout.of("beer-shop", paths, List.of(workload, compose), markers);

        assertThat(layout.componentOf(workload).name()).isEqualTo("cart");
        assertThat(layout.componentOf(compose).name()).isEqualTo("order");
    }

    @Test
    void anOverrideFilesServiceBelongsToTheComponentItsBaseFileBuilds() {
        List<String> paths = List.of("src/docker-compose.yml", "src/docker-compose.override.yml",
                "src/Services/Basket/Basket.API/Dockerfile", "src/Services/Basket/Basket.API/Program.cs", "other/docker-compose.yml");
        Finding built = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "src/docker-compose.yml",
                28, 28, "basket-api:", "basket-api", Map.of("service", "basket-api", "build", ".",
                        "buildPath", "src/Services/Basket/Basket.API"));
        Finding override = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "src/docker-compose.override.yml", 40, 40, "basket-api:", "basket-api", Map.of("service", "basket-api"));
        Finding environment = new Finding("endpoint.configured", Finding.DEPLOYMENT_DESCRIPTOR,
                "src/docker-compose.override.yml", 44, 44, "- ConnectionString=${ESHOP_AZURE_REDIS_BASKET_DB:-basketdata}",
                "basket-api.ConnectionString", Map.of("service", "basket-api", "host", "basketdata"));
        Finding elsewhere = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "other/docker-compose.yml", 3, 3, "basket-api:", "basket-api", Map.of("service", "basket-api"));

        ComponentLayout layout = ComponentLayout.of("eshop", paths, List.of(built, override, environment, elsewhere), List.of());

        assertThat(layout.componentOf(built).name()).isEqualTo("basket");
        assertThat(layout.componentOf(override).name()).isEqualTo("basket");
        assertThat(layout.componentOf(environment).name()).isEqualTo("basket");
        assertThat(layout.componentOf(elsewhere).name()).isEqualTo("eshop");
    }

    /**
     * wild-workouts-go-ddd-example: every Go service runs in one runner image built from docker/app, its code mounted
     * from the tree ({@code ./internal:/internal}, {@code working_dir: /internal/trainer}); a CI compose file beside it
     * names the same services. Each service belongs to the component whose code it runs, not to the runner's folder.
     */
    @Test
    void aComposeServiceRunningCodeMountedFromTheTreeBelongsToThatCodesComponent() {
        List<String> paths = List.of("docker-compose.yml", "docker-compose.ci.yml", "docker/app/Dockerfile",
                "internal/trainer/go.mod", "internal/trainer/main.go", "internal/users/go.mod", "internal/users/main.go",
                "internal/common/go.mod", "internal/common/client/grpc.go");
        List<ComponentMarker> markers = List.of(new EntryPoint("internal/trainer/main.go", Ecosystem.GO),
                new EntryPoint("internal/users/main.go", Ecosystem.GO));
        Finding trainer = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                15, 15, "trainer-http:", "trainer-http", Map.of("service", "trainer-http", "build", "docker/app",
                        "buildPath", "docker/app", ComposeDetector.SOURCE_PATH, "internal/trainer"));
        Finding users = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                71, 71, "users-http:", "users-http", Map.of("service", "users-http", "build", "docker/app",
                        "buildPath", "docker/app", ComposeDetector.SOURCE_PATH, "internal/users"));
        Finding usersInCi = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "docker-compose.ci.yml", 12, 12, "users-http:", "users-http", Map.of("service", "users-http",
                        "image", "gcr.io/${PROJECT_ID}/users"));
        Finding runnerOnly = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                100, 100, "tools:", "tools", Map.of("service", "tools", "build", "docker/app", "buildPath", "docker/app",
                        ComposeDetector.SOURCE_PATH, "internal"));

        ComponentLayout layout = ComponentLayout.of("wild-workouts", paths, List.of(trainer, users, usersInCi, runnerOnly),
                markers);

        assertThat(layout.componentOf(trainer).name()).isEqualTo("trainer");
        assertThat(layout.componentOf(users).name()).isEqualTo("users");
        assertThat(layout.componentOf(usersInCi).name()).isEqualTo("users");
        assertThat(layout.componentOf(runnerOnly).name()).isEqualTo("app");
    }

    @Test
    void aChartNamedLikeTheComposeServiceBuiltFromAComponentJoinsIt() {
        List<String> paths = List.of("src/docker-compose.yml", "src/Services/Basket/Basket.API/Dockerfile",
                "deploy/k8s/helm/basket-api/Chart.yaml", "deploy/k8s/helm/basket-api/templates/deployment.yaml",
                "deploy/k8s/helm/basket-data/Chart.yaml", "deploy/k8s/helm/basket-data/templates/deployment.yaml");
        Finding built = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "src/docker-compose.yml",
                28, 28, "basket-api:", "basket-api", Map.of("service", "basket-api", "build", ".",
                        "buildPath", "src/Services/Basket/Basket.API"));
        Finding chart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/k8s/helm/basket-api/Chart.yaml", 4, 4, "name: basket-api", "basket-api", Map.of("name", "basket-api"));
        Finding otherChart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/k8s/helm/basket-data/Chart.yaml", 4, 4, "name: basket-data", "basket-data", Map.of("name", "basket-data"));

        Finding template = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/k8s/helm/basket-api/templates/deployment.yaml", 4, 4, "kind: Deployment", "Deployment",
                Map.of("kind", "Deployment", "templated", "true", "chartPath", "deploy/k8s/helm/basket-api"));
        Finding otherTemplate = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/k8s/helm/basket-data/templates/deployment.yaml", 2, 2, "kind: Deployment", "Deployment",
                Map.of("kind", "Deployment", "templated", "true", "chartPath", "deploy/k8s/helm/basket-data"));

        ComponentLayout layout = ComponentLayout.of("eshop", paths,
                List.of(built, chart, otherChart, template, otherTemplate), List.of());

        assertThat(layout.componentOf("deploy/k8s/helm/basket-api/templates/deployment.yaml").name()).isEqualTo("basket");
        assertThat(layout.componentOf("deploy/k8s/helm/basket-data/templates/deployment.yaml").name()).isEqualTo("basket-data");
    }

    @Test
    void aComposeServiceJoinsTheComponentWithTheLongestNameItsImageEndsWith() {
        List<String> paths = List.of("go.mod", "app/shop/admin/cmd/server/main.go", "app/shop/interface/cmd/server/main.go",
                "web-admin/Dockerfile", "web-admin/package.json", "deploy/docker-compose/docker-compose.yaml");
        List<ComponentMarker> markers = List.of(new EntryPoint("app/shop/admin/cmd/server/main.go", Ecosystem.GO),
                new EntryPoint("app/shop/interface/cmd/server/main.go", Ecosystem.GO));
        Finding compose = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "deploy/docker-compose/docker-compose.yaml", 7, 7, "web-admin:", "web-admin",
                Map.of("service", "web-admin", "image", "go-kratos/beer-web-admin:0.1.0"));

        ComponentLayout layout = ComponentLayout.of("beer-shop", paths, List.of(compose), markers);

        assertThat(layout.components()).extracting(Component::name).contains("admin", "web-admin");
        assertThat(layout.componentOf(compose).name()).isEqualTo("web-admin");
    }

    @Test
    void aGoMainNamedAfterADeployableRepositoryIsTheRootsOwnProgram() {
        List<String> paths = List.of("Dockerfile", "go.mod", "cmd/podinfo/main.go", "cmd/podcli/main.go", "pkg/api/server.go");
        List<ComponentMarker> markers = List.of(new EntryPoint("cmd/podinfo/main.go", Ecosystem.GO),
                new EntryPoint("cmd/podcli/main.go", Ecosystem.GO));

        ComponentLayout layout = ComponentLayout.of("podinfo", paths, List.of(), markers);

        assertThat(layout.components()).extracting(Component::name, Component::folder).containsExactly(
                org.assertj.core.groups.Tuple.tuple("podinfo", ""), org.assertj.core.groups.Tuple.tuple("podcli", "cmd/podcli"));
        assertThat(layout.componentOf("cmd/podinfo/main.go").name()).isEqualTo("podinfo");
        assertThat(ComponentLayout.of("podinfo", paths.subList(1, paths.size()), List.of(), markers).components())
                .extracting(Component::name).contains("cmd-podinfo", "podcli");
    }

    @Test
    void aSingleGoMainIsItsModuleAndASingleModuleOfADeployableRootIsTheRoot() {
        assertThat(ComponentLayout.of("api", List.of("services/api/go.mod", "services/api/cmd/server/main.go"), List.of(),
                List.of(new EntryPoint("services/api/cmd/server/main.go", Ecosystem.GO))).components())
                .containsExactly(new Component("api", ""), new Component("services-api", "services/api"));
        assertThat(ComponentLayout.of("shop", List.of("Dockerfile", "pom.xml", "app/pom.xml", "app/src/main/java/App.java"),
                List.of(), List.of(new EntryPoint("app/src/main/java/App.java", Ecosystem.JVM))).components())
                .containsExactly(new Component("shop", ""));
    }

    @Test
    void aWorkloadInAFolderOfItsOwnIsAComponentNamedAfterIt() {
        List<String> paths = List.of("deploy/k8s/payments/deployment.yaml", "deploy/k8s/payments/service.yaml",
                "deploy/k8s/shared.yaml", "apps/ledger/base/deployment.yaml", "apps/ledger/overlays/prod/kustomization.yaml");
        List<Finding> findings = List.of(workload("deploy/k8s/payments/deployment.yaml", "payments", "acme/payments:1"),
                workload("deploy/k8s/shared.yaml", "redis", "redis:7"), workload("deploy/k8s/shared.yaml", "nats", "nats:2"),
                workload("apps/ledger/base/deployment.yaml", "ledger", "acme/ledger:3"));

        ComponentLayout layout = ComponentLayout.of("platform", paths, findings, List.of());

        assertThat(layout.components()).containsExactly(new Component("platform", ""), new Component("ledger", "apps/ledger"),
                new Component("payments", "deploy/k8s/payments"));
        assertThat(layout.componentOf("apps/ledger/overlays/prod/kustomization.yaml").name()).isEqualTo("ledger");
        assertThat(layout.componentOf(findings.get(1)).name()).isEqualTo("platform");
    }

    @Test
    void aWorkloadJoinsTheComponentItIsNamedAfterOrWhoseImageItRuns() {
        List<String> paths = List.of("orders/Dockerfile", "billing-service/Dockerfile", "k8s/orders/deployment.yaml",
                "k8s/all.yaml");
        Finding orders = workload("k8s/orders/deployment.yaml", "orders", "ghcr.io/acme/orders:1.4");
        Finding billing = workload("k8s/all.yaml", "billing", "ghcr.io/acme/billing-service@sha256:abc");
        Finding cache = workload("k8s/all.yaml", "cache", "redis:7");
        List<Finding> findings = new ArrayList<>(List.of(orders, billing, cache));

        ComponentLayout layout = ComponentLayout.of("shop", paths, findings, List.of());

        assertThat(layout.components()).extracting(Component::name).containsExactly("shop", "billing-service", "orders");
        assertThat(layout.componentOf("k8s/orders/deployment.yaml").name()).isEqualTo("orders");
        assertThat(layout.componentOf(billing).name()).isEqualTo("billing-service");
        assertThat(layout.componentOf(endpointOf("k8s/all.yaml", "billing")).name()).isEqualTo("billing-service");
        assertThat(layout.componentOf(cache).name()).isEqualTo("shop");
    }

    static Stream<Arguments> labelledWorkloads() {
        return Stream.of(
                arguments("a workload labelled with a service's name is a build of it on trial (robot-shop's payment-fix)",
                        "payment-fix", "robotshop/rs-payment-fix:latest", "payment", "payment"),
                arguments("a workload labelled with the generic folder's alias joins it", "cart-canary", "acme/cc:2",
                        "cart-service", "cart"),
                arguments("a label naming the whole system makes the workload no part of the root", "payment-fix",
                        "robotshop/rs-payment-fix:latest", "robot-shop", "payment-fix"),
                arguments("a label naming no component leaves the workload its own", "payment-fix",
                        "robotshop/rs-payment-fix:latest", "billing", "payment-fix"),
                arguments("a workload running the image Compose builds from a folder runs that folder's code", "load",
                        "robotshop/rs-load:latest", "", "load-gen"),
                arguments("an image Compose only pulls is no build of the tree's", "cache", "robotshop/rs-cache:1", "",
                        "cache"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledWorkloads")
    void aWorkloadJoinsTheComponentItsAppLabelNamesOrWhoseComposeBuiltImageItRuns(String description, String name,
                                                                                  String image, String appLabel,
                                                                                  String expected) {
        List<String> paths = List.of("payment/Dockerfile", "cart/service/Dockerfile", "load-gen/Dockerfile",
                "docker-compose.yaml", "K8s/Istio/deployment.yaml", "K8s/Istio/gateway.yaml");
        Map<String, String> attributes = new HashMap<>(Map.of("kind", "Deployment", "name", name,
                "workload", name, "images", image));
        if (!appLabel.isEmpty()) {
            attributes.put(KubernetesWorkloads.APP_LABEL, appLabel);
        }
        Finding workload = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "K8s/Istio/deployment.yaml", 2, 2, "kind: Deployment", "Deployment/" + name, attributes);
        Finding load = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yaml",
                3, 3, "load:", "services.load", Map.of("service", "load-generator", "buildPath", "load-gen",
                "image", "${REPO}/rs-load:${TAG}"));
        Finding cache = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yaml",
                9, 9, "cache:", "services.cache", Map.of("service", "redis", "image", "robotshop/rs-cache:1"));

        ComponentLayout layout = ComponentLayout.of("robot-shop", paths, List.of(workload, load, cache), List.of());

        assertThat(layout.componentOf(workload).name()).isEqualTo(expected);
        assertThat(layout.componentOf("K8s/Istio/gateway.yaml").name()).isEqualTo(expected);
    }

    @Test
    void theOnlyWorkloadOfADeployableRootIsTheRoot() {
        ComponentLayout layout = ComponentLayout.of("orders-service", List.of("Dockerfile", "k8s/deployment.yaml"),
                List.of(workload("k8s/deployment.yaml", "orders", "acme/orders:1")), List.of());

        assertThat(layout.components()).containsExactly(new Component("orders-service", ""));
    }

    @Test
    void aChartTemplatingOneWorkloadIsAComponentButNotAChartOfASystem() {
        Finding chart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR, "charts/search/Chart.yaml",
                2, 2, "name: search", "chart", Map.of("name", "search"));
        Finding umbrella = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR, "helm/Chart.yaml",
                2, 2, "name: shop", "chart", Map.of("name", "shop"));
        List<Finding> findings = List.of(chart, umbrella, templated("charts/search"), templated("helm"), templated("helm"));

        ComponentLayout layout = ComponentLayout.of("shop", List.of("charts/search/Chart.yaml", "helm/Chart.yaml"), findings,
                List.of());

        assertThat(layout.components()).containsExactly(new Component("shop", ""), new Component("search", "charts/search"));
    }

    @Test
    void aChartOtherChartsTakeInAsADependencyIsTheirSharedTemplateNotAComponent() {
        // given yas's charts: backend templates the workload of every service whose chart depends on it
        Finding backend = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "k8s/charts/backend/Chart.yaml", 2, 2, "name: backend", "chart", Map.of("name", "backend"));
        Finding cart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR, "k8s/charts/cart/Chart.yaml",
                2, 2, "name: cart", "chart", Map.of("name", "cart", "dependencies", "backend"));
        Finding search = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "k8s/charts/search/Chart.yaml", 2, 2, "name: search", "chart", Map.of("name", "search", "dependencies",
                "postgresql,backend"));
        List<Finding> findings = List.of(backend, cart, search, templated("k8s/charts/backend"), templated("k8s/charts/cart"),
                templated("k8s/charts/search"));

        ComponentLayout layout = ComponentLayout.of("yas", List.of("k8s/charts/backend/Chart.yaml",
                "k8s/charts/cart/Chart.yaml", "k8s/charts/search/Chart.yaml"), findings, List.of());

        // then the services' charts are components, and the shared one is none
        assertThat(layout.components()).containsExactly(new Component("yas", ""), new Component("cart", "k8s/charts/cart"),
                new Component("search", "k8s/charts/search"));
    }

    @ParameterizedTest(name = "a chart whose values run {0} belongs to {1}")
    @CsvSource({
        "eshoponabp/service-catalog:latest, catalog-host",
        "eshoponabp/service-basket:latest, catalog"})
    void aChartJoinsTheComponentThatComposeBuildsTheImageOfItsValues(String image, String expected) {
        List<String> paths = List.of("services/catalog/src/Catalog.Host/Dockerfile", "etc/docker/docker-compose.yml",
                "etc/k8s/charts/catalog/Chart.yaml", "etc/k8s/charts/catalog/values.yaml");
        Finding compose = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "etc/docker/docker-compose.yml", 99, 99, "eshop-st-catalog:", "services.eshop-st-catalog",
                Map.of("service", "eshop-st-catalog", "buildPath", "services/catalog/src/Catalog.Host",
                        "image", "eshoponabp/service-catalog:latest"));
        Finding chart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "etc/k8s/charts/catalog/Chart.yaml", 2, 2, "name: catalog", "chart", Map.of("name", "catalog"));
        Finding values = new Finding(DescriptorFactKinds.HELM_VALUES, Finding.DEPLOYMENT_DESCRIPTOR,
                "etc/k8s/charts/catalog/values.yaml", 28, 28, "image:", "values", Map.of("image", image));

        ComponentLayout layout = ComponentLayout.of("eshoponabp", paths,
                List.of(compose, chart, values, templated("etc/k8s/charts/catalog")), List.of());

        assertThat(layout.componentOf(chart).name()).isEqualTo(expected);
        assertThat(layout.componentOf("etc/k8s/charts/catalog/values.yaml").name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a chart whose template runs {0} is {1}")
    @CsvSource({
        "'rabbitmq:management-alpine',             the system's (eshoponabp)",
        "'redis:alpine',                           the system's (eshoponabp)",
        "'mongo:4.2,postgres:14.1',                the system's (eshoponabp)",
        "'acme/ledger:1.2',                        its own component (rabbitmq)",
        "'rabbitmq:management-alpine,acme/relay:1', its own component (rabbitmq)",
        "'',                                       its own component (rabbitmq)"})
    void aChartRunningOnlyInfrastructureImagesIsNoComponent(String images, String expected) {
        List<String> paths = List.of("services/catalog/Dockerfile", "etc/k8s/charts/rabbitmq/Chart.yaml",
                "etc/k8s/charts/rabbitmq/templates/rabbitmq.yaml");
        Finding chart = new Finding(DescriptorFactKinds.HELM_CHART, Finding.DEPLOYMENT_DESCRIPTOR,
                "etc/k8s/charts/rabbitmq/Chart.yaml", 2, 2, "name: rabbitmq", "chart", Map.of("name", "rabbitmq"));
        Map<String, String> attributes = new HashMap<>(Map.of("kind", "StatefulSet", "templated", "true",
                "chartPath", "etc/k8s/charts/rabbitmq"));
        if (!images.isEmpty()) {
            attributes.put("images", images);
        }
        Finding workload = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "etc/k8s/charts/rabbitmq/templates/rabbitmq.yaml", 2, 2, "kind: StatefulSet", "StatefulSet", attributes);

        ComponentLayout layout = ComponentLayout.of("eshoponabp", paths, List.of(chart, workload), List.of());

        String name = expected.substring(expected.indexOf('(') + 1, expected.indexOf(')'));
        assertThat(layout.componentOf(workload).name()).isEqualTo(name);
        assertThat(layout.components()).extracting(Component::name).contains("catalog")
                .matches(names -> names.contains("rabbitmq") == name.equals("rabbitmq"));
    }

    @Test
    void aWorkloadBesideFoldersOfOtherWorkloadsOwnsNoFolderAndATemplatedWorkloadJoinsItsNamesake() {
        List<String> paths = List.of("cart/Dockerfile", "load-gen/Dockerfile", "K8s/load-deployment.yaml",
                "K8s/helm/Chart.yaml", "K8s/helm/templates/cart-deployment.yaml", "K8s/helm/templates/web-deployment.yaml");
        Finding load = workload("K8s/load-deployment.yaml", "load", "robotshop/rs-load:latest");
        Finding cart = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "K8s/helm/templates/cart-deployment.yaml", 2, 2, "kind: Deployment", "Deployment",
                Map.of("kind", "Deployment", "name", "cart", "workload", "cart", "templated", "true", "chartPath", "K8s/helm"));
        Finding web = new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                "K8s/helm/templates/web-deployment.yaml", 2, 2, "kind: Deployment", "Deployment",
                Map.of("kind", "Deployment", "name", "web", "workload", "web", "templated", "true", "chartPath", "K8s/helm"));

        ComponentLayout layout = ComponentLayout.of("robot-shop", paths, List.of(load, cart, web), List.of());

        assertThat(layout.components()).extracting(Component::name).containsExactly("robot-shop", "cart", "load-gen");
        assertThat(layout.componentOf("K8s/helm/Chart.yaml").name()).isEqualTo("robot-shop");
        assertThat(layout.componentOf(load).name()).isEqualTo("robot-shop");
        assertThat(layout.componentOf(cart).name()).isEqualTo("cart");
        assertThat(layout.componentOf(web).name()).isEqualTo("robot-shop");
    }

    static Stream<Arguments> nestedDockerfiles() {
        return Stream.of(
                arguments("a generator's image inside a service (opentelemetry-demo's genproto) is the service's",
                        "golang:1.26-alpine", "", "", List.of(), "checkout"),
                arguments("not when it runs a command", "golang:1.26-alpine", "/bin/worker", "", List.of(), "genproto"),
                arguments("not when it exposes a port", "golang:1.26-alpine", "", "8080", List.of(), "genproto"),
                arguments("not when its base image runs a server of its own", "nginx:1.27", "", "", List.of(), "genproto"),
                arguments("not when Compose builds it", "golang:1.26-alpine", "", "", List.of("src/checkout/genproto"),
                        "genproto"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestedDockerfiles")
    void aDockerfileInsideAServiceThatBuildsAToolIsTheServices(String description, String baseImage, String entrypoint,
                                                               String ports, List<String> composeBuilds, String expected) {
        List<String> paths = List.of("src/checkout/Dockerfile", "src/checkout/main.go", "src/checkout/genproto/Dockerfile",
                "src/checkout/genproto/oteldemo/demo.pb.go");
        Finding service = new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, "src/checkout/Dockerfile",
                1, 1, "FROM golang", "stage", Map.of("baseImage", "golang:1.26-alpine", "entrypoint", "./checkout",
                "exposedPorts", "5050"));
        Finding tool = new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR,
                "src/checkout/genproto/Dockerfile", 1, 1, "FROM golang", "stage", Map.of("baseImage", baseImage,
                "entrypoint", entrypoint, "exposedPorts", ports));

        List<Finding> findings = new ArrayList<>(List.of(service, tool));
        composeBuilds.forEach(folder -> findings.add(new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR,
                "compose.yaml", 3, 3, "genproto:", "services.genproto", Map.of("service", "genproto", "buildPath", folder))));

        ComponentLayout layout = ComponentLayout.of("opentelemetry-demo", paths, findings, List.of());

        assertThat(layout.componentOf("src/checkout/genproto/oteldemo/demo.pb.go").name()).isEqualTo(expected);
    }

    @Test
    void aServicesDatabaseImageDoesNotOwnAFolderWhereOtherModulesHaveEntryPoints() {
        List<String> paths = List.of("src/ledger/ledger-db/Dockerfile", "src/ledger/balancereader/pom.xml",
                "src/ledger/balancereader/src/main/java/bank/BalanceReaderApplication.java", "src/ledger/ledgerwriter/pom.xml",
                "src/ledger/ledgerwriter/src/main/java/bank/LedgerWriterApplication.java");
        List<ComponentMarker> markers = List.of(
                new EntryPoint("src/ledger/balancereader/src/main/java/bank/BalanceReaderApplication.java", Ecosystem.JVM),
                new EntryPoint("src/ledger/ledgerwriter/src/main/java/bank/LedgerWriterApplication.java", Ecosystem.JVM));

        ComponentLayout layout = ComponentLayout.of("bank", paths, List.of(), markers);

        assertThat(layout.components()).extracting(Component::name).containsExactly("bank", "balancereader", "ledger-db",
                "ledgerwriter");
        assertThat(layout.componentOf("src/ledger/ledgerwriter/src/main/java/bank/LedgerWriterApplication.java").name())
                .isEqualTo("ledgerwriter");
    }

    @Test
    void aFolderWhoseDockerfileBuildsOnlyADatabaseImageIsTheStoreOfTheComponentAroundItNotAComponent() {
        // given TeaStore's database image folder beside its services, and modular-monolith-with-ddd's inside its app
        List<String> paths = List.of("utilities/tools.descartes.teastore.database/Dockerfile",
                "utilities/tools.descartes.teastore.database/setupData.sql", "services/persistence/Dockerfile",
                "src/Dockerfile", "src/Database/Dockerfile", "src/Database/Structure/payments/Tables/Payers.sql",
                "tools/cache/Dockerfile");
        List<Finding> images = List.of(dockerfile("utilities/tools.descartes.teastore.database/Dockerfile", "mariadb:10.4.12"),
                dockerfile("services/persistence/Dockerfile", "descartesresearch/teastore-base:latest"),
                dockerfile("src/Dockerfile", "mcr.microsoft.com/dotnet/aspnet:8.0"),
                dockerfile("src/Database/Dockerfile", "mcr.microsoft.com/mssql/server:2022-latest"),
                dockerfile("tools/cache/Dockerfile", "eclipse-temurin:17-jre"));

        ComponentLayout layout = ComponentLayout.of("teastore", paths, images, List.of());

        // then only the services' and the tool's folders are components; the scripts belong to the components around them
        assertThat(layout.components()).extracting(Component::name).containsExactly("teastore", "persistence", "src", "cache");
        assertThat(layout.componentOf("utilities/tools.descartes.teastore.database/setupData.sql").name()).isEqualTo("teastore");
        assertThat(layout.componentOf("src/Database/Structure/payments/Tables/Payers.sql").name()).isEqualTo("src");
    }

    @Test
    void aFolderThatPreparesADatabaseImagesFolderAndServesNothingIsNoComponent() {
        // given ftgo's dynamodblocal-init beside dynamodblocal (waits for it, creates its tables), and two that serve
        List<String> paths = List.of("dynamodblocal/Dockerfile", "dynamodblocal-init/Dockerfile",
                "dynamodblocal-init/create-dynamodb-tables.sh", "mysql/Dockerfile", "mysql-setup/Dockerfile",
                "orders/Dockerfile", "orders-init/Dockerfile");
        List<Finding> images = List.of(dockerfile("dynamodblocal/Dockerfile", "amazon/dynamodb-local:1.18.0"),
                dockerfile("dynamodblocal-init/Dockerfile", "python:2.7.16-alpine3.9", ""),
                dockerfile("mysql/Dockerfile", "mysql:8"),
                dockerfile("mysql-setup/Dockerfile", "node:20-alpine", "8080"),
                dockerfile("orders/Dockerfile", "eclipse-temurin:17-jre", "8080"),
                dockerfile("orders-init/Dockerfile", "python:3.12-alpine", ""));

        ComponentLayout layout = ComponentLayout.of("ftgo", paths, images, List.of());

        // then the store's initializer is the system's; a setup that serves a port, and a service's own init, are components
        assertThat(layout.components()).extracting(Component::name)
                .containsExactly("ftgo", "mysql-setup", "orders", "orders-init");
        assertThat(layout.componentOf("dynamodblocal-init/create-dynamodb-tables.sh").name()).isEqualTo("ftgo");
    }

    private static Finding dockerfile(String path, String baseImage, String exposedPorts) {
        return new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, path, 1, 1, "FROM " + baseImage, "FROM",
                Map.of("baseImage", baseImage, "exposedPorts", exposedPorts));
    }

    private static Finding dockerfile(String path, String baseImage) {
        return new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, path, 1, 1, "FROM " + baseImage, "FROM",
                Map.of("baseImage", baseImage));
    }

    @ParameterizedTest(name = "a Dockerfile in infra/docker running {0} is a component: {1}")
    @CsvSource({
            "'sh -c \"node dist/services/${SERVICE_NAME}/src/main.js\"', false",
            "'node dist/apps/$APP/main.js', false",
            "'java -jar /app/${JAR_FILE}', true",
            "'node dist/main.js', true",
            "'/bin/sh -c envsubst ''$OTEL_SERVICE_NAME'' < /nginx.conf.template > /etc/nginx/nginx.conf', true"})
    void aDockerfileBuildingWhicheverServiceAnArgumentNamesIsATemplateNoComponent(String command, boolean component) {
        // given a NestJS monorepo's shared Dockerfile beside its services' code
        List<String> paths = List.of("infra/docker/Dockerfile.nestjs-service", "backend/services/service-1/src/main.ts");
        Finding dockerfile = new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR,
                "infra/docker/Dockerfile.nestjs-service", 36, 36, "FROM node:22-alpine", "final-stage",
                Map.of("baseImage", "node:22-alpine", "entrypoint", command));

        ComponentLayout layout = ComponentLayout.of("template", paths, List.of(dockerfile), List.of());

        assertThat(layout.components()).extracting(Component::folder).contains("").hasSize(component ? 2 : 1);
    }

    @Test
    void theDeployableModuleOfAServiceMakesTheServiceFolderItsComponent() {
        List<String> paths = List.of("customer-service/customer-service-main/Dockerfile",
                "customer-service/customer-service-domain/src/main/java/shop/Customer.java",
                "order-history-text-search-service/Dockerfile", "platform/platform-api/Dockerfile",
                "platform/platform-worker/Dockerfile", "deploy/kubernetes/customer-service.yaml");
        Finding customers = workload("deploy/kubernetes/customer-service.yaml", "customer-service", "acme/customer-service:1");

        ComponentLayout layout = ComponentLayout.of("eventuate", paths, List.of(customers), List.of());

        assertThat(layout.components()).containsExactly(new Component("eventuate", ""),
                new Component("customer-service", "customer-service"),
                new Component("order-history-text-search-service", "order-history-text-search-service"),
                new Component("platform-api", "platform/platform-api"), new Component("platform-worker", "platform/platform-worker"));
        assertThat(layout.componentOf("customer-service/customer-service-domain/src/main/java/shop/Customer.java").name())
                .isEqualTo("customer-service");
        assertThat(layout.componentOf(customers).name()).isEqualTo("customer-service");
    }

    @Test
    void aDockerfileFolderRunningAModulesJarDeploysThatModule() {
        // given mall's document/sh/Dockerfile, which runs the jar that the module mall-admin builds
        List<String> paths = List.of("pom.xml", "mall-admin/pom.xml", "mall-admin/src/main/java/mall/MallAdminApplication.java",
                "mall-portal/pom.xml", "mall-portal/src/main/java/mall/MallPortalApplication.java", "document/sh/Dockerfile",
                "document/sh/mall-admin.sh", "tools/Dockerfile");
        List<ComponentMarker> markers = List.of(new EntryPoint("mall-admin/src/main/java/mall/MallAdminApplication.java", Ecosystem.JVM),
                new EntryPoint("mall-portal/src/main/java/mall/MallPortalApplication.java", Ecosystem.JVM));
        Finding image = new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, "document/sh/Dockerfile", 2, 2,
                "FROM openjdk:8", "FROM", Map.of("entrypoint", "java -jar /mall-admin-1.0-SNAPSHOT.jar"));
        Finding tool = new Finding(DockerfileDetector.DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, "tools/Dockerfile", 1, 1,
                "FROM openjdk:8", "FROM", Map.of("entrypoint", "java -jar /app.jar"));

        ComponentLayout layout = ComponentLayout.of("mall", paths, List.of(image, tool), markers);

        // then the Dockerfile is mall-admin's; one running a jar no module is named after stays a component
        assertThat(layout.components()).extracting(Component::name).containsExactly("mall", "mall-admin", "mall-portal", "tools");
        assertThat(layout.componentOf(image).name()).isEqualTo("mall-admin");
    }

    @Test
    void aDockerfileInAPackagingFolderNamedAsAModulePackagesThatModule() {
        // given conductor's docker/server and docker/ui beside the modules server and ui, and docker/ci named for none
        List<String> paths = List.of("build.gradle", "server/build.gradle",
                "server/src/main/java/com/netflix/conductor/Conductor.java", "ui/package.json", "ui/src/index.js",
                "docker/server/Dockerfile", "docker/ui/Dockerfile", "docker/ci/Dockerfile");
        List<ComponentMarker> markers = List.of(
                new EntryPoint("server/src/main/java/com/netflix/conductor/Conductor.java", Ecosystem.JVM),
                new EntryPoint("ui/package.json", Ecosystem.NODE));

        ComponentLayout layout = ComponentLayout.of("conductor", paths, List.of(), markers);

        // then each packaging Dockerfile is its module's, and one named for no module stays a component of its own
        assertThat(layout.components()).extracting(Component::name).containsExactly("conductor", "ci", "server", "ui");
        assertThat(layout.componentOf("docker/server/Dockerfile").name()).isEqualTo("server");
        assertThat(layout.componentOf("docker/ui/Dockerfile").name()).isEqualTo("ui");
    }

    @Test
    void aDotnetLibraryOnlyOneComponentReferencesIsThatComponentsAndASharedOneTheRoots() {
        // given eShop's ordering: the API references its domain and infrastructure libraries, which references the domain;
        // both services reference the shared service defaults
        List<String> paths = List.of("src/Ordering.API/Ordering.API.csproj", "src/Ordering.API/Program.cs",
                "src/Ordering.Domain/Ordering.Domain.csproj", "src/Ordering.Domain/Buyer.cs",
                "src/Ordering.Infrastructure/Ordering.Infrastructure.csproj", "src/Basket.API/Basket.API.csproj",
                "src/Basket.API/Program.cs", "src/ServiceDefaults/ServiceDefaults.csproj", "src/ServiceDefaults/Extensions.cs");
        List<ComponentMarker> markers = List.of(new EntryPoint("src/Ordering.API/Ordering.API.csproj", Ecosystem.DOTNET),
                new EntryPoint("src/Basket.API/Basket.API.csproj", Ecosystem.DOTNET),
                reference("src/Ordering.API/Ordering.API.csproj", "src/Ordering.Infrastructure/Ordering.Infrastructure.csproj"),
                reference("src/Ordering.Infrastructure/Ordering.Infrastructure.csproj", "src/Ordering.Domain/Ordering.Domain.csproj"),
                reference("src/Ordering.API/Ordering.API.csproj", "src/ServiceDefaults/ServiceDefaults.csproj"),
                reference("src/Basket.API/Basket.API.csproj", "src/ServiceDefaults/ServiceDefaults.csproj"));

        ComponentLayout layout = ComponentLayout.of("eshop", paths, List.of(), markers);

        // then the domain is ordering-api's and the defaults the root's
        assertThat(layout.components()).extracting(Component::name).containsExactly("eshop", "basket-api", "ordering-api");
        assertThat(layout.componentOf("src/Ordering.Domain/Buyer.cs").name()).isEqualTo("ordering-api");
        assertThat(layout.componentOf("src/ServiceDefaults/Extensions.cs").name()).isEqualTo("eshop");
    }

    private static ComponentMarker reference(String project, String referenced) {
        return new ComponentMarker.ProjectReference(project, referenced);
    }

    @Test
    void namesADockerfileFolderAfterItsFirstMeaningfulSegment() {
        assertThat(ComponentLayout.of("shop", List.of("src/cartservice/src/Dockerfile", "services/web/docker/Dockerfile"),
                List.of()).components()).extracting(Component::name).containsExactly("shop", "web", "cartservice");
    }

    private static Finding templated(String chartPath) {
        return new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR,
                chartPath + "/templates/deployment.yaml", 2, 2, "kind: Deployment", "Deployment",
                Map.of("kind", "Deployment", "templated", "true", "chartPath", chartPath));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Web.Frontend          | web-frontend",
        "--Order__Service--    | order-service",
        "orders                | orders",
        "API v2 (beta)         | api-v2-beta",
        "'---'                 | ''",
        "Zürich-Shop           | z-rich-shop",
        "\u212A8s-operator     | k8s-operator", // the Kelvin sign lower-cases to k
        "\u0130stanbul         | i-stanbul" // to i and a combining dot
    })
    void namesAComponentInLowerCaseLettersDigitsAndSingleDashes(String raw, String expected) {
        assertThat(ComponentLayout.name(raw)).isEqualTo(expected)
                .isEqualTo(raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
    }
}
