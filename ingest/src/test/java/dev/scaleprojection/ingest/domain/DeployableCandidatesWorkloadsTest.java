package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeployableCandidatesWorkloadsTest {

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("alone in its folder", List.of("k8s/orders/deployment.yaml"), "k8s/orders", true),
                Arguments.of("another workload in a folder below", List.of("k8s/deployment.yaml", "k8s/orders/deployment.yaml"),
                        "k8s", false),
                Arguments.of("the one below still owns its own", List.of("k8s/deployment.yaml", "k8s/orders/deployment.yaml"),
                        "k8s/orders", true),
                Arguments.of("a sibling whose name extends the folder's is not below it",
                        List.of("k8s/orders/deployment.yaml", "k8s/orders-db/deployment.yaml", "k8s/orders.v2/deployment.yaml"),
                        "k8s/orders", true),
                Arguments.of("a folder sorting between the folder and those below it",
                        List.of("k8s/a/deployment.yaml", "k8s/a-b/deployment.yaml", "k8s/a/x/deployment.yaml"), "k8s/a", false),
                Arguments.of("at the root, any workload in a folder is below", List.of("deployment.yaml", "z/deployment.yaml"),
                        "", false),
                Arguments.of("at the root, alone", List.of("deployment.yaml"), "", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aWorkloadOwnsItsFolderWhenNoOtherWorkloadsManifestsLieBelowIt(String description, List<String> manifests,
                                                                       String folder, boolean ownFolder) {
        List<Finding> findings = manifests.stream().map(path -> workload(path, "w" + manifests.indexOf(path))).toList();

        List<DeployableCandidates.Workload> workloads = DeployableCandidates.workloads(Set.copyOf(manifests), findings);

        assertThat(workloads.stream().filter(w -> w.folder().equals(folder)).map(DeployableCandidates.Workload::ownFolder))
                .containsExactly(ownFolder);
    }

    private static Finding workload(String path, String name) {
        return new Finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, Finding.DEPLOYMENT_DESCRIPTOR, path, 1, 1, "kind: Deployment",
                "Deployment/" + name, Map.of("name", name));
    }
}
