package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.scan.EntityIndexEntry;
import dev.scaleprojection.ingest.scan.EventHandlerFile;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.SkippedFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the last published scan of one repository saw: its commit, its components, every fact (with its file in its
 * evidence), what it skipped, the component ids it published, its entity index (the entities declared and the id
 * fields held, file by file), its event handler files, its client app folders and the build of the scanner that made it
 * ({@link ScannerBuild}). The next scan starts from it: only the files changed since {@code commit} are read again, and
 * components published before but absent now are retracted. A state saved before states kept the last four has none of
 * them ({@code null} in the JSON).
 */
public record RepositoryState(String commit, List<StoredComponent> components, List<ObservedFact> facts,
                              List<SkippedFile> skipped, int filesScanned, long bytesScanned, List<String> publishedComponentIds,
                              List<EntityIndexEntry> entityIndex, List<EventHandlerFile> eventHandlers,
                              List<String> clientAppFolders, String scannerBuild) {

    public RepositoryState {
        components = List.copyOf(components);
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
        publishedComponentIds = List.copyOf(publishedComponentIds);
        entityIndex = entityIndex == null ? null : List.copyOf(entityIndex);
        eventHandlers = eventHandlers == null ? null : List.copyOf(eventHandlers);
        clientAppFolders = clientAppFolders == null ? null : List.copyOf(clientAppFolders);
    }

    /** A component as stored: its system and owner are null when the repository does not say. */
    public record StoredComponent(String name, String folder, String system, String owner) {

        static StoredComponent of(Component component) {
            return new StoredComponent(component.name(), component.folder(), component.system().orElse(null),
                    component.owner().orElse(null));
        }

        Component component() {
            return new Component(name, folder, Optional.ofNullable(system), Optional.ofNullable(owner));
        }
    }

    /** The state after publishing {@code scan} as {@code publishedComponentIds}; empty when the scan had no commit. */
    public static Optional<RepositoryState> of(ScanResult scan, List<String> publishedComponentIds) {
        return scan.commit().map(commit -> new RepositoryState(commit,
                scan.components().stream().map(StoredComponent::of).toList(), scan.facts(), scan.skipped(),
                scan.stats().filesScanned(), scan.stats().bytesScanned(), publishedComponentIds, scan.entityIndex(), scan.eventHandlers(),
                scan.clientAppFolders(), ScannerBuild.id()));
    }

    /**
     * Whether the state holds the entity index, the event handler files and the client app folders: one saved by an
     * earlier version does not.
     */
    public boolean knowsFilesAcross() {
        return entityIndex != null && eventHandlers != null && clientAppFolders != null;
    }

    /** Whether this build of the scanner made the state: another build may find other facts in the same files. */
    public boolean madeByThisScanner() {
        return ScannerBuild.id().equals(scannerBuild);
    }

    public List<Component> layout() {
        return components.stream().map(StoredComponent::component).toList();
    }

    /** The published component ids that {@code now} no longer publishes: each must be told its facts are gone. */
    public List<String> vanishedFrom(List<String> now) {
        Set<String> vanished = new TreeSet<>(publishedComponentIds);
        now.forEach(vanished::remove);
        return List.copyOf(vanished);
    }
}
