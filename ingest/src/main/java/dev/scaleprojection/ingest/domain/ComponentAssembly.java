package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ComponentLayout.below;
import static dev.scaleprojection.ingest.domain.ComponentLayout.name;

import dev.scaleprojection.domain.ContainerImages;
import dev.scaleprojection.ingest.domain.ComponentLayout.Placement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds a {@link ComponentLayout}: from a Backstage catalog where there is one, otherwise from the deployables (their
 * Dockerfiles, Compose build contexts, build modules with an entry point, Kubernetes workloads and Helm charts); names
 * components uniquely, places the folders they hold, and records the workloads and Compose services that joined them.
 */
final class ComponentAssembly {

    /**
     * The kinds of finding the assembly and the rules it applies read (Dockerfiles, Compose services, Kubernetes
     * workloads, Helm charts and values): the layout passes it only those, as each rule makes a pass over its findings.
     */
    static final Set<String> READ_KINDS = Set.of(DockerfileDetector.DOCKERFILE, ComposeDetector.COMPOSE_SERVICE,
            DescriptorFactKinds.KUBERNETES_WORKLOAD, DescriptorFactKinds.HELM_CHART, DescriptorFactKinds.HELM_VALUES);

    private final Set<String> paths;
    /** The Dockerfiles and the .NET project files among the paths, each found in one pass over them all. */
    private final List<String> dockerfiles = new ArrayList<>();
    private final SortedSet<String> projects = new TreeSet<>();
    private final Collection<String> buildFolders;
    private final Collection<Finding> findings;
    private final Collection<ComponentMarker> markers;
    private final String rootName;
    private final List<Component> components = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    /** The first placement of each folder, brought up to date with {@link #placements} (which only grows) when read. */
    private final Map<String, Component> firstPlacedByFolder = new HashMap<>();
    private int placementsIndexed;
    private final Map<String, Component> byWorkload = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> domains = new HashMap<>();
    private final ComponentMatches matches;

    ComponentAssembly(String repositoryName, Collection<String> paths, Collection<String> buildFolders,
             Collection<Finding> findings, Collection<ComponentMarker> markers) {
        this.paths = new HashSet<>();
        for (String path : paths) {
            boolean first = this.paths.add(path);
            if (first && DockerfileDetector.isDockerfile(path)) {
                dockerfiles.add(path);
            } else if (first && (path.endsWith(".csproj") || path.endsWith(".fsproj") || path.endsWith(".vbproj"))) {
                projects.add(path);
            }
        }
        this.buildFolders = buildFolders;
        this.findings = findings;
        this.markers = markers;
        this.matches = new ComponentMatches(components, this.paths, findings, this::enclosing);
        this.rootName = name(repositoryName).isEmpty() ? "repository" : name(repositoryName);
    }

    ComponentLayout layout() {
        List<ComponentMarker.CatalogComponent> catalog = markers.stream()
                .filter(ComponentMarker.CatalogComponent.class::isInstance).map(ComponentMarker.CatalogComponent.class::cast)
                .toList();
        if (catalog.isEmpty()) {
            fromDeployables();
        } else {
            fromCatalog(catalog);
        }
        List<Component> ordered = new ArrayList<>(components.subList(1, components.size()));
        ordered.sort(Comparator.comparing(Component::folder).thenComparing(Component::name));
        ordered.add(0, components.get(0));
        return new ComponentLayout(ordered, placements, byWorkload, matches.composeServices(),
                DeployableCandidates.projectFolders(projects));
    }

    private void fromDeployables() {
        add(rootName, "", Optional.empty(), Optional.empty());
        Set<String> dockerfileFolders = new TreeSet<>(buildFolders);
        boolean rootDockerfile = false;
        for (String path : dockerfiles) {
            if (FileRoles.classify(path) == FileRole.DEPLOYMENT) {
                dockerfileFolders.add(DeployableCandidates.folderOf(path));
                rootDockerfile |= !path.contains("/");
            }
        }
        Set<String> databases = DatabaseImages.folders(findings);
        dockerfileFolders.removeAll(databases);
        dockerfileFolders.removeAll(DatabaseImages.initializers(findings, databases));
        rootDockerfile &= !databases.contains("");
        dockerfileFolders.removeAll(DeployableFolders.toolImages(findings, buildFolders, dockerfileFolders));
        dockerfileFolders.removeAll(DeployableFolders.serviceTemplates(findings));
        Set<String> modules = DeployableCandidates.entryModules(paths, markers.stream()
                .filter(ComponentMarker.EntryPoint.class::isInstance).map(ComponentMarker.EntryPoint.class::cast).toList());
        boolean rootDeployable = rootDockerfile || dockerfileFolders.contains("") || modules.contains("");
        Set<String> namedPackaging = DeployableFolders.namedForModules(dockerfiles, dockerfileFolders, modules);
        dockerfileFolders.removeAll(namedPackaging);
        Map<String, String> packaging = DeployableFolders.packaging(findings, buildFolders, dockerfileFolders, modules);
        dockerfileFolders.removeAll(packaging.keySet());
        Set<String> rootPackaging = DeployableFolders.packagingTheRoot(dockerfileFolders, modules);
        dockerfileFolders.removeAll(rootPackaging);
        namedPackaging.addAll(rootPackaging);
        NavigableSet<String> deployables = new TreeSet<>(dockerfileFolders);
        deployables.addAll(modules);
        dockerfileFolders.stream().filter(folder -> !folder.isEmpty()).map(folder -> DeployableFolders.owningFolder(folder, deployables))
                .distinct().forEach(this::addFolder);
        // cmd/podinfo in the repository podinfo, built by the root's Dockerfile, is the root's own program
        List<String> newModules = modules.stream().filter(folder -> !folder.isEmpty() && enclosing(folder).isEmpty())
                .filter(folder -> !(rootDeployable && name(DeployableFolders.meaningfulSegment(folder)).equals(rootName))).toList();
        if (!(rootDockerfile && modules.size() == 1)) {
            newModules.forEach(this::addFolder);
        }
        packaging.forEach((folder, module) -> enclosing(module).ifPresent(c -> placements.add(new Placement(folder, c))));
        List<DeployableCandidates.Workload> workloads = DeployableCandidates.workloads(paths, findings);
        long workloadNames = workloads.stream().map(DeployableCandidates.Workload::name).distinct().count();
        for (DeployableCandidates.Workload workload : workloads) {
            place(workload, rootDeployable && workloadNames == 1);
        }
        List<DeployableCandidates.Chart> charts = DeployableCandidates.charts(findings);
        for (DeployableCandidates.Chart chart : charts) {
            place(chart.name(), chart.folder(), chart.images(), true, rootDeployable && charts.size() == 1, Optional.empty());
        }
        goInternalPackages();
        namedDockerfiles(namedPackaging);
        ProjectReferences.libraryOwners(markers, this::enclosing)
                .forEach((library, owner) -> placements.add(new Placement(library, owner)));
    }

    /**
     * {@code order.dockerfile}, {@code Dockerfile.order} in the root beside the modules it builds
     * (spring-kotlin-microservices-reference copies {@code order-service/build/libs/…jar}): the Dockerfile of the
     * component named order or order-service; so is one in a packaging folder at the root ({@code
     * docker/gateway-service.Dockerfile} beside {@code docker/base-build.Dockerfile}, which stays the repository's).
     */
    private void namedDockerfiles(Set<String> packagingFolders) {
        for (String path : dockerfiles) {
            if (path.indexOf('/') >= 0 && !packagingFolders.contains(DeployableCandidates.folderOf(path))) {
                continue;
            }
            DeployableFolders.namedFor(path).flatMap(matches::componentNamedLike)
                    .ifPresent(component -> placements.add(new Placement(path, component)));
        }
    }

    /**
     * Go's project layout keeps the private code of the program {@code cmd/barista} in {@code internal/barista}
     * (go-coffeeshop): that folder is the program's too, unless another component already holds it.
     */
    private void goInternalPackages() {
        for (Component component : List.copyOf(components.subList(1, components.size()))) {
            String folder = component.folder();
            int cmd = folder.equals("cmd") ? -1 : folder.startsWith("cmd/") ? 0 : folder.lastIndexOf("/cmd/") + 1;
            if (cmd < 0 || cmd == 0 && !folder.startsWith("cmd/") || folder.indexOf('/', cmd + 4) >= 0) {
                continue;
            }
            String internal = folder.substring(0, cmd) + "internal/" + folder.substring(cmd + 4);
            boolean placed = placements.stream().anyMatch(p -> p.folder().equals(internal)) || enclosing(internal).isPresent();
            if (!placed && paths.stream().anyMatch(path -> below(path, internal))) {
                placements.add(new Placement(internal, component));
            }
        }
    }

    private void fromCatalog(List<ComponentMarker.CatalogComponent> catalog) {
        List<ComponentMarker.CatalogSystem> systems = markers.stream().filter(ComponentMarker.CatalogSystem.class::isInstance)
                .map(ComponentMarker.CatalogSystem.class::cast).toList();
        Optional<ComponentMarker.CatalogSystem> onlySystem = systems.size() == 1 ? Optional.of(systems.get(0)) : Optional.empty();
        Optional<String> system = onlySystem.map(ComponentMarker.CatalogSystem::name);
        systems.forEach(declared -> declared.domain().ifPresent(domain -> domains.put(declared.name(), domain)));
        Map<ComponentMarker.CatalogComponent, String> folders = new LinkedHashMap<>();
        catalog.forEach(component -> folders.put(component, folderOf(component)));
        List<ComponentMarker.CatalogComponent> ordered = new ArrayList<>(folders.keySet());
        ordered.sort(Comparator.comparing((ComponentMarker.CatalogComponent c) -> !folders.get(c).isEmpty()));
        if (folders.get(ordered.get(0)).isEmpty()) {
            ComponentMarker.CatalogComponent root = ordered.remove(0);
            add(name(root.name()).isEmpty() ? rootName : name(root.name()), "", root.system().or(() -> system), root.owner());
        } else {
            add(rootName, "", system, onlySystem.flatMap(ComponentMarker.CatalogSystem::owner));
        }
        for (ComponentMarker.CatalogComponent component : ordered) {
            add(name(component.name()), folders.get(component), component.system().or(() -> system), component.owner());
        }
        for (DeployableCandidates.Workload workload : DeployableCandidates.workloads(paths, findings)) {
            matches.matching(workload).ifPresent(match -> join(workload.name(), workload.folder(), workload.ownFolder(), match));
        }
        for (DeployableCandidates.Chart chart : DeployableCandidates.charts(findings)) {
            matches.matching(chart.name(), chart.images()).ifPresent(match -> join(chart.name(), chart.folder(), true, match));
        }
    }

    /** A catalog component lives where its source location points, when that folder exists here. */
    private String folderOf(ComponentMarker.CatalogComponent component) {
        return component.sourceFolders().stream()
                .filter(folder -> paths.stream().anyMatch(path -> below(path, folder)))
                .findFirst().orElse(component.folder());
    }

    private void place(DeployableCandidates.Workload workload, boolean onlyOneOfRoot) {
        place(workload.name(), workload.folder(), workload.images(), workload.ownFolder(), onlyOneOfRoot,
                matches.labelled(workload.appLabel()));
    }

    /**
     * A workload or chart joins the component it is named after, or whose image it runs; else it may be one, unless
     * every image it runs is infrastructure (eShopOnAbp's charts rabbitmq, redis and mongodb run {@code rabbitmq:…},
     * {@code redis:alpine}, {@code mongo:…}): like a database's Dockerfile folder, that is the system's, no component.
     */
    private void place(String workload, String folder, List<String> images, boolean ownFolder, boolean onlyOneOfRoot,
                       Optional<Component> labelledFor) {
        Optional<Component> match = matches.matching(workload, images).or(() -> labelledFor);
        if (match.isPresent()) {
            join(workload, folder, ownFolder, match.get());
        } else if (ownFolder && !onlyOneOfRoot
                && (images.isEmpty() || !images.stream().allMatch(image -> ContainerImages.roleOf(image).isPresent()))) {
            Optional<Component> enclosing = enclosing(folder);
            byWorkload.putIfAbsent(name(workload), enclosing.orElseGet(() -> addNamed(workload, folder)));
        }
    }

    private void join(String workload, String folder, boolean ownFolder, Component component) {
        byWorkload.putIfAbsent(name(workload), component);
        boolean inside = component.folder().isEmpty() || folder.equals(component.folder())
                || below(folder, component.folder());
        if (ownFolder && !inside && enclosing(folder).isEmpty()) {
            placements.add(new Placement(folder, component));
        }
    }

    /** The innermost component other than the root whose folder holds {@code folder}. */
    private Optional<Component> enclosing(String folder) {
        for (; placementsIndexed < placements.size(); placementsIndexed++) {
            firstPlacedByFolder.putIfAbsent(placements.get(placementsIndexed).folder(),
                    placements.get(placementsIndexed).component());
        }
        // the folder, then each folder holding it, innermost first (a look-up each instead of a pass over the placements)
        for (String holder = folder; !holder.isEmpty(); holder = holder.substring(0, Math.max(0, holder.lastIndexOf('/')))) {
            Component placed = firstPlacedByFolder.get(holder);
            if (placed != null) {
                return Optional.of(placed);
            }
        }
        return Optional.empty();
    }

    private void addFolder(String folder) {
        String candidate = name(programName(folder));
        add(candidate.isEmpty() || taken.contains(candidate) ? name(folder) : candidate, folder, Optional.empty(),
                Optional.empty());
    }

    /**
     * {@code app/order/cmd/api} is order's api program: where programs of one name sit under several services' {@code
     * cmd} folders (api, rpc under order, payment …), each is named with its service.
     */
    private String programName(String folder) {
        String own = DeployableFolders.meaningfulSegment(folder);
        String[] segments = folder.split("/");
        int n = segments.length;
        if (n < 3 || !segments[n - 2].equals("cmd") || !segments[n - 1].equals(own)) {
            return own;
        }
        String service = segments[n - 3];
        String program = "/cmd/" + own + "/";
        String mine = folder + "/";
        boolean ambiguous = paths.stream().anyMatch(path -> path.contains(program) && !path.startsWith(mine));
        return ambiguous && !name(own).startsWith(name(service)) ? service + "-" + own : own;
    }

    private Component addNamed(String preferred, String folder) {
        String candidate = name(preferred);
        return add(candidate.isEmpty() || taken.contains(candidate) ? name(folder) : candidate, folder, Optional.empty(),
                Optional.empty());
    }

    private Component add(String candidate, String folder, Optional<String> system, Optional<String> owner) {
        String unique = candidate;
        for (int n = 2; unique.isEmpty() || taken.contains(unique); n++) {
            unique = (candidate.isEmpty() ? "component" : candidate) + "-" + n;
        }
        taken.add(unique);
        Component component = new Component(unique, folder, system, owner, system.map(domains::get));
        components.add(component);
        placements.add(new Placement(folder, component));
        return component;
    }
}
