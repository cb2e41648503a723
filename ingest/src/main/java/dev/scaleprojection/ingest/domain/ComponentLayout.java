package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The components of a repository. Where a Backstage catalog declares Components, they are the components (with their
 * system and owner). Otherwise each deployable is one, named after its folder: a folder holding a deployable
 * Dockerfile, a Compose build context, a build module with an entry point ({@link DeployableCandidates}); and, named
 * after the workload, a folder holding one Kubernetes workload's manifests or a Helm chart templating one workload.
 * A workload or chart named like a component (or running its image) joins it instead, as does the only one of a
 * repository whose root is itself deployable; findings about a workload follow it, as do those about a Compose service
 * running a component's image (or built from the root with the Dockerfile named for it); so does a .NET library only
 * one component's projects reference. The root is always a
 * component, holding every file outside the others.
 */
public final class ComponentLayout {

    /** A folder whose files belong to a component; a component has its own folder and may be given others. */
    record Placement(String folder, Component component) {
    }

    private final List<Component> components;
    private final Map<String, Component> byWorkload;
    /**
     * Compose services that run a component's image without building it, or build it from the root with the
     * Dockerfile of the component they are named for, by file and service.
     */
    private final Map<String, Component> byComposeService;
    /** The folders of .NET projects by the type name an Aspire AppHost gives them ({@code Basket_API}). */
    private final Map<String, String> projectFolders;
    /** The first placement of each folder: the folders holding a path are the path, its ancestors and the root "". */
    private final Map<String, Component> byFolder = new HashMap<>();
    private final Map<String, Component> byName = new HashMap<>();

    ComponentLayout(List<Component> components, List<Placement> placements, Map<String, Component> byWorkload,
                            Map<String, Component> byComposeService, Map<String, String> projectFolders) {
        this.components = List.copyOf(components);
        this.byWorkload = Map.copyOf(byWorkload);
        this.byComposeService = Map.copyOf(byComposeService);
        this.projectFolders = Map.copyOf(projectFolders);
        placements.forEach(placement -> byFolder.putIfAbsent(placement.folder(), placement.component()));
        this.components.forEach(component -> byName.putIfAbsent(component.name(), component));
    }

    /**
     * @param paths         every repository-relative path the scan saw
     * @param buildFolders  repository-relative folders that deployments are built from (Compose build contexts)
     */
    public static ComponentLayout of(String repositoryName, Collection<String> paths, Collection<String> buildFolders) {
        return new ComponentAssembly(repositoryName, paths, buildFolders, List.of(), List.of()).layout();
    }

    /**
     * @param findings  every finding of the scan: Compose build contexts, Kubernetes workloads and Helm charts
     * @param markers   what files say about components: catalog entries and entry points
     */
    public static ComponentLayout of(String repositoryName, Collection<String> paths, Collection<Finding> findings,
                                     Collection<ComponentMarker> markers) {
        Set<String> buildFolders = new LinkedHashSet<>();
        List<Finding> deployables = new ArrayList<>();
        for (Finding finding : findings) {
            String buildPath = finding.attributes().get("buildPath");
            if (buildPath != null) {
                buildFolders.add(buildPath);
            }
            if (ComponentAssembly.READ_KINDS.contains(finding.kind())) {
                deployables.add(finding);
            }
        }
        return new ComponentAssembly(repositoryName, paths, List.copyOf(buildFolders), deployables, markers).layout();
    }

    /** The root first, then the others by folder. */
    public List<Component> components() {
        return components;
    }

    /**
     * The component a configuration server's shared file is named for ({@link SharedConfigurations}); otherwise the
     * component whose folder is the longest prefix of {@code path}, the root component if none.
     */
    public Component componentOf(String path) {
        for (String application : SharedConfigurations.applicationNames(path)) {
            Component named = byName.get(application);
            if (named != null) {
                return named;
            }
        }
        Component found = byFolder.get(path);
        for (int slash = path.lastIndexOf('/'); found == null && slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
            found = byFolder.get(path.substring(0, slash));
        }
        found = found == null ? byFolder.get("") : found;
        return found == null ? components.get(0) : found;
    }

    /**
     * A Compose finding belongs to the component its service is built from, an Aspire resource to its project's; a
     * finding about a Kubernetes workload to the component that workload joined; any other to the component of its file.
     */
    public Component componentOf(Finding finding) {
        Component composeService = byComposeService.get(finding.path() + "\n" + finding.attribute("service"));
        if (composeService != null) {
            return composeService;
        }
        if (finding.attributes().containsKey("buildPath")) {
            return componentOf(finding.attribute("buildPath"));
        }
        if (finding.kind().equals(AspireAppHostDetector.ASPIRE_RESOURCE)) {
            String folder = finding.attributes().containsKey(AspireAppHostDetector.APP_PATH_ATTRIBUTE)
                    ? finding.attribute(AspireAppHostDetector.APP_PATH_ATTRIBUTE)
                    : projectFolders.get(finding.attribute(AspireAppHostDetector.PROJECT_ATTRIBUTE));
            if (folder != null) {
                return componentOf(folder);
            }
        }
        Component workload = byWorkload.get(name(finding.attribute(DescriptorFactKinds.WORKLOAD_ATTRIBUTE)));
        return workload != null ? workload : componentOf(finding.path());
    }

    /**
     * Lower case, [a-z0-9-] only, no leading, trailing or repeated dashes: the runs of letters and digits of the
     * lower-cased name joined by single dashes, read in one pass (this runs for every fact).
     */
    static String name(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && name.length() > 0) {
                    name.append('-');
                }
                name.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return name.toString();
    }

    /** {@code path.startsWith(folder + "/")}, without building the prefix: this runs for every fact and component. */
    static boolean below(String path, String folder) {
        return path.length() > folder.length() && path.charAt(folder.length()) == '/' && path.startsWith(folder);
    }

}
