package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The components of a repository, from its files alone: each folder holding a deployable Dockerfile and each folder a
 * Compose service is built from is a component named after the folder; the repository root is always one, named after
 * the repository, and holds every file outside the other component folders. Declared components (a Backstage
 * {@code catalog-info.yaml}) would add their folders through {@link #of(String, Collection, Collection)} the same way.
 */
public final class ComponentLayout {

    private final List<Component> components;

    private ComponentLayout(List<Component> components) {
        this.components = List.copyOf(components);
    }

    /**
     * @param paths         every repository-relative path the scan saw
     * @param buildFolders  repository-relative folders that deployments are built from (Compose build contexts)
     */
    public static ComponentLayout of(String repositoryName, Collection<String> paths, Collection<String> buildFolders) {
        Set<String> folders = new TreeSet<>(buildFolders);
        for (String path : paths) {
            if (DockerfileDetector.isDockerfile(path) && FileRoles.classify(path) == FileRole.DEPLOYMENT) {
                folders.add(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "");
            }
        }
        folders.remove("");
        String rootName = name(repositoryName).isEmpty() ? "repository" : name(repositoryName);
        List<Component> components = new ArrayList<>();
        components.add(new Component(rootName, ""));
        Set<String> taken = new HashSet<>(Set.of(rootName));
        for (String folder : folders) {
            String candidate = name(folder.substring(folder.lastIndexOf('/') + 1));
            if (candidate.isEmpty() || taken.contains(candidate)) {
                candidate = name(folder);
            }
            String unique = candidate;
            for (int n = 2; unique.isEmpty() || taken.contains(unique); n++) {
                unique = (candidate.isEmpty() ? "component" : candidate) + "-" + n;
            }
            taken.add(unique);
            components.add(new Component(unique, folder));
        }
        return new ComponentLayout(components);
    }

    public List<Component> components() {
        return components;
    }

    /** The component whose folder is the longest prefix of {@code path}; the root component otherwise. */
    public Component componentOf(String path) {
        return components.stream()
                .filter(c -> c.folder().isEmpty() || path.equals(c.folder()) || path.startsWith(c.folder() + "/"))
                .max(Comparator.comparingInt(c -> c.folder().length()))
                .orElse(components.get(0));
    }

    /** A Compose finding belongs to the component its service is built from; any other to the component of its file. */
    public Component componentOf(Finding finding) {
        String buildPath = finding.attribute("buildPath");
        return finding.attributes().containsKey("buildPath") ? componentOf(buildPath) : componentOf(finding.path());
    }

    /** Lower case, [a-z0-9-] only, no leading, trailing or repeated dashes. */
    static String name(String raw) {
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
