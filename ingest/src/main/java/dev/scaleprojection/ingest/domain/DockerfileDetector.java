package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile gives one {@code deployment.dockerfile} finding at the final {@code FROM}: the base image the final stage
 * descends from (through {@code FROM <stage>} chains), the stage count, exposed ports, the user it runs as ("root"
 * when no stage of the chain sets one), whether it has a health check, its entrypoint. Each {@code ENV} of the final
 * chain whose value is an endpoint gives an {@code endpoint.configured}. ARG references stay as written.
 */
public final class DockerfileDetector implements Detector {

    public static final String DOCKERFILE = "deployment.dockerfile";
    private static final Pattern FROM = Pattern.compile("^(?:--\\S+\\s+)*(\\S+)(?:\\s+[Aa][Ss]\\s+(\\S+))?.*$");
    private static final Pattern DOCKERFILE_NAME = Pattern.compile(
            "(?i)dockerfile([.-].*)?|.+\\.dockerfile|containerfile(\\..*)?");
    private static final Pattern BACKUP = Pattern.compile("\\.(dockerignore|original|orig|bak|old|backup)$|~$");
    /**
     * A quoted item of an exec-form command, {@code "java"}, and the blanks between words: compiled once, as
     * {@code String.split} compiles a pattern of more than one character on every call.
     */
    private static final Pattern COMMAND_ITEM = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][\\w.-]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S*)");

    private record Stage(String image, Optional<String> alias, DockerInstruction from, List<DockerInstruction> body) {
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    /**
     * A Dockerfile, or a variant of one ({@code Dockerfile.prod}, {@code api.dockerfile}); not a backup copy that no build
     * names ({@code Dockerfile.original}, which Visual Studio's container tools leave beside the Dockerfile they rewrite).
     */
    public static boolean isDockerfile(String path) {
        int nameStart = path.lastIndexOf('/') + 1;
        return mayNameDockerfile(path, nameStart) && DOCKERFILE_NAME.matcher(path.substring(nameStart)).matches()
                && !BACKUP.matcher(path.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether {@link #DOCKERFILE_NAME} may match the name starting at {@code nameStart}: each of its matches starts with
     * "dockerfile" or "containerfile" or ends with ".dockerfile", in any case. Told without a copy of the name, as the
     * layout asks about every path of the repository.
     */
    private static boolean mayNameDockerfile(String path, int nameStart) {
        return path.regionMatches(true, nameStart, "dockerfile", 0, "dockerfile".length())
                || path.regionMatches(true, nameStart, "containerfile", 0, "containerfile".length())
                || path.length() - nameStart > ".dockerfile".length() && path.regionMatches(true,
                path.length() - ".dockerfile".length(), ".dockerfile", 0, ".dockerfile".length());
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.DEPLOYMENT || !isDockerfile(file.path())) {
            return List.of();
        }
        List<Stage> stages = stages(DockerfileParser.parse(file.content()));
        if (stages.isEmpty()) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Stage> chain = chainOf(stages);
        Stage last = stages.get(stages.size() - 1);
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(DOCKERFILE, Finding.DEPLOYMENT_DESCRIPTOR, file.path(), last.from().line(),
                last.from().line(), Snippets.lines(lines, last.from().line(), last.from().line()), "final-stage",
                attributes(stages, chain)));
        for (Stage stage : chain) {
            for (DockerInstruction instruction : stage.body()) {
                if (instruction.keyword().equals("ENV")) {
                    findings.addAll(environment(file, lines, instruction));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static List<Stage> stages(List<DockerInstruction> instructions) {
        List<Stage> stages = new ArrayList<>();
        for (DockerInstruction instruction : instructions) {
            Matcher from = FROM.matcher(instruction.arguments());
            if (instruction.keyword().equals("FROM") && from.matches()) {
                stages.add(new Stage(from.group(1), Optional.ofNullable(from.group(2)).map(a -> a.toLowerCase(Locale.ROOT)),
                        instruction, new ArrayList<>()));
            } else if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).body().add(instruction);
            }
        }
        return stages;
    }

    /** The final stage and the stages it is built FROM, root first. */
    private static List<Stage> chainOf(List<Stage> stages) {
        List<Stage> chain = new ArrayList<>();
        Stage current = stages.get(stages.size() - 1);
        while (current != null && !chain.contains(current) && chain.size() < stages.size()) {
            chain.add(0, current);
            String parent = current.image().toLowerCase(Locale.ROOT);
            int index = stages.indexOf(current);
            current = stages.subList(0, index).stream().filter(s -> s.alias().filter(parent::equals).isPresent())
                    .reduce((a, b) -> b).orElse(null);
        }
        return chain;
    }

    private static Map<String, String> attributes(List<Stage> stages, List<Stage> chain) {
        Set<String> ports = new LinkedHashSet<>();
        String user = null;
        boolean healthcheck = false;
        String entrypoint = null;
        String cmd = null;
        for (Stage stage : chain) {
            for (DockerInstruction instruction : stage.body()) {
                switch (instruction.keyword()) {
                    case "EXPOSE" -> {
                        for (String port : BLANKS.split(instruction.arguments())) {
                            if (!port.isEmpty()) {
                                ports.add(Regexes.replaceFirst(port, "(?i)/tcp$", ""));
                            }
                        }
                    }
                    case "USER" -> user = instruction.arguments();
                    case "HEALTHCHECK" -> healthcheck = !instruction.arguments().toUpperCase(Locale.ROOT).startsWith("NONE");
                    case "ENTRYPOINT" -> entrypoint = commandText(instruction.arguments());
                    case "CMD" -> cmd = commandText(instruction.arguments());
                    default -> {
                    }
                }
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("baseImage", chain.get(0).image());
        attributes.put("stages", Integer.toString(stages.size()));
        attributes.put("exposedPorts", String.join(",", ports));
        attributes.put("user", user == null || user.isBlank() ? "root" : user);
        attributes.put("healthcheck", Boolean.toString(healthcheck));
        String command = entrypoint == null ? cmd : cmd == null ? entrypoint : entrypoint + " " + cmd;
        attributes.put("entrypoint", command == null ? "" : Snippets.of(command));
        return attributes;
    }

    /** Exec form {@code ["java", "-jar", "app.jar"]} becomes {@code java -jar app.jar}; shell form stays. */
    private static String commandText(String arguments) {
        String trimmed = arguments.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            List<String> parts = new ArrayList<>();
            Matcher item = COMMAND_ITEM.matcher(trimmed);
            while (item.find()) {
                parts.add(item.group(1).replace("\\\"", "\""));
            }
            return String.join(" ", parts);
        }
        return trimmed;
    }

    private static List<Finding> environment(SourceFile file, LexedSource lines, DockerInstruction instruction) {
        Map<String, String> variables = new LinkedHashMap<>();
        String arguments = instruction.arguments();
        Matcher pair = ENV_PAIR.matcher(arguments);
        if (Regexes.matches(arguments, "^[A-Za-z_][\\w.-]*\\s+[^=]*$") || !arguments.contains("=")) {
            String[] legacy = BLANKS.split(arguments, 2);
            variables.put(legacy[0], legacy.length > 1 ? legacy[1] : "");
        } else {
            while (pair.find()) {
                variables.put(pair.group(1), Regexes.replaceAll(pair.group(2), "^[\"']|[\"']$", ""));
            }
        }
        List<Finding> findings = new ArrayList<>();
        variables.forEach((name, value) -> ConfiguredEndpointDetector.endpoint(name, value).ifPresent(attributes -> {
            int line = lineNaming(lines, instruction.line(), name);
            findings.add(new Finding(ConfiguredEndpointDetector.CONFIGURED, Finding.DEPLOYMENT_DESCRIPTOR, file.path(),
                    line, line, Snippets.lines(lines, line, line), "ENV." + name, attributes));
        }));
        return findings;
    }

    /** The line of a continued ENV instruction that sets {@code name}. */
    private static int lineNaming(LexedSource lines, int first, String name) {
        Pattern setting = Pattern.compile("(^|\\s)" + Pattern.quote(name) + "(=|\\s)");
        for (int line = first; line <= Math.min(lines.lineCount(), first + 50); line++) {
            if (setting.matcher(lines.line(line)).find()) {
                return line;
            }
        }
        return first;
    }
}
