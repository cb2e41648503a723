package dev.scaleprojection.bench;

import dev.scaleprojection.ingest.continuous.IncrementalScanner;
import dev.scaleprojection.ingest.continuous.RepositoryState;
import dev.scaleprojection.ingest.continuous.RepositoryStateStore;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replays a clone's history as continuous mode would: checks out the last N first-parent commits one after the other
 * ({@code git checkout -f}, so a sparse work tree stays sparse), rescans each from the state the previous scan saved
 * (through {@link RepositoryStateStore}), prints whether it was incremental or full and why, and compares every
 * incremental result with a full scan of the same commit (facts, components, skipped files, entity index, event
 * handler files, client app folders). Ends with the counts and the reasons for full scans. It changes the clone's
 * checkout; run it on a clone of its own.
 */
public final class RescanReplay {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RescanReplay() {
    }

    /** {@code CLONE COMMITS [TIP]}: the tip defaults to {@code HEAD}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path clone = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> commits = new ArrayList<>(List.of(git(clone, "rev-list", "--first-parent", "-n",
                Integer.toString(count + 1), args.length > 2 ? args[2] : "HEAD").strip().split("\n")));
        Collections.reverse(commits);
        RepositoryScanner scanner = new RepositoryScanner();
        IncrementalScanner incremental = new IncrementalScanner(scanner);
        RepositoryStateStore store = new RepositoryStateStore(Files.createTempDirectory("rescan-replay-"));
        git(clone, "checkout", "-q", "-f", commits.get(0));
        save(store, incremental.scan(clone, "replayed", ScanOptions.defaults(), Optional.empty()).result());
        Map<String, Integer> reasons = new TreeMap<>();
        int incrementals = 0;
        int differing = 0;
        long filesRead = 0;
        long incrementalCpu = 0;
        for (String commit : commits.subList(1, commits.size())) {
            git(clone, "checkout", "-q", "-f", commit);
            long cpu = THREADS.getCurrentThreadCpuTime();
            IncrementalScanner.Outcome outcome = incremental.scan(clone, "replayed", ScanOptions.defaults(),
                    store.load("replayed"));
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            System.out.println((outcome.incremental() ? "incremental " : "full ") + commit.substring(0, 10) + ": "
                    + outcome.reason());
            if (outcome.incremental()) {
                incrementals++;
                filesRead += outcome.filesRead();
                incrementalCpu += cpu;
                List<String> differences = differences(outcome.result(), scanner.scan(clone, "replayed", ScanOptions.defaults()));
                if (!differences.isEmpty()) {
                    differing++;
                    System.out.println("  differs from a full scan: " + String.join("; ", differences));
                }
            } else {
                reasons.merge(outcome.reason().replaceFirst("^\\S*[/.]\\S* ", "<file> "), 1, Integer::sum);
            }
            save(store, outcome.result());
        }
        int replayed = commits.size() - 1;
        System.out.printf("%s: %d commits replayed: %d incremental (%.1f files read, %.0f ms CPU on average), %d full;"
                        + " %d incremental results differ from a full scan%n", clone.getFileName(), replayed, incrementals,
                incrementals == 0 ? 0 : filesRead / (double) incrementals,
                incrementals == 0 ? 0 : incrementalCpu / 1e6 / incrementals, replayed - incrementals, differing);
        reasons.forEach((reason, times) -> System.out.println("  " + times + " x " + reason));
    }

    private static List<String> differences(ScanResult rescan, ScanResult full) {
        List<String> differences = new ArrayList<>();
        if (!rescan.facts().equals(full.facts())) {
            List<Object> onlyRescan = new ArrayList<>(rescan.facts());
            onlyRescan.removeAll(full.facts());
            List<Object> onlyFull = new ArrayList<>(full.facts());
            onlyFull.removeAll(rescan.facts());
            differences.add("facts, only in the rescan " + onlyRescan.stream().limit(3).toList() + ", only in the full scan "
                    + onlyFull.stream().limit(3).toList());
        }
        Map<String, Boolean> same = new TreeMap<>(Map.of(
                "components", rescan.components().equals(full.components()),
                "skipped files", rescan.skipped().equals(full.skipped()),
                "entity index", rescan.entityIndex().equals(full.entityIndex()),
                "event handler files", rescan.eventHandlers().equals(full.eventHandlers()),
                "client app folders", rescan.clientAppFolders().equals(full.clientAppFolders()),
                "commit", rescan.commit().equals(full.commit())));
        same.forEach((what, equal) -> {
            if (!equal) {
                differences.add(what);
            }
        });
        return differences;
    }

    private static void save(RepositoryStateStore store, ScanResult result) {
        store.save("replayed", RepositoryState.of(result, List.of()).orElseThrow());
    }

    private static String git(Path clone, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", clone.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
