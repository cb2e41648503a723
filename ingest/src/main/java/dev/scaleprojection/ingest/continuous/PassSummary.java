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

    public int facts() {
        return scans.stream().mapToInt(scan -> scan.result().facts().size()).sum();
    }

    public int files() {
        return scans.stream().mapToInt(RepositoryScan::filesRead).sum();
    }
}
