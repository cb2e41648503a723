package dev.scaleprojection.cli;

import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a repository argument (path or git URL) into published facts, and tells the user what was scanned and skipped. */
final class Scans {

    private static final Pattern GIT_URL = Pattern.compile("^(https?|git|ssh|file)://.+|^[\\w.-]+@[\\w.-]+:.+");

    private final Path dataDir;
    private final long maxFileBytes;
    private final PrintWriter err;

    Scans(Path dataDir, long maxFileBytes, PrintWriter err) {
        this.dataDir = dataDir;
        this.maxFileBytes = maxFileBytes;
        this.err = err;
    }

    List<String> scanAndPublish(String repository, String organization, FactPublisher publisher, Instant now) {
        return scanAndPublish(repository, 1, 1, organization, publisher, now);
    }

    /** Scans the {@code index}-th of {@code count} repositories, publishes its facts and returns the component ids. */
    List<String> scanAndPublish(String repository, int index, int count, String organization, FactPublisher publisher, Instant now) {
        Scanned scanned = scan(repository, index, count);
        FactPublisher.Published published = publisher.publish(scanned.result(), organization, scanned.system(), now);
        scanned.report().summarize(scanned.root().toString(), scanned.result(), published.componentIds().size(), scanned.took());
        return published.componentIds();
    }

    record Scanned(Path root, String system, ScanResult result, Duration took, ScanReport report) {
    }

    Scanned scan(String repository, int index, int count) {
        Path root = resolve(repository);
        String system = systemName(repository, root);
        long started = System.nanoTime();
        try (ScanReport report = new ScanReport(system, index, count, err)) {
            ScanResult scan = new RepositoryScanner().scan(root, system, new ScanOptions(maxFileBytes, report.progress()));
            return new Scanned(root, system, scan, Duration.ofNanos(System.nanoTime() - started), report);
        }
    }

    private Path resolve(String repository) {
        if (GIT_URL.matcher(repository).matches()) {
            return GitRepositories.cloneOrFetch(repository, dataDir.resolve("repos"));
        }
        problem(repository).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return Path.of(repository).toAbsolutePath().normalize();
    }

    /** What is wrong with a repository argument that can be told without cloning it: a local path that is no folder. */
    static Optional<String> problem(String repository) {
        if (GIT_URL.matcher(repository).matches() || Files.isDirectory(Path.of(repository).toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return Optional.of("Repository '" + repository + "' is neither a folder nor a git URL: give the folder of a repository's working "
                + "tree, or a URL git can clone (https://…, git@host:…).");
    }

    static String systemName(String repository, Path root) {
        String last = root.getFileName() == null ? "repository" : root.getFileName().toString();
        if (GIT_URL.matcher(repository).matches()) {
            String trimmed = repository.replaceAll("/+$", "");
            last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1).replaceAll("\\.git$", "");
        }
        String name = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "repository" : name;
    }
}
