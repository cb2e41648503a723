package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.scan.ScanResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One published scan of an inventory repository: where its work tree is, what it found, whether only the changed
 * files were read (and why not otherwise), how many facts were sent (new or changed ones), the component ids published
 * and those retracted, and how long it took.
 */
public record RepositoryScan(InventoryRepository repository, Path root, ScanResult result, boolean incremental, String reason,
                             int filesRead, int factsSent, List<String> componentIds, List<String> retractedComponentIds, Duration took) {

    public RepositoryScan {
        componentIds = List.copyOf(componentIds);
        retractedComponentIds = List.copyOf(retractedComponentIds);
    }
}
