package dev.scaleprojection.ingest.scan;

/** Reported after each file a scan considers: where it is, out of how many files. */
public record ScanProgress(String path, int filesDone, int filesTotal) {
}
