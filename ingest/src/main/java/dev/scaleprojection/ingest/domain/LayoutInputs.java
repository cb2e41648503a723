package dev.scaleprojection.ingest.domain;

import dev.scaleprojection.domain.ContainerImages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the layout reads from one file's findings ({@link ComponentAssembly}, {@link DeployableCandidates},
 * {@link DatabaseImages}, {@link KustomizeComponents}): the role of a Dockerfile's base image (a database's, a tool's),
 * which jar it runs, whether it has a command (one naming its service by a build argument) and ports; each Kubernetes workload's name, folder, images' names, chart
 * and app label; each Helm chart's name and dependencies and the image names its values give; each Compose service with its build
 * context, mounted source and image's name; each kustomization's kind and components; and the build contexts named
 * anywhere. Two versions of a file with equal inputs give the same layout (the paths being the same), so a commit that
 * only changes the rest — replicas, environment, ports' numbers, an image's tag, a base image's version — moves no
 * component. Whoever makes the layout read more of a finding adds it here (a test of the incremental scanner compares
 * its rescans with full scans).
 */
public final class LayoutInputs {

    /** The application a workload's pods are labelled with, where a layout places workloads by it. */
    private static final String APP_LABEL = "appLabel";

    private LayoutInputs() {
    }

    /**
     * The layout's inputs among these findings of one file, in their order (plain Kubernetes workloads sorted), then the
     * build contexts they name.
     */
    public static List<String> of(Collection<Finding> findings) {
        List<String> inputs = new ArrayList<>();
        Set<String> buildPaths = new TreeSet<>();
        List<String> plainWorkloads = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.attributes().containsKey("buildPath")) {
                buildPaths.add(finding.attribute("buildPath"));
            }
            switch (finding.kind()) {
                case DockerfileDetector.DOCKERFILE -> inputs.add("dockerfile image role="
                        + ContainerImages.roleOf(finding.attribute("baseImage"))
                        + " runs=" + DeployableCandidates.runJars(List.of(finding)).values()
                        + " command=" + !finding.attribute("entrypoint").isEmpty()
                        + " template=" + DeployableFolders.namesServiceByArgument(finding.attribute("entrypoint"))
                        + " ports=" + !finding.attribute("exposedPorts").isEmpty());
                case DescriptorFactKinds.KUBERNETES_WORKLOAD -> (finding.attributes().containsKey("templated") ? inputs
                        : plainWorkloads).add("workload name=" + finding.attribute("name")
                        + " patch=" + finding.attributes().containsKey("patch")
                        + " templated=" + finding.attributes().containsKey("templated")
                        + " chart=" + finding.attribute("chartPath") + " images=" + imageNames(finding.attribute("images"))
                        + " label=" + finding.attribute(APP_LABEL));
                case DescriptorFactKinds.HELM_CHART -> inputs.add("chart name=" + finding.attribute("name")
                        + " dependencies=" + finding.attribute("dependencies"));
                case DescriptorFactKinds.HELM_VALUES -> inputs.add("values images=" + imageNames(finding.attribute("image")));
                case ComposeDetector.COMPOSE_SERVICE -> inputs.add("compose service=" + finding.attribute("service")
                        + " build=" + finding.attributes().containsKey("buildPath") + ":" + finding.attribute("buildPath")
                        + " source=" + finding.attribute(ComposeDetector.SOURCE_PATH)
                        + " image=" + imageNames(finding.attribute("image")));
                case DescriptorFactKinds.KUSTOMIZATION -> inputs.add("kustomization kind=" + finding.attribute("kind")
                        + " components=" + finding.attribute("components"));
                default -> { }
            }
        }
        // the layout takes plain workloads by folder and name, whatever their order; templated ones in order
        plainWorkloads.sort(null);
        inputs.addAll(plainWorkloads);
        inputs.add("build contexts=" + buildPaths);
        return List.copyOf(inputs);
    }

    /**
     * What places one finding in a component besides its file ({@link ComponentLayout#componentOf(Finding)}): its
     * Compose service, build context, Aspire project and Kubernetes workload. Findings of one file with equal keys
     * belong to one component while the layout stands.
     */
    public static String placementKey(Finding finding) {
        return placementKey(finding.kind(), finding.attributes());
    }

    /** The placement key of a finding that nothing but its file places. */
    public static String fileAloneKey() {
        return placementKey("", Map.of());
    }

    private static String placementKey(String kind, Map<String, String> attributes) {
        boolean aspire = kind.equals(AspireAppHostDetector.ASPIRE_RESOURCE);
        return "service=" + attributes.containsKey("service") + ":" + attributes.getOrDefault("service", "")
                + " build=" + attributes.containsKey("buildPath") + ":" + attributes.getOrDefault("buildPath", "")
                + " aspire=" + aspire + ":" + (aspire ? attributes.getOrDefault(AspireAppHostDetector.APP_PATH_ATTRIBUTE, "")
                + ":" + attributes.getOrDefault(AspireAppHostDetector.PROJECT_ATTRIBUTE, "") : "")
                + " workload=" + attributes.getOrDefault(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, "");
    }

    /** The names ({@link DeployableCandidates#imageName}, without registry or tag) of a comma-separated list of images. */
    private static Set<String> imageNames(String images) {
        Set<String> names = new TreeSet<>();
        for (String image : images.split(",")) {
            if (!image.isBlank()) {
                names.add(DeployableCandidates.imageName(image));
            }
        }
        return names;
    }
}
