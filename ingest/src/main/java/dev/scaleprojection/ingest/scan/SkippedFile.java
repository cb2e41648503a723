package dev.scaleprojection.ingest.scan;

/**
 * A file the scanner did not analyse, and why: {@code binary}, {@code too-large}, {@code symlink-outside-tree},
 * {@code symlink-duplicate}, {@code symlink-broken}, {@code not-a-regular-file} (a named pipe, socket or device),
 * {@code unreadable: …}, {@code malformed-yaml: …},
 * {@code malformed-json: …} or {@code detector-failed: …}.
 */
public record SkippedFile(String path, String reason) {
}
