package dev.scaleprojection.bench;

import dev.scaleprojection.ingest.continuous.IncrementalScanner;
import dev.scaleprojection.ingest.continuous.RepositoryState;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The rescan the service makes after a one-file commit: the tree is committed to a new git repository, scanned in full
 * by {@link IncrementalScanner} (its state kept as the service keeps it), one file is changed and committed, and the
 * scan starting from that state is timed. It reads the commits' difference and the changed file, and keeps the
 * previous component layout; its result equals a full scan of the new commit (tested in the ingest module).
 */
final class CommittedRescan {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 7;

    /** Median wall time and mean CPU time of the rescans, and what the last one did. */
    record Measured(long medianWallNanos, long meanCpuNanos, IncrementalScanner.Outcome outcome) {
    }

    private CommittedRescan() {
    }

    /** Commits {@code tree} (which must not be a git work tree yet), then changes {@code path} and times the rescan. */
    static Measured time(RepositoryScanner scanner, Path tree, String path) throws IOException, GitAPIException {
        IncrementalScanner incremental = new IncrementalScanner(scanner);
        String name = tree.getFileName().toString();
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call()) {
            commit(git, "the whole tree");
            IncrementalScanner.Outcome full = incremental.scan(tree, name, ScanOptions.defaults(), Optional.empty());
            RepositoryState state = RepositoryState.of(full.result(), List.of()).orElseThrow();
            Files.writeString(tree.resolve(path), "\n", StandardOpenOption.APPEND);
            commit(git, "one changed file");
            long[] wall = new long[RUNS];
            long cpu = THREADS.getCurrentThreadCpuTime();
            IncrementalScanner.Outcome outcome = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                outcome = incremental.scan(tree, name, ScanOptions.defaults(), Optional.of(state));
                wall[i] = System.nanoTime() - start;
            }
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            Arrays.sort(wall);
            return new Measured(wall[RUNS / 2], cpu / RUNS, outcome);
        }
    }

    private static void commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("bench", "bench@example.org").setCommitter("bench", "bench@example.org")
                .setSign(false).call();
    }
}
