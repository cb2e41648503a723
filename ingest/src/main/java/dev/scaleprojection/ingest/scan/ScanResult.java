package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.Component;
import java.util.List;
import java.util.Optional;

/**
 * Everything one scan of a repository observed, sorted by component, path, line and kind; what it skipped; and the
 * components of the repository (root first), including those without facts, so each can be told its scan completed.
 */
public record ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                         ScanStats stats, List<Component> components) {

    public ScanResult {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
        components = List.copyOf(components);
    }

    /** A result that does not know the repository's components. */
    public ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                      ScanStats stats) {
        this(repository, commit, facts, skipped, stats, List.of());
    }
}
