package dev.scaleprojection.cli;

import dev.scaleprojection.ingest.continuous.InventoryWatcher;
import dev.scaleprojection.ingest.continuous.PassSummary;
import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.publish.FactPublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code run --inventory}: one pass over every repository of an inventory, publishing each (again, from its saved
 * state when its head has not moved), with a progress bar per repository and a summary; returns the component ids.
 */
final class InventoryScans {

    private InventoryScans() {
    }

    static List<String> scanOnce(Inventory inventory, FactPublisher publisher, Path dataDir, long maxFileBytes, PrintWriter err) {
        InventoryProgress progress = new InventoryProgress(err);
        try (InventoryWatcher watcher = new InventoryWatcher(inventory, publisher,
                InventoryWatcher.Settings.of(dataDir, WatchCommand.DEFAULT_POLL, maxFileBytes), System.getenv(), Clock.systemUTC(), progress)) {
            PassSummary pass = watcher.scanAll(true);
            progress.summarize(pass);
            return pass.scans().stream().flatMap(scan -> scan.componentIds().stream()).toList();
        }
    }
}
