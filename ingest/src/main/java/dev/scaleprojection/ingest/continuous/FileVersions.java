package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.SourceFile;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of a repository's files that one change's judgement reads, read as a scan reads them (a file a scan
 * skips reads empty). A judgement asks several questions of the same file at the same commit: each version is read
 * from git once, and its findings are made once.
 */
final class FileVersions {

    private final Path workTree;
    private final long maxBytes;
    private final RepositoryScanner scanner;
    private final Map<String, Optional<SourceFile>> files = new HashMap<>();
    private final Map<SourceFile, Optional<List<Finding>>> findings = new IdentityHashMap<>();

    FileVersions(Path workTree, long maxBytes, RepositoryScanner scanner) {
        this.workTree = workTree;
        this.maxBytes = maxBytes;
        this.scanner = scanner;
    }

    /** The file at a commit; empty when it is not there or cannot be read. */
    Optional<SourceFile> at(String commit, String path) {
        return files.computeIfAbsent(commit + "\n" + path, key -> GitChanges.contentAt(workTree, commit, path, maxBytes)
                .map(content -> new SourceFile(path, content)));
    }

    /** What this scanner's detectors find in a version {@link #at} gave; empty when it cannot be analysed. */
    Optional<List<Finding>> findingsOf(SourceFile file) {
        return findings.computeIfAbsent(file, scanner::findingsOf);
    }
}
