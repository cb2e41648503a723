package dev.scaleprojection.ingest.continuous;

import java.util.List;

/** What one pass over the inventory did: the scans published, the repositories unchanged and those that failed. */
public record PassSummary(List<RepositoryScan> scans, List<String> unchanged, List<String> failed, List<String> waiting) {

    public PassSummary {
        scans = List.copyOf(scans);
        unchanged = List.copyOf(unchanged);
        failed = List.copyOf(failed);
        waiting = List.copyOf(waiting);
    }

    /** The facts the scans found. */
    public int facts() {
        return scans.stream().mapToInt(scan -> scan.result().facts().size()).sum();
    }

    /** The facts sent to the topic: new or changed ones, all of them for a first or forced scan. */
    public int factsSent() {
        return scans.stream().mapToInt(RepositoryScan::factsSent).sum();
    }

    public int files() {
        return scans.stream().mapToInt(RepositoryScan::filesRead).sum();
    }
}
