package dev.scaleprojection.cli;

import dev.scaleprojection.ingest.continuous.PassSummary;
import dev.scaleprojection.ingest.continuous.RepositoryScan;
import dev.scaleprojection.ingest.continuous.ScanListener;
import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.scan.ScanProgress;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Tells the person at the terminal how scanning an inventory goes: a progress bar per repository ({@link ScanReport},
 * numbered among all of them) and its summary, a line for each repository that failed or did not move, and a total
 * for the pass: repositories, files read and facts published.
 */
final class InventoryProgress implements ScanListener {

    private final PrintWriter err;
    private ScanReport current;

    InventoryProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized Consumer<ScanProgress> scanning(InventoryRepository repository, int index, int count) {
        closeCurrent();
        current = new ScanReport(repository.name(), index, count, err);
        return current.progress();
    }

    @Override
    public synchronized void scanned(RepositoryScan scan) {
        ScanReport report = current == null ? new ScanReport(scan.repository().name(), 1, 1, err) : current;
        current = null;
        report.summarize(scan.repository().name() + " (" + scan.root() + ")", scan.result(), scan.componentIds().size(), scan.took());
        err.printf("  %s; %d new or changed facts sent; %s%n", scan.incremental()
                        ? "incremental: " + scan.filesRead() + " files read again (" + scan.reason() + ")" : "full scan: " + scan.reason(),
                scan.factsSent(), scan.retractedComponentIds().isEmpty() ? "no component left the layout"
                        : "retracted " + String.join(", ", scan.retractedComponentIds()));
        err.flush();
    }

    /** Said only in the pass summary: a poll of many quiet repositories should not fill the terminal. */
    @Override
    public synchronized void unchanged(InventoryRepository repository) {
        closeCurrent();
    }

    @Override
    public synchronized void failed(InventoryRepository repository, String message, int failures, Instant retryAt) {
        closeCurrent();
        err.printf("%s FAILED (%d in a row; next try after %s): %s%n", repository.name(), failures,
                retryAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), message);
        err.flush();
    }

    synchronized void summarize(PassSummary pass) {
        closeCurrent();
        long incremental = pass.scans().stream().filter(RepositoryScan::incremental).count();
        int repositories = pass.scans().size() + pass.unchanged().size() + pass.failed().size() + pass.waiting().size();
        err.printf("%d repositories: %d scanned (%d incrementally), %d unchanged, %d failed, %d waiting to retry; "
                        + "%d files read, %d facts found, %d sent%n", repositories, pass.scans().size(), incremental,
                pass.unchanged().size(), pass.failed().size(), pass.waiting().size(), pass.files(), pass.facts(), pass.factsSent());
        err.flush();
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
