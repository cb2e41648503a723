package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.ComposeDetector;
import dev.scaleprojection.ingest.domain.ComponentMarker;
import dev.scaleprojection.ingest.domain.ComponentMarkers;
import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.DescriptorFactKinds;
import dev.scaleprojection.ingest.domain.DjangoUserModels;
import dev.scaleprojection.ingest.domain.DockerfileDetector;
import dev.scaleprojection.ingest.domain.FileRole;
import dev.scaleprojection.ingest.domain.FileRoles;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.SourceFile;
import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a changed file could change a repository's component layout, and so call for a full scan: a deployment or
 * build file (Dockerfiles, Compose, Kubernetes, charts, build manifests), a Backstage catalog, a project manifest, a
 * file whose entry-point marker changed, a file with findings that place components (build contexts, workloads,
 * charts), any added or removed file where the layout depends on which folders exist, a deleted event handler (see
 * {@link ConsumedEvents}; an added one makes copies consumed, which the rescan drops), and a Python file that sets
 * Django's user model or relates to it ({@link DjangoUserModels}). Empty when it cannot. (A file that declares entities
 * or holds their ids needs no full scan: the rescan resolves the references from the entity index it keeps, see
 * {@link IndexedReferences}.)
 */
final class LayoutChanges {

    private static final Pattern CATALOG = Pattern.compile("(?i)(.*/)?catalog-info\\.ya?ml");
    private static final Set<String> MANIFESTS = Set.of("package.json", "pyproject.toml", "setup.py", "setup.cfg",
            "requirements.txt", "pipfile", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts", "build.sbt", "cargo.toml", "gemfile", "composer.json", "pubspec.yaml");
    private static final Set<String> LAYOUT_KINDS = Set.of(DescriptorFactKinds.KUBERNETES_WORKLOAD, DescriptorFactKinds.HELM_CHART);

    private final ComponentMarkers markers = new ComponentMarkers(new SnakeYamlParser());

    /** Why a change of {@code path} (of {@code kind}) could move components, judged from its path and markers. */
    Optional<String> of(GitChanges.Change change, Path workTree, String fromCommit, String toCommit, boolean hasCatalog) {
        String path = change.path();
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        FileRole role = FileRoles.classify(path);
        if (role == FileRole.DEPLOYMENT || role == FileRole.BUILD || DockerfileDetector.isDockerfile(path)) {
            return Optional.of(path + " is a deployment or build file");
        }
        if (CATALOG.matcher(path).matches() || MANIFESTS.contains(name) || name.matches(".*\\.(cs|fs|vb)proj")) {
            return Optional.of(path + " is a catalog or project manifest");
        }
        if (("/" + lower + "/").matches(".*/(bin|obj|overlays)/.*")) {
            return Optional.of(path + " lies in a folder whose meaning depends on its neighbours");
        }
        if (change.kind() == GitChanges.Kind.DELETED && ConsumedEvents.isHandlerFile(path)) {
            return Optional.of(path + " was deleted and its name said which event copies its component consumes:"
                    + " they may be published again, and the files holding them are not read");
        }
        if (change.kind() != GitChanges.Kind.MODIFIED && hasCatalog) {
            return Optional.of(path + " was " + change.kind().name().toLowerCase(Locale.ROOT)
                    + " and the catalog's components are placed by the folders that exist");
        }
        if (role == FileRole.PRODUCTION_CODE && (relatesToUserModel(workTree, fromCommit, path)
                || relatesToUserModel(workTree, toCommit, path))) {
            return Optional.of(path + " sets or relates to Django's user model, whose app only the whole repository tells");
        }
        if (ComponentMarkers.wants(path, role)) {
            Optional<List<ComponentMarker>> before = markersAt(workTree, fromCommit, path);
            Optional<List<ComponentMarker>> after = markersAt(workTree, toCommit, path);
            if (before.isEmpty() || after.isEmpty() || !before.equals(after)) {
                return Optional.of(path + " changed what it says about components (entry point)");
            }
        }
        return Optional.empty();
    }

    /** Whether any of these findings places a component: a build context, a Kubernetes workload or a Helm chart. */
    static boolean placesComponents(Collection<Finding> findings) {
        return findings.stream().anyMatch(f -> LAYOUT_KINDS.contains(f.kind()) || f.attributes().containsKey("buildPath")
                || f.attributes().containsKey(ComposeDetector.SOURCE_PATH)
                || f.attributes().containsKey(DescriptorFactKinds.WORKLOAD_ATTRIBUTE) || f.attributes().containsKey("chartPath"));
    }

    static boolean isCatalog(String path) {
        return CATALOG.matcher(path).matches();
    }

    /** Whether the file at a commit sets or names Django's user model ({@link DjangoUserModels}); false when absent there. */
    private static boolean relatesToUserModel(Path workTree, String commit, String path) {
        return GitChanges.contentAt(workTree, commit, path).map(content -> new SourceFile(path,
                content.startsWith("\uFEFF") ? content.substring(1) : content))
                .filter(DjangoUserModels::dependsOnOtherFiles).isPresent();
    }

    /** The markers of a file at a commit (none when it is absent there); empty when they cannot be read. */
    private Optional<List<ComponentMarker>> markersAt(Path workTree, String commit, String path) {
        Optional<String> content = GitChanges.contentAt(workTree, commit, path);
        if (content.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            return Optional.of(markers.of(new SourceFile(path, content.get().startsWith("\uFEFF") ? content.get().substring(1) : content.get())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
