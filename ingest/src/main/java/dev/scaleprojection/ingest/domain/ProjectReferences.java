package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <ProjectReference Include="..\Ordering.Domain\Ordering.Domain.csproj" />} of a .NET project file, and the
 * component each library they reach belongs to.
 */
final class ProjectReferences {

    private static final Pattern REFERENCE = Pattern.compile("<ProjectReference\\s+Include\\s*=\\s*\"([^\"]+)\"");

    private ProjectReferences() {
    }

    /**
     * The component of each .NET library that the projects of exactly one component reference, directly or through other
     * libraries (eShop's Ordering.Domain and Ordering.Infrastructure are ordering-api's); one that several share
     * (eShop.ServiceDefaults, EventBus) has none. {@code componentOf} gives the component a folder already belongs to.
     */
    static Map<String, Component> libraryOwners(Collection<ComponentMarker> markers,
                                                Function<String, Optional<Component>> componentOf) {
        Map<String, Set<String>> referencedBy = new TreeMap<>();
        markers.stream().filter(ComponentMarker.ProjectReference.class::isInstance).map(ComponentMarker.ProjectReference.class::cast)
                .forEach(reference -> referencedBy.computeIfAbsent(DeployableCandidates.folderOf(reference.referenced()),
                        folder -> new TreeSet<>()).add(DeployableCandidates.folderOf(reference.project())));
        Map<String, Component> owners = new TreeMap<>();
        for (String library : referencedBy.keySet()) {
            if (library.isEmpty() || componentOf.apply(library).isPresent()) {
                continue;
            }
            Set<Component> users = new HashSet<>();
            usersOf(library, referencedBy, componentOf, users, new HashSet<>());
            if (users.size() == 1) {
                owners.put(library, users.iterator().next());
            }
        }
        return owners;
    }

    private static void usersOf(String folder, Map<String, Set<String>> referencedBy,
                                Function<String, Optional<Component>> componentOf, Set<Component> users, Set<String> visited) {
        if (!visited.add(folder)) {
            return;
        }
        for (String user : referencedBy.getOrDefault(folder, Set.of())) {
            Optional<Component> component = componentOf.apply(user);
            if (component.isPresent()) {
                users.add(component.get());
            } else {
                usersOf(user, referencedBy, componentOf, users, visited);
            }
        }
    }

    static List<ComponentMarker.ProjectReference> of(SourceFile file) {
        String name = file.name();
        if (!name.endsWith(".csproj") && !name.endsWith(".fsproj") && !name.endsWith(".vbproj")
                || !file.content().contains("ProjectReference")) {
            return List.of();
        }
        List<ComponentMarker.ProjectReference> references = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(file.content());
        while (reference.find()) {
            ComposeDetector.resolve(file.folder(), reference.group(1).replace('\\', '/'))
                    .ifPresent(path -> references.add(new ComponentMarker.ProjectReference(file.path(), path)));
        }
        return List.copyOf(references);
    }
}
