package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.ReferencesById;
import dev.scaleprojection.ingest.scan.EntityIndexEntry;
import dev.scaleprojection.ingest.scan.EventHandlerFile;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.ScanStats;
import dev.scaleprojection.ingest.scan.SkippedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scans a git work tree starting from the state of its last scan: only the files changed between the last scanned
 * commit and HEAD are read again (in a scratch folder, by the same {@link RepositoryScanner}), the facts of deleted
 * files are dropped, and the rest is kept. When the component layout could have changed ({@link LayoutChanges}), when
 * there is no state or its commit is gone, it scans everything. Either way the result equals a full scan of HEAD.
 */
public final class IncrementalScanner {

    private static final Comparator<ObservedFact> FACT_ORDER = Comparator.comparing(ObservedFact::component)
            .thenComparing(f -> f.finding().path()).thenComparingInt(f -> f.finding().startLine())
            .thenComparing(f -> f.finding().kind()).thenComparing(f -> f.finding().anchor())
            .thenComparing(ObservedFact::fingerprint);

    private final RepositoryScanner scanner;
    private final LayoutChanges layoutChanges;

    public IncrementalScanner(RepositoryScanner scanner) {
        this.scanner = scanner;
        this.layoutChanges = new LayoutChanges(scanner);
    }

    /** A scan and how it was made: {@code incremental} with the files read again, or full with the reason why. */
    public record Outcome(ScanResult result, boolean incremental, String reason, int filesRead) {
    }

    public Outcome scan(Path root, String repositoryName, ScanOptions options, Optional<RepositoryState> previous) {
        Optional<String> head = GitRepositories.headCommit(root);
        if (previous.isEmpty() || head.isEmpty()) {
            return full(root, repositoryName, options, previous.isEmpty() ? "no previous scan" : "not a git work tree");
        }
        RepositoryState state = previous.get();
        if (!state.madeByThisScanner()) {
            return full(root, repositoryName, options, "the last scan was made by another build of the scanner ("
                    + state.scannerBuild() + ", this one is " + ScannerBuild.id() + "): its facts of the unchanged files may differ");
        }
        Optional<List<GitChanges.Change>> changes = GitChanges.between(root, state.commit(), head.get());
        if (changes.isEmpty()) {
            return full(root, repositoryName, options, "the last scanned commit " + state.commit() + " is not available");
        }
        // Only additions and deletions need to know (walking both trees) whether a catalog places the components.
        boolean hasCatalog = changes.get().stream().anyMatch(c -> c.kind() != GitChanges.Kind.MODIFIED)
                && (mayHoldCatalog(root, head.get()) || mayHoldCatalog(root, state.commit()));
        for (GitChanges.Change change : changes.get()) {
            Optional<String> reason = layoutChanges.of(change, root, state.commit(), head.get(), hasCatalog,
                    options.maxFileBytes());
            if (reason.isPresent()) {
                return full(root, repositoryName, options, reason.get());
            }
        }
        return merge(root, repositoryName, options, state, head.get(), changes.get());
    }

    private Outcome merge(Path root, String repositoryName, ScanOptions options, RepositoryState state, String head,
                          List<GitChanges.Change> changes) {
        Set<String> touched = changes.stream().map(GitChanges.Change::path).collect(Collectors.toCollection(TreeSet::new));
        List<String> present = changes.stream().filter(c -> c.kind() != GitChanges.Kind.DELETED).map(GitChanges.Change::path).toList();
        Map<String, List<ObservedFact>> before = byPath(state.facts());
        Optional<String> refusal = refusalBeforeRescan(root, state, present, touched, before);
        List<EventHandlerFile> handlers = new ArrayList<>();
        refusal = refusal.or(() -> addHandlers(changes, before, state, handlers));
        if (refusal.isPresent()) {
            return full(root, repositoryName, options, refusal.get());
        }
        ScanResult reread = rescan(root, repositoryName, options, present);
        refusal = skippedDescriptor(changes, state, reread);
        List<EntityIndexEntry> index = new ArrayList<>();
        state.entityIndex().stream().filter(e -> !touched.contains(e.finding().path())).forEach(index::add);
        List<ObservedFact> facts = new ArrayList<>();
        // An added handler makes its component's copies of the event type it is named for consumed ones.
        state.facts().stream().filter(f -> !touched.contains(f.finding().path()) && !isReference(f))
                .filter(f -> !RereadPlacement.isConsumedCopy(f.finding(), f.component(), handlers)).forEach(facts::add);
        refusal = refusal.or(() -> placeReread(reread, new RereadPlacement(state, before, handlers), facts, index));
        if (refusal.isPresent()) {
            return full(root, repositoryName, options, refusal.get());
        }
        index.sort(Comparator.comparing(e -> e.finding().path()));
        facts.addAll(IndexedReferences.of(index));
        facts.sort(FACT_ORDER);
        return new Outcome(merged(repositoryName, head, state, reread, touched, facts, index, handlers), true,
                changed(changes), reread.stats().filesScanned());
    }

    /**
     * Why the changed files cannot be read again on their own: one is a symbolic link, the state is too old, or one that
     * is no deployment or build file (whose layout inputs {@link LayoutChanges} compared) placed components.
     */
    private static Optional<String> refusalBeforeRescan(Path root, RepositoryState state, List<String> present,
                                                        Set<String> touched, Map<String, List<ObservedFact>> before) {
        Optional<String> link = present.stream().filter(path -> Files.isSymbolicLink(root.resolve(path))).findFirst();
        if (link.isPresent()) {
            return Optional.of(link.get() + " is a symbolic link");
        }
        if (!state.knowsFilesAcross()) {
            return Optional.of("the saved state of the last scan has no entity index, event handler files or client app"
                    + " folders (saved by an earlier version)");
        }
        return touched.stream().filter(path -> !LayoutChanges.isDescriptor(path))
                .filter(path -> LayoutChanges.placesComponents(findings(before.get(path)))).findFirst()
                .map(path -> path + " placed components (a build context, workload or chart)");
    }

    /**
     * Fills {@code handlers} with those of the last scan and those the commit added, in their components; why not, when
     * a component cannot be told.
     */
    private static Optional<String> addHandlers(List<GitChanges.Change> changes, Map<String, List<ObservedFact>> before,
                                                RepositoryState state, List<EventHandlerFile> handlers) {
        handlers.addAll(state.eventHandlers());
        RereadPlacement placement = new RereadPlacement(state, before, handlers);
        for (String added : changes.stream().filter(c -> c.kind() == GitChanges.Kind.ADDED).map(GitChanges.Change::path)
                .filter(ConsumedEvents::isHandlerFile).toList()) {
            Optional<String> component = placement.fileComponent(added);
            if (component.isEmpty()) {
                return Optional.of(added + " was added, names the event copies its component consumes,"
                        + " and no file of its folder tells its component");
            }
            handlers.add(new EventHandlerFile(added, component.get()));
        }
        handlers.sort(Comparator.comparing(EventHandlerFile::path));
        return Optional.empty();
    }

    /**
     * A modified deployment or build file skipped (too large, malformed …) on one side of the commit only: the layout
     * read nothing from it there, and what it read on the other side was not compared. (Skipped on both sides, or added
     * or deleted and skipped, it gives the layout nothing either way.)
     */
    private static Optional<String> skippedDescriptor(List<GitChanges.Change> changes, RepositoryState state,
                                                      ScanResult reread) {
        Map<String, String> before = new TreeMap<>();
        state.skipped().forEach(s -> before.put(s.path(), s.reason()));
        Map<String, String> after = new TreeMap<>();
        reread.skipped().forEach(s -> after.put(s.path(), s.reason()));
        return changes.stream().filter(c -> c.kind() == GitChanges.Kind.MODIFIED && LayoutChanges.isDescriptor(c.path()))
                .map(GitChanges.Change::path).filter(path -> before.containsKey(path) != after.containsKey(path)).findFirst()
                .map(path -> path + " is a deployment or build file skipped on one side of the commit only ("
                        + before.getOrDefault(path, after.get(path)) + ")");
    }

    /** Places the facts and entities of every file read again; why not, when one cannot be placed. */
    private static Optional<String> placeReread(ScanResult reread, RereadPlacement placement, List<ObservedFact> facts,
                                                List<EntityIndexEntry> index) {
        Map<String, List<ObservedFact>> after = byPath(reread.facts().stream().filter(f -> !isReference(f)).toList());
        Map<String, List<Finding>> indexAfter = new TreeMap<>();
        reread.entityIndex().forEach(e -> indexAfter.computeIfAbsent(e.finding().path(), p -> new ArrayList<>()).add(e.finding()));
        Set<String> readAgain = new TreeSet<>(after.keySet());
        readAgain.addAll(indexAfter.keySet());
        for (String path : readAgain) {
            if (!LayoutChanges.isDescriptor(path) && LayoutChanges.placesComponents(findings(after.get(path)))) {
                return Optional.of(path + " now places components (a build context, workload or chart)");
            }
            Optional<String> refusal = placement.place(path, after.getOrDefault(path, List.of()),
                    indexAfter.getOrDefault(path, List.of()), facts, index);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** The merged scan: the facts, index and handlers given, the skipped files of the state and of the files read again. */
    private static ScanResult merged(String repositoryName, String head, RepositoryState state, ScanResult reread,
                                     Set<String> touched, List<ObservedFact> facts, List<EntityIndexEntry> index,
                                     List<EventHandlerFile> handlers) {
        List<SkippedFile> skipped = new ArrayList<>();
        state.skipped().stream().filter(s -> !touched.contains(s.path())).forEach(skipped::add);
        reread.skipped().stream().filter(s -> touched.contains(s.path())).forEach(skipped::add);
        skipped.sort(Comparator.comparing(SkippedFile::path));
        Map<String, Integer> byKind = new TreeMap<>();
        facts.forEach(fact -> byKind.merge(fact.finding().kind(), 1, Integer::sum));
        return new ScanResult(repositoryName, Optional.of(head), facts, skipped,
                new ScanStats(reread.stats().filesScanned(), reread.stats().bytesScanned(), byKind), state.layout(), index,
                handlers, state.clientAppFolders());
    }

    /** What an incremental scan read again, for the scan summary: how many files changed, and the first few. */
    private static String changed(List<GitChanges.Change> changes) {
        if (changes.isEmpty()) {
            return "no file changed since the last scan";
        }
        String first = changes.stream().limit(3).map(GitChanges.Change::path).collect(Collectors.joining(", "));
        return changes.size() + (changes.size() == 1 ? " changed file: " : " changed files: ") + first
                + (changes.size() > 3 ? ", …" : "");
    }

    private static boolean isReference(ObservedFact fact) {
        return ReferencesById.KIND.equals(fact.finding().kind());
    }

    /**
     * Runs the scanner over copies of just these files, at the same relative paths, in a scratch folder; a component's
     * calls to itself, its copies of consumed events and a client app's calls are judged afterwards, in the component
     * the file belongs to.
     */
    private ScanResult rescan(Path root, String repositoryName, ScanOptions options, List<String> paths) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("scale-projection-rescan-");
            for (String path : paths) {
                Path source = root.resolve(path);
                if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    Path copy = scratch.resolve(path);
                    Files.createDirectories(copy.getParent());
                    Files.copy(source, copy);
                }
            }
            return scanner.scanCopies(scratch, repositoryName, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the rescan of " + root, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private Outcome full(Path root, String repositoryName, ScanOptions options, String reason) {
        ScanResult result = scanner.scan(root, repositoryName, options);
        return new Outcome(result, false, reason, result.stats().filesScanned());
    }

    private static Map<String, List<ObservedFact>> byPath(List<ObservedFact> facts) {
        Map<String, List<ObservedFact>> byPath = new TreeMap<>();
        facts.forEach(f -> byPath.computeIfAbsent(f.finding().path(), p -> new ArrayList<>()).add(f));
        return byPath;
    }

    private static List<Finding> findings(List<ObservedFact> facts) {
        return facts == null ? List.of() : facts.stream().map(ObservedFact::finding).toList();
    }

    /** Whether the tree of {@code commit} holds a Backstage catalog; true when it cannot be read. */
    private static boolean mayHoldCatalog(Path root, String commit) {
        return GitChanges.paths(root, commit).map(paths -> paths.stream().anyMatch(LayoutChanges::isCatalog)).orElse(true);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
