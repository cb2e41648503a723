package dev.scaleprojection.bench;

import dev.scaleprojection.ingest.domain.Detector;
import dev.scaleprojection.ingest.domain.FileRole;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.SourceFile;
import java.util.List;
import java.util.Set;

/**
 * A detector that adds up the time its delegate spends. Work shared between detectors (lexing a file, scanning its
 * declarations, parsing its YAML) is counted for the first detector that asks for it.
 */
final class TimedDetector implements Detector {

    private final Detector delegate;
    private long nanos;
    private long files;

    TimedDetector(Detector delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        long start = System.nanoTime();
        try {
            return delegate.detect(file);
        } finally {
            nanos += System.nanoTime() - start;
            files++;
        }
    }

    @Override
    public Set<FileRole> roles() {
        return delegate.roles();
    }

    String name() {
        return delegate.getClass().getSimpleName();
    }

    long nanos() {
        return nanos;
    }

    long files() {
        return files;
    }
}
