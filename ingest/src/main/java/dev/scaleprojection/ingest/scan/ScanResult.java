package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.Component;
import java.util.List;
import java.util.Optional;

/**
 * Everything one scan of a repository observed, sorted by component, path, line and kind; what it skipped; the
 * components of the repository (root first), including those without facts, so each can be told its scan completed;
 * its entity index: the entities its files declare and the id fields they hold, which no fact reports as such; its
 * event handler files with their components; and the folders of its client apps (whose calls are the device's).
 */
public record ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                         ScanStats stats, List<Component> components, List<EntityIndexEntry> entityIndex,
                         List<EventHandlerFile> eventHandlers, List<String> clientAppFolders) {

    public ScanResult {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
        components = List.copyOf(components);
        entityIndex = List.copyOf(entityIndex);
        eventHandlers = List.copyOf(eventHandlers);
        clientAppFolders = List.copyOf(clientAppFolders);
    }

    /** A result without an entity index, event handler files or client app folders. */
    public ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                      ScanStats stats, List<Component> components) {
        this(repository, commit, facts, skipped, stats, components, List.of(), List.of(), List.of());
    }

    /** A result that does not know the repository's components. */
    public ScanResult(String repository, Optional<String> commit, List<ObservedFact> facts, List<SkippedFile> skipped,
                      ScanStats stats) {
        this(repository, commit, facts, skipped, stats, List.of());
    }
}
