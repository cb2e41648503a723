package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void keepsNamesUniqueAndClean() {
        ComponentLayout layout = ComponentLayout.of("orders", List.of("orders/Dockerfile", "legacy/orders/Dockerfile",
                "--/Dockerfile"), List.of());

        assertThat(layout.components()).extracting(Component::name).containsExactly("orders", "component-2",
                "legacy-orders", "orders-2").allMatch(name -> name.matches("[a-z0-9-]+"));
    }
}
