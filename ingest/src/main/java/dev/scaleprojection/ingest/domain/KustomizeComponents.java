package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kustomize components nobody opts into, told once per scan: a folder whose kustomization is a {@code kind: Component}
 * (kustomize.config.k8s.io/v1alpha1) is applied only where a kustomization lists it under {@code components:}. Where no
 * deployment's kustomization in the repository does (microservices-demo's {@code kustomize/components/network-policies},
 * listed only in comments), what the component's manifests describe is opt-in, not deployed: each descriptor finding in
 * its folder carries {@code optIn} (the folder), so that a network policy or a replica count there raises no level, as
 * a Helm template behind a switch the chart's values turn off does not.
 */
public final class KustomizeComponents {

    static final String OPT_IN = "optIn";

    private KustomizeComponents() {
    }

    /** The findings, those of descriptors in a component no kustomization lists marked {@code optIn}. */
    public static List<Finding> resolve(List<Finding> findings) {
        Set<String> components = new TreeSet<>();
        Set<String> listed = new HashSet<>();
        for (Finding finding : findings) {
            if (DescriptorFactKinds.KUSTOMIZATION.equals(finding.kind())) {
                String folder = DeployableCandidates.folderOf(finding.path());
                if ("Component".equals(finding.attribute("kind"))) {
                    components.add(folder);
                }
                for (String component : finding.attribute("components").split(",")) {
                    if (!component.isBlank() && !component.contains("://")) {
                        listed.add(join(folder, component.strip()));
                    }
                }
            }
        }
        components.removeAll(listed);
        if (components.isEmpty()) {
            return findings;
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String optIn = Finding.DEPLOYMENT_DESCRIPTOR.equals(finding.source()) ? components.stream()
                    .filter(folder -> folder.isEmpty() || ComponentLayout.below(finding.path(), folder)).findFirst().orElse("")
                    : "";
            if (optIn.isEmpty()) {
                resolved.add(finding);
            } else {
                Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
                attributes.put(OPT_IN, optIn);
                resolved.add(new Finding(finding.kind(), finding.source(), finding.path(), finding.startLine(),
                        finding.endLine(), finding.snippet(), finding.anchor(), attributes));
            }
        }
        return resolved;
    }

    /** {@code kustomize} and {@code ../components/x/} give {@code components/x}. */
    static String join(String folder, String relative) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (folder.isEmpty() ? relative : folder + "/" + relative).split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
