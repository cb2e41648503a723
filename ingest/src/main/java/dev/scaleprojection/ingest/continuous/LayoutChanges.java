package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.ComposeDetector;
import dev.scaleprojection.ingest.domain.ComponentMarker;
import dev.scaleprojection.ingest.domain.ComponentMarkers;
import dev.scaleprojection.ingest.domain.ConfiguredTargets;
import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.DescriptorFactKinds;
import dev.scaleprojection.ingest.domain.DjangoUserModels;
import dev.scaleprojection.ingest.domain.GrpcServices;
import dev.scaleprojection.ingest.domain.LoopbackCalls;
import dev.scaleprojection.ingest.domain.DockerfileDetector;
import dev.scaleprojection.ingest.domain.FileRole;
import dev.scaleprojection.ingest.domain.FileRoles;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.LayoutInputs;
import dev.scaleprojection.ingest.domain.RepeatedColumns;
import dev.scaleprojection.ingest.domain.SettingAddresses;
import dev.scaleprojection.ingest.domain.SourceFile;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a changed file could change a repository's component layout, and so call for a full scan: a deployment or
 * build file (Dockerfiles, Compose, Kubernetes, charts, build manifests), a Backstage catalog or a project manifest
 * added or deleted, or modified so that what the layout reads from it changed ({@link LayoutInputs}, the file's
 * {@link ComponentMarkers}, a build's modules), a file whose entry-point marker changed, any added or removed file where
 * the layout depends on which folders exist, a deleted event handler (see {@link ConsumedEvents}; an added one makes
 * copies consumed, which the rescan drops), and a Python file that sets Django's user model or relates to it
 * ({@link DjangoUserModels}), a file that gives a setting a URL or calls through one ({@link SettingAddresses}), or a
 * configuration or deployment file that changed the address it configures for a service ({@link ConfiguredTargets}), or
 * an SQL script that stores columns of personal data ({@link RepeatedColumns}).
 * Empty when it cannot. (A file that declares entities or holds their ids needs no full
 * scan: the rescan resolves the references from the entity index it keeps, see {@link IndexedReferences}.)
 */
final class LayoutChanges {

    private static final Pattern CATALOG = Pattern.compile("(?i)(.*/)?catalog-info\\.ya?ml");
    private static final Set<String> MANIFESTS = Set.of("package.json", "pyproject.toml", "setup.py", "setup.cfg",
            "requirements.txt", "pipfile", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts", "build.sbt", "cargo.toml", "gemfile", "composer.json", "pubspec.yaml");
    private static final Set<String> LAYOUT_KINDS = Set.of(DescriptorFactKinds.KUBERNETES_WORKLOAD, DescriptorFactKinds.HELM_CHART);

    private static final Pattern POM_MODULE = Pattern.compile("<module>\\s*([^<]*?)\\s*</module>");
    private static final Pattern GRADLE_INCLUDE = Pattern.compile("(?m)^\\s*include(Build)?\\b.*$");

    private final ComponentMarkers markers = new ComponentMarkers(new SnakeYamlParser());
    private final RepositoryScanner scanner;

    LayoutChanges(RepositoryScanner scanner) {
        this.scanner = scanner;
    }

    /** What the layout reads from one version of a descriptor: its markers, its findings' layout inputs, its modules. */
    private record LayoutSignature(List<ComponentMarker> markers, List<String> inputs, List<String> modules) {
    }

    /**
     * Why a change could move components, judged from its path, its kind, and what the layout reads from the file at
     * both commits, read as a scan with files up to {@code maxBytes} reads them; empty when it cannot.
     */
    Optional<String> of(GitChanges.Change change, Path workTree, String fromCommit, String toCommit, boolean hasCatalog,
                        long maxBytes) {
        FileVersions versions = new FileVersions(workTree, maxBytes, scanner);
        String path = change.path();
        String lower = path.toLowerCase(Locale.ROOT);
        FileRole role = FileRoles.classify(path);
        if (("/" + lower + "/").matches(".*/(bin|obj|overlays)/.*")) {
            return Optional.of(path + " lies in a folder whose meaning depends on its neighbours");
        }
        String kind = change.kind().name().toLowerCase(Locale.ROOT);
        if (change.kind() != GitChanges.Kind.MODIFIED && hasCatalog) {
            return Optional.of(path + " was " + kind + " and the catalog's components are placed by the folders that exist");
        }
        if (lower.endsWith(".sql") && (storesPersonalColumns(versions, fromCommit, path)
                || storesPersonalColumns(versions, toCommit, path))) {
            return Optional.of(path + " stores columns of personal data: which script's copy of a column stands for it"
                    + " only the whole repository tells");
        }
        if ((role == FileRole.CONFIGURATION || role == FileRole.DEPLOYMENT)
                && !serviceAddresses(versions, fromCommit, path).equals(serviceAddresses(versions, toCommit, path))) {
            return Optional.of(path + " changed the address it configures for a service: which service a call named for"
                    + " that setting reaches only the whole repository tells");
        }
        if (isDescriptor(path)) {
            if (change.kind() == GitChanges.Kind.MODIFIED) {
                return descriptorChange(path, versions, fromCommit, toCommit);
            }
            return placesByName(path) ? Optional.of(path + " is a Dockerfile, build file, catalog or project manifest, and was "
                    + kind + ": where such files lie places components")
                    : descriptorPresence(path, versions, change.kind() == GitChanges.Kind.ADDED ? toCommit : fromCommit, kind);
        }
        if (change.kind() == GitChanges.Kind.DELETED && ConsumedEvents.isHandlerFile(path)) {
            return Optional.of(path + " was deleted and its name said which event copies its component consumes:"
                    + " they may be published again, and the files holding them are not read");
        }
        if (role == FileRole.PRODUCTION_CODE && (relatesToUserModel(versions, fromCommit, path)
                || relatesToUserModel(versions, toCommit, path))) {
            return Optional.of(path + " sets or relates to Django's user model, whose app only the whole repository tells");
        }
        if (role == FileRole.PRODUCTION_CODE && (mentionsGrpc(versions, fromCommit, path) || mentionsGrpc(versions, toCommit, path))) {
            return Optional.of(path + " serves or may call a gRPC service: whether its component serves the services"
                    + " its stubs call only the whole repository tells");
        }
        if ((role == FileRole.PRODUCTION_CODE || role == FileRole.CONFIGURATION) && (loopback(versions, fromCommit, path)
                || loopback(versions, toCommit, path))) {
            return Optional.of(path + " sets a server's port or holds a loopback URL: which sibling a loopback call"
                    + " reaches only the whole repository tells");
        }
        if (role == FileRole.PRODUCTION_CODE && (setting(versions, fromCommit, path) || setting(versions, toCommit, path))) {
            return Optional.of(path + " gives a setting a URL or calls through one: where such a call goes only the whole"
                    + " repository tells");
        }
        if (ComponentMarkers.wants(path, role)) {
            Optional<List<ComponentMarker>> before = markersAt(versions, fromCommit, path);
            Optional<List<ComponentMarker>> after = markersAt(versions, toCommit, path);
            if (before.isEmpty() || after.isEmpty() || !before.equals(after)) {
                return Optional.of(path + " changed what it says about components (entry point)");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a file is a deployment or build file (Dockerfiles, Compose, Kubernetes, charts, build manifests), a
     * Backstage catalog or a project manifest: what the layout is built from. Modified, such a file is read again when
     * what the layout reads from it is unchanged; its findings are placed one by one ({@link IncrementalScanner}).
     */
    static boolean isDescriptor(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        FileRole role = FileRoles.classify(path);
        return role == FileRole.DEPLOYMENT || role == FileRole.BUILD || DockerfileDetector.isDockerfile(path)
                || CATALOG.matcher(path).matches() || MANIFESTS.contains(name) || name.matches(".*\\.(cs|fs|vb)proj");
    }

    /**
     * Whether the layout reads where a file is, whatever it holds: a Dockerfile's folder is a component, a build file or
     * project manifest makes a module, a catalog places components by folder.
     */
    private static boolean placesByName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return DockerfileDetector.isDockerfile(path) || CATALOG.matcher(path).matches() || MANIFESTS.contains(name)
                || name.matches(".*\\.(cs|fs|vb)proj");
    }

    /**
     * Why an added or deleted descriptor (no Dockerfile, build file or manifest: a workflow, a Kubernetes or Compose
     * file) could move components: it says something the layout reads ({@link LayoutInputs}, markers, modules), or it
     * cannot be read at the commit that holds it.
     */
    private Optional<String> descriptorPresence(String path, FileVersions versions, String commit, String kind) {
        Optional<LayoutSignature> signature = signatureAt(versions, commit, path);
        if (signature.isEmpty()) {
            return Optional.of(path + " is a deployment or build file that was " + kind + " and cannot be read or analysed");
        }
        boolean neutral = signature.get().markers().isEmpty() && signature.get().modules().isEmpty()
                && signature.get().inputs().equals(LayoutInputs.of(List.of()));
        return neutral ? Optional.empty() : Optional.of(path + " is a deployment or build file that was " + kind
                + " and says what places components (a Compose service, workload, chart, build context or kustomization)");
    }

    /** Why a modified descriptor could move components: what the layout reads from it differs, or cannot be read. */
    private Optional<String> descriptorChange(String path, FileVersions versions, String fromCommit, String toCommit) {
        Optional<LayoutSignature> before = signatureAt(versions, fromCommit, path);
        Optional<LayoutSignature> after = signatureAt(versions, toCommit, path);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.of(path + " is a deployment or build file that cannot be read or analysed at both commits");
        }
        if (!before.get().markers().equals(after.get().markers())) {
            return Optional.of(path + " changed what it says about components (entry point, project references, catalog)");
        }
        if (!before.get().inputs().equals(after.get().inputs())) {
            return Optional.of(path + " changed what places components (a Compose service, workload, chart, build context,"
                    + " kustomization, Helm values' image, or a Dockerfile's image role, jar, command or ports)");
        }
        if (!before.get().modules().equals(after.get().modules())) {
            return Optional.of(path + " changed its build's modules");
        }
        return Optional.empty();
    }

    /** What the layout reads from a file at a commit; empty when it is absent there or cannot be analysed. */
    private Optional<LayoutSignature> signatureAt(FileVersions versions, String commit, String path) {
        Optional<SourceFile> file = versions.at(commit, path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<ComponentMarker>> fileMarkers = ComponentMarkers.wants(path, file.get().role())
                ? markersOf(file.get()) : Optional.of(List.of());
        Optional<List<Finding>> findings = versions.findingsOf(file.get());
        if (fileMarkers.isEmpty() || findings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LayoutSignature(fileMarkers.get(), LayoutInputs.of(findings.get()), modules(file.get())));
    }

    /** The modules a Maven {@code pom.xml} lists or a Gradle settings file includes. */
    private static List<String> modules(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        Matcher matcher = name.equals("pom.xml") ? POM_MODULE.matcher(file.content())
                : name.startsWith("settings.gradle") ? GRADLE_INCLUDE.matcher(file.content()) : null;
        List<String> modules = new ArrayList<>();
        while (matcher != null && matcher.find()) {
            modules.add(matcher.group().strip());
        }
        return modules;
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
    private static boolean relatesToUserModel(FileVersions versions, String commit, String path) {
        return versions.at(commit, path).filter(DjangoUserModels::dependsOnOtherFiles).isPresent();
    }

    /** Whether the file at a commit serves or may call a gRPC service ({@link GrpcServices}); false when absent there. */
    private static boolean mentionsGrpc(FileVersions versions, String commit, String path) {
        return versions.at(commit, path).filter(GrpcServices::dependsOnOtherFiles).isPresent();
    }

    /** Whether the file at a commit sets a server's port or holds a loopback URL ({@link LoopbackCalls}). */
    private static boolean loopback(FileVersions versions, String commit, String path) {
        return versions.at(commit, path).filter(LoopbackCalls::dependsOnOtherFiles).isPresent();
    }

    /** Whether the file at a commit gives a setting a URL or calls through one ({@link SettingAddresses}). */
    private static boolean setting(FileVersions versions, String commit, String path) {
        return versions.at(commit, path).filter(SettingAddresses::dependsOnOtherFiles).isPresent();
    }

    /** Whether an SQL script at a commit stores columns of personal data ({@link RepeatedColumns}); false when absent there. */
    private static boolean storesPersonalColumns(FileVersions versions, String commit, String path) {
        return versions.at(commit, path).flatMap(versions::findingsOf)
                .map(findings -> findings.stream().anyMatch(RepeatedColumns::isScriptColumn)).orElse(false);
    }

    /**
     * Where a file at a commit configures services' addresses ({@link ConfiguredTargets}), as key and host; none when
     * it is absent there, a single unreadable entry when it cannot be analysed.
     */
    private static List<String> serviceAddresses(FileVersions versions, String commit, String path) {
        Optional<SourceFile> file = versions.at(commit, path);
        if (file.isEmpty()) {
            return List.of();
        }
        return versions.findingsOf(file.get()).map(findings -> findings.stream().filter(ConfiguredTargets::configuresAService)
                .map(f -> f.anchor() + "=" + f.attribute("host")).sorted().toList()).orElse(List.of("(unreadable)"));
    }

    /** The markers of a file at a commit (none when it is absent there); empty when they cannot be read. */
    private Optional<List<ComponentMarker>> markersAt(FileVersions versions, String commit, String path) {
        Optional<SourceFile> file = versions.at(commit, path);
        if (file.isEmpty()) {
            return Optional.of(List.of());
        }
        return markersOf(file.get());
    }

    private Optional<List<ComponentMarker>> markersOf(SourceFile file) {
        try {
            return Optional.of(markers.of(file));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
