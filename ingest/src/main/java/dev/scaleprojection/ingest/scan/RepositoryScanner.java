package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.ClientApps;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.domain.ComponentLayout;
import dev.scaleprojection.ingest.domain.ComponentMarker;
import dev.scaleprojection.ingest.domain.ComponentMarkers;
import dev.scaleprojection.ingest.domain.ConfiguredTargets;
import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.Detector;
import dev.scaleprojection.ingest.domain.Detectors;
import dev.scaleprojection.ingest.domain.DjangoUserModels;
import dev.scaleprojection.ingest.domain.FileRole;
import dev.scaleprojection.ingest.domain.FileRoles;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.Fingerprints;
import dev.scaleprojection.ingest.domain.GrpcServices;
import dev.scaleprojection.ingest.domain.KustomizeComponents;
import dev.scaleprojection.ingest.domain.LoopbackCalls;
import dev.scaleprojection.ingest.domain.MalformedDocumentException;
import dev.scaleprojection.ingest.domain.ReferencesById;
import dev.scaleprojection.ingest.domain.RepeatedColumns;
import dev.scaleprojection.ingest.domain.SelfCalls;
import dev.scaleprojection.ingest.domain.SettingAddresses;
import dev.scaleprojection.ingest.domain.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans a work tree: lists its files (see {@link RepositoryTree}), reads one at a time only those some detector
 * wants or that may mark a component ({@link ComponentMarkers}), runs the detectors, lays out the components and places
 * every finding in its component with its fingerprint (but a component's call to itself and its copy of an event it
 * consumes, see {@link SelfCalls} and {@link ConsumedEvents}, and a client app's calls, {@link ClientApps}; an entity's id of another
 * context's entity is told from every file's declarations, {@link ReferencesById}, which the result keeps as its entity
 * index, as it keeps the event handler files, and which app a Django relation to the user model points at from the
 * settings, {@link DjangoUserModels}; whether a Kustomize component is opted into from every kustomization,
 * {@link KustomizeComponents}). A file that cannot be analysed (binary, too large, unreadable, malformed) is skipped
 * with a reason; nothing in the tree is executed.
 */
public final class RepositoryScanner {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryScanner.class);
    /**
     * Facts by component, path, line, kind, anchor and fingerprint; written out, not chained from
     * {@code Comparator.comparing}, whose shared key extractor calls the JVM cannot inline.
     */
    private static final Comparator<ObservedFact> FACT_ORDER = RepositoryScanner::compareFacts;

    /** Roles of the files whose findings shape the layout (Compose build contexts, Kubernetes workloads, Helm charts). */
    private static final Set<FileRole> LAYOUT_ROLES = EnumSet.of(FileRole.DEPLOYMENT, FileRole.CONFIGURATION);

    private final List<Detector> detectors;
    /** Each detector's roles, asked once: {@link Detector#roles} makes a set on every call, for every file. */
    private final List<Set<FileRole>> detectorRoles;
    private final Set<FileRole> wantedRoles;
    private final ComponentMarkers componentMarkers = new ComponentMarkers(new SnakeYamlParser());

    public RepositoryScanner() {
        this(Detectors.defaults(new SnakeYamlParser()));
    }

    public RepositoryScanner(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.detectorRoles = this.detectors.stream().map(Detector::roles).toList();
        this.wantedRoles = Detectors.rolesOf(detectors);
    }

    public ScanResult scan(Path root, String repositoryName, ScanOptions options) {
        return scan(root, repositoryName, options, null);
    }

    /**
     * Rescans only {@code relativePaths} (forward slashes, from the root; a path no longer in the tree has no facts)
     * and places their facts in the components a full scan would give: the layout is built again from the listing,
     * the files that may mark a component and the deployment and configuration descriptors (Compose, Kubernetes,
     * Helm), which are read for that but whose own facts are not reported. Facts, skipped files and stats are those of
     * the given paths; the facts equal those of a full scan for the same files. One difference: an unchanged source
     * file that would make a detector fail still gives its entry point here, where a full scan drops it.
     */
    public ScanResult scanPaths(Path root, String repositoryName, Collection<String> relativePaths, ScanOptions options) {
        return scan(root, repositoryName, options, Set.copyOf(relativePaths));
    }

    /**
     * Scans a folder that holds copies of some files of a repository, at their paths (a rescan's scratch folder), as
     * {@link #scan} does, but keeps a component's calls to itself, its copies of events it consumes and a client app's
     * calls: the folder's components and projects are not the repository's, so whoever places the facts judges those
     * ({@link SelfCalls}, {@link ConsumedEvents}, {@link ClientApps}).
     */
    public ScanResult scanCopies(Path root, String repositoryName, ScanOptions options) {
        return scan(root, repositoryName, options, null, false);
    }

    private ScanResult scan(Path root, String repositoryName, ScanOptions options, Set<String> only) {
        return scan(root, repositoryName, options, only, true);
    }

    private ScanResult scan(Path root, String repositoryName, ScanOptions options, Set<String> only, boolean byComponent) {
        Path realRoot;
        RepositoryTree.Listing listing;
        try {
            realRoot = root.toRealPath();
            listing = RepositoryTree.list(realRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        List<SkippedFile> skipped = new ArrayList<>(listing.skipped());
        List<Finding> findings = new ArrayList<>();
        List<ComponentMarker> markers = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        int done = 0;
        FileContents.Reader reader = new FileContents.Reader();
        for (RepositoryTree.File file : listing.files()) {
            FileRole role = FileRoles.classify(file.relative());
            boolean reported = only == null || only.contains(file.relative());
            boolean forDetectors = wantedRoles.contains(role) && (reported || LAYOUT_ROLES.contains(role));
            boolean forLayout = ComponentMarkers.wants(file.relative(), role);
            if (forDetectors || forLayout) {
                FileContents.Read read = reader.read(file, options.maxFileBytes());
                List<SkippedFile> fileSkipped = reported ? skipped : new ArrayList<>();
                if (read.skipReason().isPresent()) {
                    fileSkipped.add(new SkippedFile(file.relative(), read.skipReason().get()));
                } else {
                    scanned += reported ? 1 : 0;
                    bytes += reported ? read.bytes() : 0;
                    SourceFile source = new SourceFile(file.relative(), read.text());
                    boolean analysed = !forDetectors || detect(source, findings, fileSkipped);
                    if (forLayout && analysed) {
                        mark(source, markers, fileSkipped);
                    }
                }
            }
            options.progress().accept(new ScanProgress(file.relative(), ++done, listing.files().size()));
        }
        if (only != null) {
            skipped.removeIf(skip -> !only.contains(skip.path()));
        }
        List<String> paths = listing.files().stream().map(RepositoryTree.File::relative).toList();
        Set<String> clientApps = ClientApps.folders(markers, paths);
        List<Finding> entityFindings = findings.stream().filter(ReferencesById::isInput)
                .filter(f -> only == null || only.contains(f.path())).toList();
        List<Finding> resolved = KustomizeComponents.resolve(DjangoUserModels.resolve(ReferencesById.resolve(findings)));
        // what files say for the whole scan to read (what they serve, on which port) places no component
        ComponentLayout layout = ComponentLayout.of(repositoryName, paths,
                resolved.stream().filter(f -> !f.isScanInternal()).toList(), markers);
        findings = SettingAddresses.resolve(LoopbackCalls.resolve(resolved, layout::componentOf), layout::componentOf);
        if (byComponent) {
            // steps that name components: a folder's copies are placed by whoever places their facts
            findings = GrpcServices.resolve(findings, layout::componentOf);
            findings = ConfiguredTargets.resolve(findings, layout::componentOf);
            findings = RepeatedColumns.collapse(findings, layout::componentOf);
        } else {
            findings = GrpcServices.withoutServed(findings);
        }
        Exclusions exclusions = new Exclusions(ConsumedEvents.of(byComponent ? paths : List.of(), layout),
                byComponent ? clientApps : Set.of(), byComponent,
                byComponent ? GrpcServices.byComponent(resolved, f -> layout.componentOf(f).name()) : Map.of(),
                SelfCalls.composeNames(resolved, f -> layout.componentOf(f).name()));
        List<ObservedFact> facts = observed(only == null ? findings
                : findings.stream().filter(f -> only.contains(f.path())).toList(), layout, exclusions);
        List<EntityIndexEntry> entityIndex = entityFindings.stream()
                .map(f -> new EntityIndexEntry(layout.componentOf(f).name(), f)).toList();
        List<EventHandlerFile> handlers = paths.stream().filter(ConsumedEvents::isHandlerFile)
                .map(path -> new EventHandlerFile(path, layout.componentOf(path).name())).toList();
        skipped.sort(Comparator.comparing(SkippedFile::path));
        LOG.debug("Scanned {}: {} files, {} facts, {} skipped", repositoryName, scanned, facts.size(), skipped.size());
        return new ScanResult(repositoryName, GitRepositories.headCommit(realRoot), facts, skipped,
                new ScanStats(scanned, bytes, countByKind(facts)), layout.components(), entityIndex, handlers,
                List.copyOf(new TreeSet<>(clientApps)));
    }

    /**
     * The findings of this scanner's detectors in one file, as a scan finds them before the cross-file steps; empty when
     * the file is malformed or a detector fails on it (a scan skips it then).
     */
    public Optional<List<Finding>> findingsOf(SourceFile file) {
        if (!wantedRoles.contains(file.role())) {
            return Optional.of(List.of());
        }
        List<Finding> findings = new ArrayList<>();
        return detect(file, findings, new ArrayList<>()) ? Optional.of(findings.stream().filter(f -> !f.isScanInternal()).toList()) : Optional.empty();
    }

    /**
     * Runs every detector on one file; a malformed or unexpected file loses all its findings and is skipped instead.
     * Returns whether the file was analysed.
     */
    private boolean detect(SourceFile file, List<Finding> findings, List<SkippedFile> skipped) {
        List<Finding> fileFindings = new ArrayList<>();
        try {
            for (int i = 0; i < detectors.size(); i++) {
                if (detectorRoles.get(i).contains(file.role())) {
                    fileFindings.addAll(detectors.get(i).detect(file));
                }
            }
        } catch (MalformedDocumentException e) {
            skipped.add(new SkippedFile(file.path(), e.reason()));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("A detector failed on {}", file.path(), e);
            skipped.add(new SkippedFile(file.path(), "detector-failed: " + e.getClass().getSimpleName()));
            return false;
        }
        fileFindings.sort(RepositoryScanner::compareInFile);
        findings.addAll(fileFindings);
        return true;
    }

    /** Reads what a file says about components; a malformed catalog is skipped like any malformed descriptor. */
    private void mark(SourceFile file, List<ComponentMarker> markers, List<SkippedFile> skipped) {
        try {
            markers.addAll(componentMarkers.of(file));
        } catch (MalformedDocumentException e) {
            skipped.add(new SkippedFile(file.path(), e.reason()));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Reading components from {} failed", file.path(), e);
            skipped.add(new SkippedFile(file.path(), "detector-failed: " + e.getClass().getSimpleName()));
        }
    }

    /** What a whole scan leaves out of a component's facts: see {@link #observed}. */
    private record Exclusions(ConsumedEvents consumed, Set<String> clientApps, boolean withoutSelfCalls,
                              Map<String, Set<String>> servedGrpc, Map<String, Set<String>> composeNames) {
    }

    /**
     * The facts of the findings, each in its component, without a component's calls to itself or to a gRPC service
     * it serves ({@link SelfCalls}, {@link GrpcServices}), its copies of events it consumes and a client app's calls.
     */
    private static List<ObservedFact> observed(List<Finding> findings, ComponentLayout layout, Exclusions exclusions) {
        ConsumedEvents consumed = exclusions.consumed();
        Set<String> clientApps = exclusions.clientApps();
        boolean withoutSelfCalls = exclusions.withoutSelfCalls();
        List<ObservedFact> facts = new ArrayList<>();
        Map<String, List<Finding>> byPath = new TreeMap<>();
        findings.forEach(f -> byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
        byPath.values().forEach(fileFindings -> {
            List<String> fingerprints = Fingerprints.ofAll(fileFindings);
            for (int i = 0; i < fileFindings.size(); i++) {
                Finding finding = fileFindings.get(i);
                Component placed = layout.componentOf(finding);
                String component = placed.name();
                if (!(withoutSelfCalls && (SelfCalls.isCallToItself(finding, component, placed.folder(),
                        exclusions.composeNames().getOrDefault(component, Set.of()))
                        || GrpcServices.isCallToServedService(finding, component, exclusions.servedGrpc())))
                        && !consumed.isConsumedCopy(finding, component)
                        && !ClientApps.isTheDevices(finding, placed.folder(), clientApps)) {
                    facts.add(new ObservedFact(component, finding, fingerprints.get(i)));
                }
            }
        });
        facts.sort(FACT_ORDER);
        return List.copyOf(facts);
    }

    private static int compareFacts(ObservedFact a, ObservedFact b) {
        int order = a.component().compareTo(b.component());
        order = order != 0 ? order : a.finding().path().compareTo(b.finding().path());
        order = order != 0 ? order : compareInFile(a.finding(), b.finding());
        return order != 0 ? order : a.fingerprint().compareTo(b.fingerprint());
    }

    /** A file's findings by line, kind and anchor. */
    private static int compareInFile(Finding a, Finding b) {
        int order = Integer.compare(a.startLine(), b.startLine());
        order = order != 0 ? order : a.kind().compareTo(b.kind());
        return order != 0 ? order : a.anchor().compareTo(b.anchor());
    }

    private static Map<String, Integer> countByKind(List<ObservedFact> facts) {
        Map<String, Integer> counts = new TreeMap<>();
        facts.forEach(fact -> counts.merge(fact.finding().kind(), 1, Integer::sum));
        return counts;
    }
}
