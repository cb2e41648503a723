package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ComponentLayout.name;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which component of a layout being assembled ({@link ComponentAssembly}) a deployable names: a Kubernetes workload or
 * Helm chart by its name, its images or its app label; a Compose service by the code it builds or mounts, or the image
 * it runs; a Dockerfile by its name. Reads the components and placements so far, changes none.
 */
final class ComponentMatches {

    private final List<Component> components;
    private final Set<String> paths;
    private final Collection<Finding> findings;
    private final Function<String, Optional<Component>> enclosing;
    /**
     * The position of the first component after the root answering to each alias, brought up to date with {@link
     * #components} (which only grows) when read: a workload is matched by a look-up per name, not a pass over them all.
     */
    private final Map<String, Integer> firstAfterRootByAlias = new HashMap<>();
    private int componentsIndexed = 1;

    /** {@code components} is the assembly's own list, read as it grows; {@code enclosing} finds a folder's component. */
    ComponentMatches(List<Component> components, Set<String> paths, Collection<Finding> findings,
                     Function<String, Optional<Component>> enclosing) {
        this.components = components;
        this.paths = paths;
        this.findings = findings;
        this.enclosing = enclosing;
    }

    /**
     * The one component other than the root that {@code name} names, service suffixes aside (order is order-service),
     * or else the one whose name ends with it (gateway is api-gateway).
     */
    Optional<Component> componentNamedLike(String name) {
        String stem = SelfCalls.stem(name);
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        List<Component> named = components.stream().skip(1).filter(c -> SelfCalls.stem(c.name()).equals(stem)).toList();
        if (named.isEmpty()) {
            named = components.stream().skip(1).filter(c -> c.name().endsWith("-" + name(name))).toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * A Compose service that only runs an image joins the component the image is named after: {@code
     * sqshq/piggymetrics-config} runs {@code config}. One whose image only runs code mounted from the tree joins the
     * component of that code ({@code sourcePath}).
     */
    Map<String, Component> composeServices() {
        Map<String, Component> services = new HashMap<>();
        Map<String, Component> builtInFolder = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(ComposeDetector.COMPOSE_SERVICE) && finding.attributes().containsKey("buildPath")) {
                String buildPath = finding.attribute("buildPath");
                String key = finding.path() + "\n" + finding.attribute("service");
                Optional<Component> runs = runsCodeOf(finding);
                if (runs.isPresent()) {
                    services.put(key, runs.get());
                    builtInFolder.putIfAbsent(DeployableCandidates.folderOf(finding.path()) + "\n" + finding.attribute("service"),
                            runs.get());
                    continue;
                }
                enclosing.apply(buildPath).ifPresent(c -> builtInFolder.putIfAbsent(
                        DeployableCandidates.folderOf(finding.path()) + "\n" + finding.attribute("service"), c));
                // built from the root, which has no Dockerfile of its own, with the Dockerfile of the service it is named for
                if (enclosing.apply(buildPath).isEmpty() && !paths.contains(buildPath.isEmpty() ? "Dockerfile" : buildPath + "/Dockerfile")) {
                    componentNamedLike(finding.attribute("service")).ifPresent(c -> services.put(finding.path() + "\n"
                            + finding.attribute("service"), c));
                }
            }
        }
        for (Finding finding : findings) {
            if (!finding.kind().equals(ComposeDetector.COMPOSE_SERVICE) || finding.attributes().containsKey("buildPath")) {
                continue;
            }
            // docker-compose.override.yml sets the environment of a service another file of its folder builds
            Component built = builtInFolder.get(DeployableCandidates.folderOf(finding.path()) + "\n"
                    + finding.attribute("service"));
            if (built != null) {
                services.put(finding.path() + "\n" + finding.attribute("service"), built);
                continue;
            }
            Optional<Component> runs = runsCodeOf(finding);
            if (runs.isPresent()) {
                services.put(finding.path() + "\n" + finding.attribute("service"), runs.get());
                continue;
            }
            if (finding.attribute("image").isEmpty()) {
                continue;
            }
            String image = name(DeployableCandidates.imageName(finding.attribute("image")));
            // the longest name the image ends with: beer-web-admin runs web-admin, not admin
            components.stream().skip(1).filter(c -> matchedLength(c, image) > 0)
                    .max(Comparator.comparingInt((Component c) -> matchedLength(c, image)))
                    .ifPresent(c -> services.put(finding.path() + "\n" + finding.attribute("service"), c));
        }
        return services;
    }

    /**
     * The component whose code a service built as a mere runner runs, mounted from the tree ({@code sourcePath}): the
     * one whose own folder that is, or holds it.
     */
    private Optional<Component> runsCodeOf(Finding service) {
        String source = service.attribute(ComposeDetector.SOURCE_PATH);
        return source.isEmpty() ? Optional.empty() : enclosing.apply(source);
    }

    Optional<Component> matching(DeployableCandidates.Workload workload) {
        return matching(workload.name(), workload.images()).or(() -> labelled(workload.appLabel()));
    }

    /**
     * The component other than the root that a workload's app label names: robot-shop's payment-fix, labelled {@code
     * service: payment}, is a build of payment on trial. A label naming the whole system makes no workload the root's.
     */
    Optional<Component> labelled(String appLabel) {
        String label = name(appLabel == null ? "" : appLabel);
        return label.isEmpty() ? Optional.empty() : firstAfterRootAnswering(Set.of(label));
    }

    Optional<Component> matching(String workload, List<String> images) {
        Set<String> names = new TreeSet<>();
        names.add(name(workload));
        images.forEach(image -> names.add(name(DeployableCandidates.imageName(image))));
        Optional<Component> named = !components.isEmpty() && aliases(components.get(0)).stream().anyMatch(names::contains)
                ? Optional.of(components.get(0)) : firstAfterRootAnswering(names);
        return named.or(() -> Optional.ofNullable(builtServices().get(name(workload))))
                .or(() -> images.stream().map(image -> builtImages().get(DeployableCandidates.imageName(image)))
                        .filter(Objects::nonNull).findFirst());
    }

    /**
     * The images Compose builds, by name, with the component each is built from: a workload running {@code
     * robotshop/rs-load:latest} runs the build of load-gen that Compose tags {@code ${REPO}/rs-load:${TAG}}.
     */
    private Map<String, Component> builtImages() {
        Map<String, Component> built = new HashMap<>();
        for (Finding finding : findings) {
            String image = finding.attribute("image");
            if (finding.kind().equals(ComposeDetector.COMPOSE_SERVICE) && finding.attributes().containsKey("buildPath")
                    && !image.isEmpty()) {
                enclosing.apply(finding.attribute("buildPath"))
                        .ifPresent(component -> built.putIfAbsent(DeployableCandidates.imageName(image), component));
            }
        }
        return built;
    }

    /** The first component after the root, in the order added, answering to one of {@code names}. */
    private Optional<Component> firstAfterRootAnswering(Set<String> names) {
        for (; componentsIndexed < components.size(); componentsIndexed++) {
            for (String alias : aliases(components.get(componentsIndexed))) {
                firstAfterRootByAlias.putIfAbsent(alias, componentsIndexed);
            }
        }
        int first = Integer.MAX_VALUE;
        for (String name : names) {
            first = Math.min(first, firstAfterRootByAlias.getOrDefault(name, Integer.MAX_VALUE));
        }
        return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(components.get(first));
    }

    /**
     * Compose services by name, with the component each is built from: the chart basket-api deploys what the
     * compose service basket-api builds from src/Services/Basket/Basket.API (eShopOnContainers).
     */
    private Map<String, Component> builtServices() {
        Map<String, Component> built = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(ComposeDetector.COMPOSE_SERVICE) && finding.attributes().containsKey("buildPath")) {
                enclosing.apply(finding.attribute("buildPath"))
                        .ifPresent(component -> built.putIfAbsent(name(finding.attribute("service")), component));
            }
        }
        return built;
    }

    private static int matchedLength(Component component, String image) {
        return aliases(component).stream().filter(n -> image.equals(n) || image.endsWith("-" + n))
                .mapToInt(String::length).max().orElse(0);
    }

    /**
     * The names a component answers to: its own, and for a folder named generically, the folder with its parent
     * ({@code app/cart/service} is the component cart, which the workload cart-service runs).
     */
    private static List<String> aliases(Component component) {
        String folder = component.folder();
        int slash = folder.lastIndexOf('/');
        if (slash <= 0 || !DeployableFolders.isGeneric(folder.substring(slash + 1).toLowerCase(Locale.ROOT))) {
            return List.of(component.name());
        }
        String parent = folder.substring(folder.lastIndexOf('/', slash - 1) + 1, slash);
        return List.of(component.name(), name(parent + "-" + folder.substring(slash + 1)));
    }
}
