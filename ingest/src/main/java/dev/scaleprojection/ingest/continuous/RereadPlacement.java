package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.ClientApps;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.domain.ConsumedEvents;
import dev.scaleprojection.ingest.domain.DescriptorFactKinds;
import dev.scaleprojection.ingest.domain.DockerfileDetector;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.KustomizeComponents;
import dev.scaleprojection.ingest.domain.LayoutInputs;
import dev.scaleprojection.ingest.domain.SelfCalls;
import dev.scaleprojection.ingest.domain.SharedConfigurations;
import dev.scaleprojection.ingest.scan.EntityIndexEntry;
import dev.scaleprojection.ingest.scan.EventHandlerFile;
import dev.scaleprojection.ingest.scan.ObservedFact;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Places the facts of a file read again on its own in the components of the last scan, whose layout the commit did
 * not move ({@link LayoutChanges}): a fact goes where the facts of the same file with the same placement (Compose
 * service, build context, Aspire project, workload, see {@link LayoutInputs#placementKey}) went; a fact placed by its
 * file alone goes to the file's component — that of its facts or entities before, else of a file of its folder. It
 * is then judged as a full scan judges it in that component: a call to itself, a copy of an event the component
 * consumes, a client app's call are dropped, and a descriptor in a Kustomize component nobody opts into is opt-in.
 */
final class RereadPlacement {

    private final RepositoryState state;
    private final Map<String, List<ObservedFact>> before;
    private final List<EventHandlerFile> handlers;
    private final Set<String> optInFolders;
    private final Map<String, Set<String>> composeNames;

    RereadPlacement(RepositoryState state, Map<String, List<ObservedFact>> before, List<EventHandlerFile> handlers) {
        this.state = state;
        this.before = before;
        this.handlers = handlers;
        this.optInFolders = KustomizeComponents.optInFolders(state.facts().stream().map(ObservedFact::finding).toList());
        Map<Finding, String> placedBefore = new IdentityHashMap<>();
        state.facts().forEach(f -> placedBefore.put(f.finding(), f.component()));
        this.composeNames = SelfCalls.composeNames(placedBefore.keySet(), placedBefore::get);
    }

    /**
     * Adds the placed facts and entity index entries of one re-read file to {@code facts} and {@code index}; the reason
     * why they cannot be placed otherwise (nothing is added then).
     */
    Optional<String> place(String path, List<ObservedFact> reread, List<Finding> entities, List<ObservedFact> facts,
                           List<EntityIndexEntry> index) {
        Optional<String> fileComponent = fileComponent(path);
        Map<String, Set<String>> byKey = new TreeMap<>();
        before.getOrDefault(path, List.of()).forEach(f -> byKey.computeIfAbsent(LayoutInputs.placementKey(f.finding()),
                key -> new TreeSet<>()).add(f.component()));
        List<Finding> marked = KustomizeComponents.optIn(reread.stream().map(ObservedFact::finding).toList(), optInFolders);
        List<ObservedFact> placed = new ArrayList<>();
        for (int i = 0; i < reread.size(); i++) {
            Finding finding = marked.get(i);
            String key = LayoutInputs.placementKey(finding);
            Set<String> components = byKey.getOrDefault(key, Set.of());
            boolean byFile = components.isEmpty() && key.equals(LayoutInputs.fileAloneKey());
            Optional<String> component = components.size() == 1 ? components.stream().findFirst()
                    : byFile ? fileComponent : Optional.empty();
            if (component.isEmpty()) {
                return Optional.of(byFile ? unplaced(path) : path + " has a fact placed by " + key
                        + " in no single component its facts before were in");
            }
            String folder = folderOf(component.get());
            if (!SelfCalls.isCallToItself(finding, component.get(), folder,
                    composeNames.getOrDefault(component.get(), Set.of()))
                    && !isConsumedCopy(finding, component.get(), handlers)
                    && !ClientApps.isTheDevices(finding, folder, state.clientAppFolders())) {
                placed.add(new ObservedFact(component.get(), finding, reread.get(i).fingerprint()));
            }
        }
        if (!entities.isEmpty() && fileComponent.isEmpty()) {
            return Optional.of(unplaced(path));
        }
        facts.addAll(placed);
        entities.forEach(f -> index.add(new EntityIndexEntry(fileComponent.get(), f)));
        return Optional.empty();
    }

    /**
     * Whether a re-read finding is a copy of an event type its component consumes: one of the component's handler files
     * is named for the type ({@link ConsumedEvents}). Handler files are never deleted in an incremental scan
     * ({@link LayoutChanges}), so those of the last scan and those added are those of the tree.
     */
    static boolean isConsumedCopy(Finding finding, String component, List<EventHandlerFile> handlers) {
        return ConsumedEvents.isEventEgress(finding) && handlers.stream().anyMatch(handler -> handler.component().equals(component)
                && ConsumedEvents.mayBeConsumed(finding, List.of(handler.path())));
    }

    /**
     * The component a file's own path places it in, whose layout did not change: that of its previous facts placed by
     * their file alone or entity index entries, else that of another file of the same folder placed by its path (a fact
     * not placed by a build context, workload or Compose service, an entity index entry, an event handler file), else the
     * root when it is the only component. A Dockerfile without such facts before may be placed by its own name: unknown.
     */
    Optional<String> fileComponent(String path) {
        String plainKey = LayoutInputs.fileAloneKey();
        Set<String> previous = new TreeSet<>();
        before.getOrDefault(path, List.of()).stream().filter(f -> LayoutInputs.placementKey(f.finding()).equals(plainKey))
                .forEach(f -> previous.add(f.component()));
        state.entityIndex().stream().filter(e -> e.finding().path().equals(path)).forEach(e -> previous.add(e.component()));
        if (!previous.isEmpty()) {
            return previous.size() == 1 ? previous.stream().findFirst() : Optional.empty();
        }
        if (DockerfileDetector.isDockerfile(path)) {
            return Optional.empty();
        }
        if (SharedConfigurations.isShared(path)) {
            // the component it is named for, else the folder's: which one that is, only the whole layout tells
            Set<String> names = state.layout().stream().map(Component::name).collect(Collectors.toSet());
            return SharedConfigurations.applicationNames(path).stream().filter(names::contains).findFirst();
        }
        String folder = folderOfPath(path);
        Optional<String> neighbour = state.facts().stream()
                .filter(f -> folderOfPath(f.finding().path()).equals(folder) && !f.finding().path().equals(path))
                .filter(f -> !SharedConfigurations.isShared(f.finding().path()))
                .filter(f -> !f.finding().attributes().containsKey("buildPath")
                        && !f.finding().attributes().containsKey(DescriptorFactKinds.WORKLOAD_ATTRIBUTE)
                        && !f.finding().attributes().containsKey("service"))
                .map(ObservedFact::component).findFirst()
                .or(() -> state.entityIndex().stream().filter(e -> folderOfPath(e.finding().path()).equals(folder))
                        .map(EntityIndexEntry::component).findFirst())
                .or(() -> state.eventHandlers().stream().filter(h -> folderOfPath(h.path()).equals(folder) && !h.path().equals(path))
                        .map(EventHandlerFile::component).findFirst());
        if (neighbour.isPresent()) {
            return neighbour;
        }
        List<Component> layout = state.layout();
        return layout.size() == 1 ? Optional.of(layout.get(0).name()) : Optional.empty();
    }

    private static String unplaced(String path) {
        return path + " has facts or entities now, and neither its own facts before nor another file of its folder tells"
                + " its component";
    }

    private String folderOf(String component) {
        return state.layout().stream().filter(c -> c.name().equals(component)).map(Component::folder).findFirst().orElse("");
    }

    static String folderOfPath(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }
}
