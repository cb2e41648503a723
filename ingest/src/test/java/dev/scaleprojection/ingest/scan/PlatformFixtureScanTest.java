package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scaleprojection.ingest.domain.Component;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture repository {@code fixtures/platform}: services with Kubernetes manifests, a Helm chart, Kustomize, a CI
 * workflow, an Airflow DAG, a Temporal workflow, a crontab, a Rego policy and one malformed manifest.
 */
class PlatformFixtureScanTest {

    private static ScanResult scan;

    @BeforeAll
    static void scanTheFixture() throws URISyntaxException {
        Path platform = Path.of(PlatformFixtureScanTest.class.getResource("/fixtures/platform").toURI());
        scan = new RepositoryScanner().scan(platform, "platform", ScanOptions.defaults());
    }

    @Test
    void findsExactlyTheseFactsInTheirComponentsAtTheirLines() {
        assertThat(scan.facts()).extracting(f -> f.finding().kind(), ObservedFact::component, f -> f.finding().path(),
                f -> f.finding().startLine()).containsExactly(
                tuple("deployment.helm-chart", "billing", "charts/billing/Chart.yaml", 2),
                tuple("deployment.kubernetes-workload", "billing", "charts/billing/templates/deployment.yaml", 2),
                tuple("deployment.helm-values", "billing", "charts/billing/values.yaml", 1),
                tuple("endpoint.configured", "billing", "charts/billing/values.yaml", 9),
                tuple("build.manifest", "billing", "services/billing/go.mod", 1),
                tuple("deployment.kubernetes-workload", "orders", "deploy/k8s/orders/deployment.yaml", 2),
                tuple("endpoint.configured", "orders", "deploy/k8s/orders/deployment.yaml", 16),
                tuple("deployment.autoscaler", "orders", "deploy/k8s/orders/hpa.yaml", 2),
                tuple("deployment.dockerfile", "orders", "services/orders/Dockerfile", 1),
                tuple("build.manifest", "orders", "services/orders/pom.xml", 1),
                tuple("orchestration.temporal-workflow", "orders", "services/orders/src/main/java/shop/orders/FulfilmentWorkflow.java", 7),
                tuple("delivery.ci-workflow", "platform", ".github/workflows/ci.yml", 3),
                tuple("orchestration.airflow-dag", "platform", "dags/nightly_export.py", 12),
                tuple("access.network-policy", "platform", "deploy/k8s/cluster/access.yaml", 3),
                tuple("access.rbac", "platform", "deploy/k8s/cluster/access.yaml", 12),
                tuple("access.ingress", "platform", "deploy/k8s/cluster/access.yaml", 22),
                tuple("deployment.kustomization", "platform", "deploy/k8s/kustomization.yaml", 2),
                tuple("deployment.kubernetes-workload", "platform", "deploy/k8s/ledger/statefulset.yaml", 2),
                tuple("state.persistent-volume-claim", "platform", "deploy/k8s/ledger/statefulset.yaml", 15),
                tuple("orchestration.cron", "platform", "ops/crontab", 2),
                tuple("governance.opa-policy", "platform", "policy/admission.rego", 1));
    }

    @Test
    void laysOutTheDeployablesAsComponents() {
        // the ledger's database (a StatefulSet running postgres:16) is the platform's infrastructure, no component
        assertThat(scan.components()).containsExactly(new Component("platform", ""), new Component("billing", "services/billing"),
                new Component("orders", "services/orders"));
    }

    @Test
    void describesWhatTheDescriptorsDeclare() {
        assertThat(fact("deploy/k8s/orders/deployment.yaml", 2)).containsEntry("replicas", "2")
                .containsEntry("images", "ghcr.io/acme/orders:1.4.0").containsEntry("hasResourceLimits", "true")
                .containsEntry("hasProbes", "true");
        assertThat(fact("deploy/k8s/orders/deployment.yaml", 16)).containsEntry("technology", "postgresql")
                .containsEntry("host", "orders-db.shop.svc");
        assertThat(fact("charts/billing/templates/deployment.yaml", 2)).containsEntry("templated", "true")
                .containsEntry("chartPath", "charts/billing").doesNotContainKey("replicas");
        assertThat(fact("charts/billing/values.yaml", 1)).containsEntry("replicaCount", "3")
                .containsEntry("autoscaling.enabled", "false");
        assertThat(fact(".github/workflows/ci.yml", 3)).containsEntry("buildsImages", "true").containsEntry("deploys", "true")
                .containsEntry("environments", "production");
    }

    @Test
    void skipsTheMalformedManifestWithItsReasonAndScansTheRest() {
        assertThat(scan.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo("deploy/k8s/cluster/broken.yaml");
            assertThat(skipped.reason()).startsWith("malformed-yaml: ").contains("line 6");
        });
    }

    @Test
    void fingerprintsAreStableAndDistinct() throws URISyntaxException {
        Path platform = Path.of(PlatformFixtureScanTest.class.getResource("/fixtures/platform").toURI());
        ScanResult again = new RepositoryScanner().scan(platform, "platform", ScanOptions.defaults());

        assertThat(again.facts()).isEqualTo(scan.facts());
        assertThat(scan.facts()).extracting(ObservedFact::fingerprint).doesNotHaveDuplicates();
    }

    private static java.util.Map<String, String> fact(String path, int line) {
        List<ObservedFact> matching = scan.facts().stream()
                .filter(f -> f.finding().path().equals(path) && f.finding().startLine() == line).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0).finding().attributes();
    }
}
