package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
        return mark(findings, components);
    }

    /**
     * The folders of the Kustomize components nobody opts into, as the findings of a resolved scan tell them: each such
     * folder holds its own kustomization, whose finding carries it.
     */
    public static Set<String> optInFolders(Collection<Finding> resolved) {
        Set<String> folders = new TreeSet<>();
        resolved.stream().filter(f -> f.attributes().containsKey(OPT_IN)).forEach(f -> folders.add(f.attribute(OPT_IN)));
        return folders;
    }

    /**
     * The findings of a file read again on their own (whose {@code optIn}, if any, tells nothing), those of descriptors
     * in one of these component folders marked {@code optIn} as {@link #resolve} marks them.
     */
    public static List<Finding> optIn(List<Finding> findings, Set<String> components) {
        List<Finding> unmarked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.attributes().containsKey(OPT_IN)) {
                Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
                attributes.remove(OPT_IN);
                unmarked.add(new Finding(finding.kind(), finding.source(), finding.path(), finding.startLine(),
                        finding.endLine(), finding.snippet(), finding.anchor(), attributes));
            } else {
                unmarked.add(finding);
            }
        }
        return mark(unmarked, components);
    }

    private static List<Finding> mark(List<Finding> findings, Set<String> components) {
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
