package dev.scaleprojection.ingest.domain;

import dev.scaleprojection.domain.ContainerImages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Compose file gives one {@code deployment.compose-service} per service (at the line of its key) with its image,
 * build context, ports, dependencies, replicas and volumes; and one {@code endpoint.configured} per environment entry
 * (map or KEY=VALUE list) whose value is an endpoint, {@code ${VAR:-default}} counting as its default. A service built
 * from a folder carries {@code buildPath}, the repository-relative folder, so its facts can join that component; one
 * that runs code of the tree mounted into its container carries that folder as {@code sourcePath}.
 */
public final class ComposeDetector implements Detector {

    /** The folder of the tree a service runs its code from, mounted into a runner image ({@link #sourcePath}). */
    public static final String SOURCE_PATH = "sourcePath";
    public static final String COMPOSE_SERVICE = "deployment.compose-service";
    private static final Pattern COMPOSE_NAME = Pattern.compile("(?i)(docker-)?compose.*\\.ya?ml");
    private static final Set<String> SERVICE_KEYS = Set.of("image", "build");

    private final YamlParser yaml;

    public ComposeDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    public static boolean isComposeFile(String path) {
        return COMPOSE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.DEPLOYMENT || !isComposeFile(file.path())) {
            return List.of();
        }
        List<TreeNode> documents = yaml.parseAll(file.content());
        if (documents.isEmpty() || !(documents.get(0) instanceof TreeNode.Mapping root)) {
            return List.of();
        }
        Optional<TreeNode> declared = root.get("services");
        String prefix = declared.isPresent() ? "services." : "";
        TreeNode services = declared.orElse(root);
        if (!(services instanceof TreeNode.Mapping serviceMap)) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        for (TreeNode.Entry entry : serviceMap.entries()) {
            if (entry.value() instanceof TreeNode.Mapping service
                    && (declared.isPresent() || service.entries().stream().anyMatch(e -> SERVICE_KEYS.contains(e.key())))) {
                findings.addAll(service(file, lines, prefix + entry.key(), entry, service));
            }
        }
        return List.copyOf(findings);
    }

    private static List<Finding> service(SourceFile file, LexedSource lines, String anchor, TreeNode.Entry entry,
                                         TreeNode.Mapping service) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("service", entry.key());
        service.scalar("image").ifPresent(image -> attributes.put("image", image));
        Optional<String> context = buildContext(service);
        context.ifPresent(build -> attributes.put("build", build));
        Optional<String> buildPath = context.flatMap(build -> resolve(file.folder(), build))
                .flatMap(folder -> dockerfileFolder(service).map(dockerfile -> resolve(folder, dockerfile))
                        .orElse(Optional.of(folder)));
        buildPath.ifPresent(path -> attributes.put("buildPath", path));
        sourcePath(file.folder(), service).ifPresent(path -> attributes.put(SOURCE_PATH, path));
        putList(attributes, "ports", service.get("ports"), "published", "target");
        putList(attributes, "dependsOn", service.get("depends_on"));
        service.get("deploy").filter(TreeNode.Mapping.class::isInstance)
                .flatMap(deploy -> ((TreeNode.Mapping) deploy).scalar("replicas")).or(() -> service.scalar("scale"))
                .ifPresent(replicas -> attributes.put("replicas", replicas));
        putList(attributes, "volumes", service.get("volumes"), "source", "target");
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, file.path(), entry.line(), entry.line(),
                Snippets.lines(lines, entry.line(), entry.line()), anchor, attributes));
        service.get("environment").ifPresent(environment -> {
            for (ConfigEntry variable : variables(environment)) {
                ConfiguredEndpointDetector.endpoint(variable.key(), variable.value()).ifPresent(endpoint -> {
                    Map<String, String> endpointAttributes = new LinkedHashMap<>(endpoint);
                    endpointAttributes.put("service", entry.key());
                    buildPath.ifPresent(path -> endpointAttributes.put("buildPath", path));
                    findings.add(new Finding(ConfiguredEndpointDetector.CONFIGURED, Finding.DEPLOYMENT_DESCRIPTOR,
                            file.path(), variable.line(), variable.line(), Snippets.lines(lines, variable.line(), variable.line()),
                            anchor + ".environment." + variable.key(), endpointAttributes));
                });
            }
        });
        return findings;
    }

    /**
     * The folder of the tree a service runs its code from when its image is only a runner: its {@code working_dir} lies
     * in a folder of the tree mounted into the container ({@code volumes: [./internal:/internal]},
     * {@code working_dir: /internal/trainer} runs {@code internal/trainer}, wild-workouts-go-ddd-example).
     */
    static Optional<String> sourcePath(String folder, TreeNode.Mapping service) {
        return mountedWorkingDir(folder, service).or(() -> settingsFolder(folder, service));
    }

    private static Optional<String> mountedWorkingDir(String folder, TreeNode.Mapping service) {
        Optional<String> workingDir = service.scalar("working_dir").map(String::strip).filter(dir -> dir.startsWith("/"));
        Optional<TreeNode> volumes = service.get("volumes");
        if (workingDir.isEmpty() || volumes.isEmpty() || !(volumes.get() instanceof TreeNode.Sequence sequence)) {
            return Optional.empty();
        }
        String dir = workingDir.get().endsWith("/") && workingDir.get().length() > 1
                ? workingDir.get().substring(0, workingDir.get().length() - 1) : workingDir.get();
        for (TreeNode item : sequence.items()) {
            String[] mount = item instanceof TreeNode.Scalar scalar ? scalar.value().split(":") : new String[0];
            if (mount.length < 2 || !mount[0].startsWith(".") || !mount[1].startsWith("/")) {
                continue;
            }
            String target = mount[1].length() > 1 && mount[1].endsWith("/") ? mount[1].substring(0, mount[1].length() - 1) : mount[1];
            if (dir.equals(target) || dir.startsWith(target.equals("/") ? "/" : target + "/")) {
                return resolve(folder, mount[0] + "/" + dir.substring(target.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * A service that runs no image of its own build nor infrastructure's, mounts the tree and reads the settings file of
     * one folder of what it mounts ({@code env_file: ../../backend/services/service-1/.env}, {@code volumes:
     * [${PWD}:/app]}, a NestJS monorepo's dev compose) runs that folder's code; an env file beside the compose file names
     * no code, nor does grafana's configuration beside the provisioning it mounts.
     */
    private static Optional<String> settingsFolder(String folder, TreeNode.Mapping service) {
        Optional<TreeNode> envFiles = service.get("env_file");
        if (envFiles.isEmpty() || service.get("build").isPresent()
                || ContainerImages.roleOf(service.scalar("image").orElse("")).isPresent()) {
            return Optional.empty();
        }
        List<TreeNode> items = envFiles.get() instanceof TreeNode.Sequence sequence ? sequence.items() : List.of(envFiles.get());
        Set<String> folders = new TreeSet<>();
        for (TreeNode item : items) {
            Optional<String> path = item instanceof TreeNode.Scalar scalar ? Optional.of(scalar.value())
                    : item instanceof TreeNode.Mapping mapping ? mapping.scalar("path") : Optional.empty();
            path.flatMap(file -> resolve(folder, file)).filter(file -> file.contains("/"))
                    .map(file -> file.substring(0, file.lastIndexOf('/'))).ifPresent(folders::add);
        }
        folders.remove(folder);
        return folders.size() == 1 && mounts(folder, service, folders.iterator().next())
                ? Optional.of(folders.iterator().next()) : Optional.empty();
    }

    /** Whether a volume mounts {@code code} or a folder holding it: a relative host path, or the folder Compose runs in. */
    private static boolean mounts(String folder, TreeNode.Mapping service, String code) {
        Optional<TreeNode> volumes = service.get("volumes");
        if (volumes.isEmpty() || !(volumes.get() instanceof TreeNode.Sequence sequence)) {
            return false;
        }
        for (TreeNode item : sequence.items()) {
            String source = item instanceof TreeNode.Scalar scalar ? scalar.value().split(":")[0] : "";
            if (source.equals("${PWD}") || source.equals("$PWD")) {
                return true;
            }
            Optional<String> mounted = source.startsWith(".") ? resolve(folder, source) : Optional.empty();
            if (mounted.isPresent() && (mounted.get().isEmpty() || code.equals(mounted.get())
                    || code.startsWith(mounted.get() + "/"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> buildContext(TreeNode.Mapping service) {
        Optional<TreeNode> build = service.get("build");
        if (build.isEmpty()) {
            return Optional.empty();
        }
        if (build.get() instanceof TreeNode.Scalar scalar) {
            return Optional.of(scalar.value());
        }
        if (build.get() instanceof TreeNode.Mapping mapping) {
            // build: {args: …} alone only amends the build another compose file defines (docker-compose.windows.yml)
            if (mapping.get("context").isEmpty() && mapping.get("dockerfile").isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(mapping.scalar("context").orElse("."));
        }
        return Optional.empty();
    }

    /**
     * The folder of a Dockerfile named beside the context ({@code context: .}, {@code dockerfile: backend/Dockerfile}): the
     * image is the one that folder defines.
     */
    private static Optional<String> dockerfileFolder(TreeNode.Mapping service) {
        return service.get("build").filter(TreeNode.Mapping.class::isInstance)
                .flatMap(build -> ((TreeNode.Mapping) build).scalar("dockerfile"))
                .filter(dockerfile -> dockerfile.contains("/")).map(dockerfile -> dockerfile.substring(0, dockerfile.lastIndexOf('/')));
    }

    /** Environment as a map ({@code KEY: value}) or a list ({@code - KEY=value}). */
    private static List<ConfigEntry> variables(TreeNode environment) {
        List<ConfigEntry> variables = new ArrayList<>();
        if (environment instanceof TreeNode.Mapping mapping) {
            for (TreeNode.Entry entry : mapping.entries()) {
                if (entry.value() instanceof TreeNode.Scalar scalar) {
                    variables.add(new ConfigEntry(entry.key(), scalar.value(), entry.line()));
                }
            }
        } else if (environment instanceof TreeNode.Sequence sequence) {
            for (TreeNode item : sequence.items()) {
                if (item instanceof TreeNode.Scalar scalar && scalar.value().contains("=")) {
                    int equals = scalar.value().indexOf('=');
                    variables.add(new ConfigEntry(scalar.value().substring(0, equals).strip(),
                            scalar.value().substring(equals + 1).strip(), scalar.line()));
                }
            }
        }
        return variables;
    }

    /** A list attribute: scalars as written, long-syntax mappings as {@code first:second} of the named keys. */
    private static void putList(Map<String, String> attributes, String name, Optional<TreeNode> node, String... longKeys) {
        if (node.isEmpty()) {
            return;
        }
        List<String> values = new ArrayList<>();
        if (node.get() instanceof TreeNode.Sequence sequence) {
            for (TreeNode item : sequence.items()) {
                if (item instanceof TreeNode.Scalar scalar) {
                    values.add(scalar.value());
                } else if (item instanceof TreeNode.Mapping mapping && longKeys.length > 0) {
                    values.add(java.util.Arrays.stream(longKeys).map(mapping::scalar).flatMap(Optional::stream)
                            .collect(Collectors.joining(":")));
                }
            }
        } else if (node.get() instanceof TreeNode.Mapping mapping) {
            mapping.entries().forEach(entry -> values.add(entry.key()));
        } else if (node.get() instanceof TreeNode.Scalar scalar) {
            values.add(scalar.value());
        }
        attributes.put(name, String.join(",", values));
    }

    /** {@code ./orders} next to {@code deploy/compose.yml} is {@code deploy/orders}; URLs and paths leaving the tree are not folders. */
    static Optional<String> resolve(String folder, String context) {
        String lower = context.toLowerCase(Locale.ROOT);
        if (context.startsWith("/") || lower.contains("://") || lower.startsWith("git@") || context.contains("$")) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : (folder.isEmpty() ? context : folder + "/" + context).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
