package dev.scaleprojection.ingest.scan;

import java.util.List;
import java.util.Optional;

/** Everything one scan of a repository observed, sorted by component, path, line and kind; and what it skipped. */
public record ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                         ScanStats stats) {

    public ScanResult {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
    }
}
