package dev.scaleprojection.ingest.scan;

import java.util.Objects;
import java.util.function.Consumer;

/** Limits and callbacks of a scan: files larger than {@code maxFileBytes} are skipped as too large. */
public record ScanOptions(long maxFileBytes, Consumer<ScanProgress> progress) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public ScanOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        Objects.requireNonNull(progress, "progress");
    }

    public static ScanOptions defaults() {
        return new ScanOptions(DEFAULT_MAX_FILE_BYTES, progress -> { });
    }

    public ScanOptions withMaxFileBytes(long bytes) {
        return new ScanOptions(bytes, progress);
    }

    public ScanOptions withProgress(Consumer<ScanProgress> listener) {
        return new ScanOptions(maxFileBytes, listener);
    }
}
