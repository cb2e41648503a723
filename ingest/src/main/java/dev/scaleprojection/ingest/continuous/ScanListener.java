package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.scan.ScanProgress;
import java.time.Instant;
import java.util.function.Consumer;

/** Hears how scanning an inventory goes, one repository at a time: a progress bar and a summary can be drawn from it. */
public interface ScanListener {

    /** The {@code index}-th of {@code count} repositories is being scanned; the returned consumer hears its files. */
    default Consumer<ScanProgress> scanning(InventoryRepository repository, int index, int count) {
        return progress -> { };
    }

    default void scanned(RepositoryScan scan) {
    }

    default void unchanged(InventoryRepository repository) {
    }

    default void failed(InventoryRepository repository, String message, int failures, Instant retryAt) {
    }

    ScanListener SILENT = new ScanListener() {
    };
}
