package dev.scaleprojection.cli;

import dev.scaleprojection.ingest.scan.ScanProgress;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.SkippedFile;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Tells the person at the terminal how a scan goes: a progress bar over the files while it runs (only on a terminal),
 * then a summary: files scanned, facts by kind, what was skipped and why, and the time taken.
 */
final class ScanReport implements AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private boolean closed;

    ScanReport(String repository, int index, int repositories, PrintWriter err) {
        this.err = err;
        this.bar = System.console() == null ? null : new ProgressBarBuilder()
                .setTaskName(String.format("[%d/%d] %s", index, repositories, repository))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
    }

    Consumer<ScanProgress> progress() {
        return progress -> {
            if (bar != null) {
                bar.maxHint(progress.filesTotal());
                bar.stepTo(progress.filesDone());
            }
        };
    }

    void summarize(String repository, ScanResult scan, int components, Duration took) {
        close();
        err.printf("Scanned %s in %.1f s: %d files (%.1f MB), %d facts in %d components%n", repository, took.toMillis() / 1000.0,
                scan.stats().filesScanned(), scan.stats().bytesScanned() / 1e6, scan.facts().size(), components);
        scan.stats().factsByKind().forEach((kind, count) -> err.printf("  %-32s %5d%n", kind, count));
        Map<String, Integer> skipped = new TreeMap<>();
        for (SkippedFile file : scan.skipped()) {
            skipped.merge(file.reason().split(":", 2)[0], 1, Integer::sum);
        }
        if (!skipped.isEmpty()) {
            err.printf("  skipped %d files: %s%n", scan.skipped().size(), skipped.toString().replaceAll("[{}]", ""));
            scan.skipped().stream().limit(5).forEach(file -> err.printf("    %s (%s)%n", file.path(), file.reason()));
            if (scan.skipped().size() > 5) {
                err.printf("    … and %d more%n", scan.skipped().size() - 5);
            }
        }
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null && !closed) {
            bar.close();
        }
        closed = true;
    }
}
