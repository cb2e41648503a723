package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.KUSTOMIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizationDetectorTest {

    private final KustomizationDetector detector = new KustomizationDetector(new SnakeYamlParser());

    static Stream<Arguments> kustomizations() {
        return Stream.of(
                arguments("a base listing its manifests", "deploy/base/kustomization.yaml", """
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        resources:
                          - deployment.yaml
                          - service.yaml
                        """, List.of(Expected.of(KUSTOMIZATION, 2, "kustomization", "resources", "deployment.yaml,service.yaml",
                        "overlay", "false"))),
                arguments("an overlay with image, replica and patch overrides", "deploy/overlays/prod/kustomization.yml", """
                        resources:
                          - ../../base
                          - https://github.com/acme/shared//monitoring?ref=v1
                        namespace: shop-prod
                        images:
                          - name: orders
                            newName: ghcr.io/acme/orders
                            newTag: "1.4"
                        replicas:
                          - name: orders
                            count: 6
                        patches:
                          - path: resources.yaml
                        patchesStrategicMerge:
                          - probes.yaml
                        """, List.of(Expected.of(KUSTOMIZATION, 1, "kustomization",
                        "bases", "../../base,https://github.com/acme/shared//monitoring?ref=v1", "overlay", "true",
                        "namespace", "shop-prod", "images", "orders=ghcr.io/acme/orders:1.4", "replicas", "orders=6",
                        "patches", "2"))),
                arguments("generator literals that are endpoints", "k8s/kustomization.yaml", """
                        kind: Kustomization
                        configMapGenerator:
                          - name: orders-config
                            literals:
                              - DB_URL=jdbc:postgresql://orders-db:5432/orders
                              - LOG_LEVEL=info
                        """, List.of(Expected.of(KUSTOMIZATION, 1, "kustomization", "overlay", "false"),
                        Expected.of(ConfiguredEndpointDetector.CONFIGURED, 5,
                                "kustomization.configMapGenerator[orders-config].literals.DB_URL", "technology", "postgresql",
                                "configMap", "orders-config"))),
                arguments("an empty file", "k8s/kustomization.yaml", "", List.of()),
                arguments("a kustomization among examples", "examples/kustomization.yaml", "resources: [a.yaml]\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void describesWhatAKustomizationBuilds(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
    }
}
