package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ComponentLayout.below;
import static dev.scaleprojection.ingest.domain.ComponentLayout.name;

import dev.scaleprojection.domain.ContainerImages;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which folder a deployable stands for ({@link ComponentAssembly}): the folders that name no component (src, docker,
 * k8s …), a Dockerfile folder that packages a module (running its jar, or named as it in a packaging folder) or builds a
 * tool rather than a service, and the service folder
 * that owns a deployable module or its packaging folder.
 */
final class DeployableFolders {

    private static final Set<String> GENERIC_FOLDERS = Set.of("src", "source", "app", "docker", ".docker", "container",
            "containers", "deploy", "deployment", "image", "k8s", "kubernetes", "chart", "helm", "base", "service");

    /** Folders that only hold a service's container build, next to the service's code. */
    private static final Set<String> PACKAGING_FOLDERS = Set.of("docker", ".docker", "dockerfiles", "container", "containers",
            "deploy", "deployment");

    private static final java.util.regex.Pattern NAMED_DOCKERFILE = java.util.regex.Pattern.compile(
            "(?i)([\\w-]+)\\.dockerfile|dockerfile[.-]([\\w-]+)");

    /**
     * An argument that picks a folder in a command's path, {@code dist/services/${SERVICE_NAME}/main.js}; not one handed
     * to the program ({@code envsubst '$OTEL_SERVICE_NAME'}).
     */
    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("/\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    /** Words of an argument that names the service an image is built for. */
    private static final Set<String> SERVICE_WORDS = Set.of("service", "app", "application", "project", "module", "package");

    /** The environments a packaging folder keeps apart: {@code docker/development}, {@code docker/production}. */
    private static final Set<String> ENVIRONMENTS = Set.of("dev", "development", "local", "prod", "production", "staging");

    private DeployableFolders() {
    }

    /** Whether a folder of this name names no component: {@code src}, {@code docker}, {@code k8s} … */
    static boolean isGeneric(String segment) {
        return GENERIC_FOLDERS.contains(segment);
    }

    /**
     * A Dockerfile folder that is no module itself and whose image runs the jar of exactly one module deploys that
     * module (mall's {@code document/sh}, running {@code mall-admin-1.0-SNAPSHOT.jar}): by folder, the module it joins.
     */
    static Map<String, String> packaging(Collection<Finding> findings, Collection<String> buildFolders, Set<String> dockerfileFolders,
                                         Set<String> modules) {
        Map<String, String> packaging = new TreeMap<>();
        DeployableCandidates.runJars(findings).forEach((folder, jar) -> {
            if (folder.isEmpty() || !dockerfileFolders.contains(folder) || modules.contains(folder)
                    || buildFolders.contains(folder)) {
                return;
            }
            List<String> runs = modules.stream().filter(m -> !m.isEmpty() && name(meaningfulSegment(m)).equals(name(jar)))
                    .toList();
            if (runs.size() == 1) {
                packaging.put(folder, runs.get(0));
            }
        });
        for (String folder : dockerfileFolders) {
            named(folder, modules).filter(module -> !packaging.containsKey(folder) && !modules.contains(folder))
                    .ifPresent(module -> packaging.put(folder, module));
        }
        return packaging;
    }

    /**
     * {@code docker/server/Dockerfile} beside the module {@code server} (conductor's docker/server and docker/ui): a
     * Dockerfile in a packaging folder at the root, in a folder named as exactly one module with an entry point, packages
     * that module.
     */
    private static java.util.Optional<String> named(String folder, Set<String> modules) {
        String[] segments = folder.split("/");
        if (segments.length < 2) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (!PACKAGING_FOLDERS.contains(segments[i].toLowerCase(Locale.ROOT))) {
                return java.util.Optional.empty();
            }
        }
        String packaged = name(segments[segments.length - 1]);
        List<String> named = modules.stream().filter(m -> !m.isEmpty() && name(meaningfulSegment(m)).equals(packaged)).toList();
        return named.size() == 1 ? java.util.Optional.of(named.get(0)) : java.util.Optional.empty();
    }

    /** {@code order.dockerfile}, {@code Dockerfile.order} or {@code Dockerfile-order}: the service a Dockerfile is named for. */
    static java.util.Optional<String> namedFor(String path) {
        java.util.regex.Matcher named = NAMED_DOCKERFILE.matcher(path.substring(path.lastIndexOf('/') + 1));
        return named.matches() ? java.util.Optional.of(named.group(1) != null ? named.group(1) : named.group(2))
                : java.util.Optional.empty();
    }

    /**
     * A packaging folder at the root whose Dockerfiles are each named for exactly one module with an entry point,
     * go-coffeeshop's {@code docker/Dockerfile-barista} beside {@code cmd/barista}: it packages those modules and is no
     * component of its own.
     */
    static Set<String> namedForModules(Collection<String> dockerfilePaths, Set<String> dockerfileFolders, Set<String> modules) {
        Set<String> folders = new TreeSet<>();
        for (String folder : dockerfileFolders) {
            if (folder.isEmpty() || !java.util.Arrays.stream(folder.split("/"))
                    .allMatch(segment -> PACKAGING_FOLDERS.contains(segment.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            List<String> dockerfiles = dockerfilePaths.stream().filter(path -> DeployableCandidates.folderOf(path).equals(folder))
                    .toList();
            if (!dockerfiles.isEmpty() && dockerfiles.stream().allMatch(path -> namedFor(path)
                    .filter(name -> modulesNamed(name, modules) == 1).isPresent())) {
                folders.add(folder);
            }
        }
        return folders;
    }

    private static long modulesNamed(String named, Set<String> modules) {
        String stem = SelfCalls.stem(named);
        return modules.stream().filter(module -> !module.isEmpty())
                .map(module -> name(meaningfulSegment(module)))
                .filter(module -> SelfCalls.stem(module).equals(stem) || module.endsWith("-" + name(named))).count();
    }

    /**
     * A packaging folder at the root, {@code docker/} with its Dockerfile and Compose file (healthchecks, mealie: {@code
     * context: ..}, {@code dockerfile: docker/Dockerfile}), packages the repository itself: it is no component of its own;
     * nor is its folder of one environment, documenso's {@code docker/development} (its Compose file and images).
     */
    static Set<String> packagingTheRoot(Set<String> dockerfileFolders, Set<String> modules) {
        Set<String> folders = new TreeSet<>();
        for (String folder : dockerfileFolders) {
            String[] segments = folder.toLowerCase(Locale.ROOT).split("/");
            boolean packaging = PACKAGING_FOLDERS.contains(segments[0])
                    && (segments.length == 1 || segments.length == 2 && ENVIRONMENTS.contains(segments[1]));
            if (packaging && !modules.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /**
     * Folders whose Dockerfiles each build whichever service a build argument names — the command runs {@code node
     * dist/services/${SERVICE_NAME}/src/main.js} (a NestJS monorepo's {@code infra/docker/Dockerfile.nestjs-service}):
     * the template every service's build uses, no deployable of its own. {@code java -jar ${JAR_FILE}} names a file.
     */
    static Set<String> serviceTemplates(Collection<Finding> findings) {
        Set<String> templates = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(DockerfileDetector.DOCKERFILE)) {
                (namesServiceByArgument(finding.attribute("entrypoint")) ? templates : others)
                        .add(DeployableCandidates.folderOf(finding.path()));
            }
        }
        templates.removeAll(others);
        return templates;
    }

    /** Whether a command names the service it runs by a build argument ({@code ${SERVICE_NAME}}). */
    static boolean namesServiceByArgument(String command) {
        java.util.regex.Matcher argument = ARGUMENT.matcher(command);
        while (command.indexOf('$') >= 0 && argument.find()) {
            List<String> words = Identifiers.words(argument.group(1).toLowerCase(Locale.ROOT));
            String last = Identifiers.last(words);
            if (words.stream().anyMatch(SERVICE_WORDS::contains) && (SERVICE_WORDS.contains(last) || last.equals("name"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folders inside another deployable's whose Dockerfiles build a tool, not a service: no command, no exposed port, a
     * base image that runs nothing of its own (opentelemetry-demo's {@code src/checkout/genproto/Dockerfile} builds the
     * protobuf generator of checkout), and no Compose service builds them. They are the enclosing deployable's.
     */
    static Set<String> toolImages(Collection<Finding> findings, Collection<String> buildFolders, Set<String> dockerfileFolders) {
        Set<String> tools = new TreeSet<>();
        Set<String> runners = new TreeSet<>(buildFolders);
        for (Finding finding : findings) {
            if (finding.kind().equals(DockerfileDetector.DOCKERFILE)) {
                String folder = DeployableCandidates.folderOf(finding.path());
                boolean tool = finding.attribute("entrypoint").isEmpty() && finding.attribute("exposedPorts").isEmpty()
                        && ContainerImages.roleOf(finding.attribute("baseImage")).isEmpty();
                (tool ? tools : runners).add(folder);
            }
        }
        tools.removeAll(runners);
        tools.removeIf(folder -> dockerfileFolders.stream().noneMatch(other -> !other.equals(folder)
                && (other.isEmpty() || below(folder, other))));
        return tools;
    }

    /**
     * {@code customer-service/customer-service-main} is the deployable module of {@code customer-service}, whose
     * other modules (domain, persistence, web) it assembles: the service's folder is the component's, when no other
     * deployable lives in it. So is the folder whose {@code docker/} subfolder holds the Dockerfile (fastapi-microservices'
     * {@code users/docker}), when nothing else deployable lives in it but that folder's own module.
     */
    static String owningFolder(String folder, NavigableSet<String> deployableFolders) {
        String parent = DeployableCandidates.folderOf(folder);
        if (parent.isEmpty()) {
            return folder;
        }
        String own = folder.substring(folder.lastIndexOf('/') + 1);
        String service = name(parent.substring(parent.lastIndexOf('/') + 1));
        boolean module = name(own).startsWith(service + "-");
        // the folders below the parent sort together, from parent + "/" up to parent + "0" ('0' follows '/'): a range
        // of the sorted set, not a pass over every deployable for every Dockerfile folder
        SortedSet<String> inside = deployableFolders.subSet(parent + "/", parent + "0");
        boolean alone = deployableFolders.contains(parent) ? inside.isEmpty() : holdsOne(inside);
        // users/docker/backend.dockerfile packages users, its module (requirements.txt, app/main.py) or not
        boolean packaging = PACKAGING_FOLDERS.contains(own.toLowerCase(Locale.ROOT))
                && inside.stream().allMatch(other -> other.equals(folder));
        return module && alone || packaging ? parent : folder;
    }

    /** Whether the set holds exactly one element, told from its first two: counting a range of a tree walks all of it. */
    private static boolean holdsOne(SortedSet<String> set) {
        Iterator<String> elements = set.iterator();
        if (!elements.hasNext()) {
            return false;
        }
        elements.next();
        return !elements.hasNext();
    }

    /** {@code src/cartservice/src} is the cart service: folders such as src or docker name no component. */
    static String meaningfulSegment(String folder) {
        String[] segments = folder.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!GENERIC_FOLDERS.contains(segments[i].toLowerCase(Locale.ROOT))) {
                return segments[i];
            }
        }
        return segments[segments.length - 1];
    }
}
