package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.DescriptorFactKinds;
import dev.scaleprojection.ingest.domain.Finding;
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
    private final LayoutChanges layoutChanges = new LayoutChanges();

    public IncrementalScanner(RepositoryScanner scanner) {
        this.scanner = scanner;
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
        Optional<List<GitChanges.Change>> changes = GitChanges.between(root, state.commit(), head.get());
        if (changes.isEmpty()) {
            return full(root, repositoryName, options, "the last scanned commit " + state.commit() + " is not available");
        }
        // Only additions and deletions need to know (walking both trees) whether a catalog places the components.
        boolean hasCatalog = changes.get().stream().anyMatch(c -> c.kind() != GitChanges.Kind.MODIFIED)
                && (mayHoldCatalog(root, head.get()) || mayHoldCatalog(root, state.commit()));
        for (GitChanges.Change change : changes.get()) {
            Optional<String> reason = layoutChanges.of(change, root, state.commit(), head.get(), hasCatalog);
            if (reason.isPresent()) {
                return full(root, repositoryName, options, reason.get());
            }
        }
        return merge(root, repositoryName, options, state, head.get(), changes.get())
                .orElseGet(() -> full(root, repositoryName, options, "a changed file places components, cannot be placed, or is an event type a handler elsewhere may consume"));
    }

    private Optional<Outcome> merge(Path root, String repositoryName, ScanOptions options, RepositoryState state, String head,
                                    List<GitChanges.Change> changes) {
        Set<String> touched = changes.stream().map(GitChanges.Change::path).collect(Collectors.toCollection(TreeSet::new));
        List<String> present = changes.stream().filter(c -> c.kind() != GitChanges.Kind.DELETED).map(GitChanges.Change::path).toList();
        if (present.stream().anyMatch(path -> Files.isSymbolicLink(root.resolve(path)))) {
            return Optional.empty();
        }
        Map<String, List<ObservedFact>> before = byPath(state.facts());
        if (touched.stream().anyMatch(path -> LayoutChanges.placesComponents(findings(before.get(path))))) {
            return Optional.empty();
        }
        ScanResult reread = rescan(root, repositoryName, options, present);
        if (mayBeConsumedCopies(root, head, reread)) {
            return Optional.empty();
        }
        Map<String, List<ObservedFact>> after = byPath(reread.facts());
        List<ObservedFact> facts = new ArrayList<>();
        state.facts().stream().filter(f -> !touched.contains(f.finding().path())).forEach(facts::add);
        for (Map.Entry<String, List<ObservedFact>> file : after.entrySet()) {
            Optional<String> component = componentOf(file.getKey(), before, state);
            if (component.isEmpty() || LayoutChanges.placesComponents(findings(file.getValue()))) {
                return Optional.empty();
            }
            file.getValue().forEach(f -> facts.add(new ObservedFact(component.get(), f.finding(), f.fingerprint())));
        }
        facts.sort(FACT_ORDER);
        List<SkippedFile> skipped = new ArrayList<>();
        state.skipped().stream().filter(s -> !touched.contains(s.path())).forEach(skipped::add);
        reread.skipped().stream().filter(s -> touched.contains(s.path())).forEach(skipped::add);
        skipped.sort(Comparator.comparing(SkippedFile::path));
        Map<String, Integer> byKind = new TreeMap<>();
        facts.forEach(fact -> byKind.merge(fact.finding().kind(), 1, Integer::sum));
        ScanResult result = new ScanResult(repositoryName, Optional.of(head), facts, skipped,
                new ScanStats(reread.stats().filesScanned(), reread.stats().bytesScanned(), byKind), state.layout());
        return Optional.of(new Outcome(result, true, changes.isEmpty() ? "no file changed since the last scan"
                : changes.size() + " changed files", reread.stats().filesScanned()));
    }

    /**
     * Whether a re-read file is an event type that a handler elsewhere in the tree may consume: the copies a component
     * consumes are told from every file's name ({@link ConsumedEvents}), which the scratch folder does not hold.
     */
    private static boolean mayBeConsumedCopies(Path root, String head, ScanResult reread) {
        List<Finding> events = reread.facts().stream().map(ObservedFact::finding).filter(ConsumedEvents::isEventEgress).toList();
        if (events.isEmpty()) {
            return false;
        }
        Optional<List<String>> paths = GitChanges.paths(root, head);
        return paths.isEmpty() || events.stream().anyMatch(finding -> ConsumedEvents.mayBeConsumed(finding, paths.get()));
    }

    /**
     * The component of a file whose layout did not change: that of its previous facts, else that of another file of
     * the same folder placed by its path (not by a build context, workload or Compose service), else the root when it is
     * the only component.
     */
    private static Optional<String> componentOf(String path, Map<String, List<ObservedFact>> before, RepositoryState state) {
        List<ObservedFact> previous = before.getOrDefault(path, List.of());
        if (!previous.isEmpty()) {
            Set<String> components = previous.stream().map(ObservedFact::component).collect(Collectors.toSet());
            return components.size() == 1 ? components.stream().findFirst() : Optional.empty();
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        Optional<String> neighbour = state.facts().stream()
                .filter(f -> folderOf(f.finding().path()).equals(folder) && !f.finding().path().equals(path))
                .filter(f -> !f.finding().attributes().containsKey("buildPath")
                        && !f.finding().attributes().containsKey(DescriptorFactKinds.WORKLOAD_ATTRIBUTE)
                        && !f.finding().attributes().containsKey("service"))
                .map(ObservedFact::component).findFirst();
        if (neighbour.isPresent()) {
            return neighbour;
        }
        List<Component> layout = state.layout();
        return layout.size() == 1 ? Optional.of(layout.get(0).name()) : Optional.empty();
    }

    /** Runs the scanner over copies of just these files, at the same relative paths, in a scratch folder. */
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
            return scanner.scan(scratch, repositoryName, options);
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

    private static List<dev.scaleprojection.ingest.domain.Finding> findings(List<ObservedFact> facts) {
        return facts == null ? List.of() : facts.stream().map(ObservedFact::finding).toList();
    }

    /** Whether the tree of {@code commit} holds a Backstage catalog; true when it cannot be read. */
    private static boolean mayHoldCatalog(Path root, String commit) {
        return GitChanges.paths(root, commit).map(paths -> paths.stream().anyMatch(LayoutChanges::isCatalog)).orElse(true);
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
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
