package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Kustomize components that no kustomization of the repository opts into: their objects are optional, not deployed. */
class KustomizeComponentsTest {

    private static final String POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: deny-all
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """;
    private static final String COMPONENT = """
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            resources:
            - network-policy-deny-all.yaml
            """;

    /** Path, text pairs of the repository's descriptors; then the optIn of the network policy ("" when deployed). */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("microservices-demo: the component listed only in a comment", List.of(
                        "kustomize/kustomization.yaml", """
                                apiVersion: kustomize.config.k8s.io/v1beta1
                                kind: Kustomization
                                resources:
                                - base
                                components:
                                # - components/network-policies
                                """,
                        "kustomize/components/network-policies/kustomization.yaml", COMPONENT,
                        "kustomize/components/network-policies/network-policy-deny-all.yaml", POLICY),
                        "kustomize/components/network-policies"),
                arguments("a component an overlay lists", List.of(
                        "deploy/overlays/prod/kustomization.yaml", """
                                resources:
                                - ../../base
                                components:
                                - ../../components/network-policies/
                                """,
                        "deploy/components/network-policies/kustomization.yaml", COMPONENT,
                        "deploy/components/network-policies/network-policy-deny-all.yaml", POLICY),
                        ""),
                arguments("a component listed only by a test kustomization", List.of(
                        "kustomize/kustomization.yaml", "kind: Kustomization\nresources:\n- base\n",
                        "kustomize/tests/all-components/kustomization.yaml", """
                                kind: Kustomization
                                components:
                                - ../../components/network-policies
                                """,
                        "kustomize/components/network-policies/kustomization.yaml", COMPONENT,
                        "kustomize/components/network-policies/network-policy-deny-all.yaml", POLICY),
                        "kustomize/components/network-policies"),
                arguments("a kustomization that is no component, listed by nobody", List.of(
                        "deploy/policies/kustomization.yaml", "kind: Kustomization\nresources:\n- network-policy-deny-all.yaml\n",
                        "deploy/policies/network-policy-deny-all.yaml", POLICY),
                        ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void marksTheObjectsOfAComponentNoKustomizationListsAsOptIn(String description, List<String> files, String optIn) {
        List<Finding> findings = new ArrayList<>();
        List<Detector> detectors = Detectors.descriptors(new SnakeYamlParser());
        for (int i = 0; i < files.size(); i += 2) {
            SourceFile file = new SourceFile(files.get(i), files.get(i + 1));
            detectors.stream().filter(detector -> detector.roles().contains(file.role()))
                    .forEach(detector -> findings.addAll(detector.detect(file)));
        }

        List<Finding> resolved = KustomizeComponents.resolve(findings);

        assertThat(resolved).filteredOn(f -> f.kind().equals(DescriptorFactKinds.NETWORK_POLICY)).singleElement()
                .satisfies(policy -> assertThat(policy.attribute("optIn")).isEqualTo(optIn));
    }

    /** A rescan reads a descriptor alone: whether it is opt-in comes from the folders the last scan's facts name. */
    @ParameterizedTest(name = "a policy at {0}, marked {1} when read alone, is opt-in in {2}")
    @CsvSource(delimiter = '|', value = {
        "kustomize/components/canary/policy.yaml | ''                     | kustomize/components/canary",
        "deploy/policy.yaml                      | kustomize/components/x | ''",
        "deploy/policy.yaml                      | ''                     | ''"})
    void aDescriptorReadAgainIsOptInWhereTheFoldersOfTheLastScanSay(String path, String markedAlone, String optIn) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!markedAlone.isEmpty()) {
            attributes.put("optIn", markedAlone);
        }
        Finding policy = new Finding(DescriptorFactKinds.NETWORK_POLICY, Finding.DEPLOYMENT_DESCRIPTOR, path, 1, 1, "kind",
                "policy", attributes);
        Finding component = new Finding(DescriptorFactKinds.KUSTOMIZATION, Finding.DEPLOYMENT_DESCRIPTOR,
                "kustomize/components/canary/kustomization.yaml", 1, 1, "kind", "kustomization",
                Map.of("optIn", "kustomize/components/canary"));

        List<Finding> marked = KustomizeComponents.optIn(List.of(policy), KustomizeComponents.optInFolders(List.of(component)));

        assertThat(marked).singleElement().satisfies(f -> assertThat(f.attribute("optIn")).isEqualTo(optIn));
    }

    @Test
    void resolvesAComponentsPathAgainstTheListingKustomizationsFolder() {
        assertThat(KustomizeComponents.join("deploy/overlays/prod", "../../components/x/")).isEqualTo("deploy/components/x");
        assertThat(KustomizeComponents.join("kustomize", "./components/x")).isEqualTo("kustomize/components/x");
        assertThat(KustomizeComponents.join("", "components/x")).isEqualTo("components/x");
    }
}
