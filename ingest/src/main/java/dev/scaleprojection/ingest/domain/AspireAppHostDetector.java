package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A .NET Aspire AppHost ({@code DistributedApplication.CreateBuilder}) describes how the system's processes run together,
 * as a Compose file does: one {@code deployment.aspire-resource} per application it adds, at the line of the call —
 * {@code builder.AddProject<Projects.Basket_API>("basket-api")} with {@code project} (the generated type, which the
 * layout matches to its .csproj), or an app built from a folder ({@code AddNpmApp("web", "../web")}) with {@code
 * appPath} — so the fact joins that application's component (it places none: the AppHost is code, which a rescan of
 * other files does not read). Attributes: service, project or appPath, dependsOn (the
 * resources it references or waits for: {@code .WithReference(redis)}, {@code .WaitFor(rabbitMq)}, by their names) and
 * replicas. Backing resources (AddRedis, AddPostgres, AddDatabase, …) give no fact of their own; they are named in dependsOn.
 */
public final class AspireAppHostDetector implements Detector {

    public static final String ASPIRE_RESOURCE = "deployment.aspire-resource";
    /** The attribute naming the AppHost's generated project type, which the layout resolves to the project's folder. */
    public static final String PROJECT_ATTRIBUTE = "project";
    /** The attribute naming the folder an app is built from, repository-relative. */
    public static final String APP_PATH_ATTRIBUTE = "appPath";

    private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:var\\s+(\\w+)\\s*=\\s*)?(\\w+)\\s*\\.\\s*(Add\\w+)\\s*"
            + "(?:<\\s*([\\w.]+)\\s*>)?\\s*\\(\\s*\"([^\"]+)\"(?:\\s*,\\s*(?:\\w+\\s*:\\s*)?\"([^\"]+)\")?");
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(\\w+)\\s*\\.");
    private static final Pattern REFERENCE = Pattern.compile("\\.\\s*(?:WithReference|WaitFor|WaitForCompletion)\\s*\\(\\s*(\\w+)\\s*[,)]");
    private static final Pattern REPLICAS = Pattern.compile("\\.\\s*WithReplicas\\s*\\(\\s*(\\d+)\\s*\\)");
    /** Apps built from a folder given as the second argument. */
    private static final Set<String> FOLDER_APPS = Set.of("AddNpmApp", "AddNodeApp", "AddJavaScriptApp", "AddViteApp",
            "AddPythonApp", "AddUvicornApp", "AddDockerfile", "AddGolangApp", "AddJavaApp", "AddSpringApp");

    /** A resource the AppHost adds; applications collect what they reference. */
    private static final class Resource {
        final String name;
        final int offset;
        final Map<String, String> location;
        final List<String> dependsOn = new ArrayList<>();
        String replicas = "";

        Resource(String name, int offset, Map<String, String> location) {
            this.name = name;
            this.offset = offset;
            this.location = location;
        }

        boolean isApplication() {
            return !location.isEmpty();
        }
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.language() != Language.CSHARP || !file.content().contains("DistributedApplication")) {
            return List.of();
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        Map<String, Resource> byVariable = new LinkedHashMap<>();
        List<Resource> resources = new ArrayList<>();
        String text = code.get().uncommented();
        for (int[] statement : statements(code.get().code())) {
            String body = text.substring(statement[0], statement[1]);
            Matcher declaration = DECLARATION.matcher(body);
            Resource subject;
            if (declaration.find()) {
                subject = new Resource(declaration.group(5), statement[0] + declaration.start(3),
                        location(file, declaration.group(3), declaration.group(4), declaration.group(6)));
                resources.add(subject);
                if (declaration.group(1) != null) {
                    byVariable.put(declaration.group(1), subject);
                }
            } else {
                Matcher named = SUBJECT.matcher(body);
                subject = named.find() ? byVariable.get(named.group(1)) : null;
            }
            if (subject != null && subject.isApplication()) {
                references(body, subject, byVariable);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource resource : resources) {
            if (resource.isApplication()) {
                findings.add(finding(code.get(), resource));
            }
        }
        return List.copyOf(findings);
    }

    private static Map<String, String> location(SourceFile file, String method, String type, String folder) {
        if (method.equals("AddProject") && type != null) {
            return Map.of(PROJECT_ATTRIBUTE, Regexes.replaceFirst(type, "^Projects\\.", ""));
        }
        if (FOLDER_APPS.contains(method) && folder != null) {
            return ComposeDetector.resolve(file.folder(), folder.replace('\\', '/'))
                    .map(path -> Map.of(APP_PATH_ATTRIBUTE, path)).orElse(Map.of());
        }
        return Map.of();
    }

    private static void references(String body, Resource subject, Map<String, Resource> byVariable) {
        Matcher reference = REFERENCE.matcher(body);
        while (reference.find()) {
            Resource referenced = byVariable.get(reference.group(1));
            if (referenced != null && referenced != subject && !subject.dependsOn.contains(referenced.name)) {
                subject.dependsOn.add(referenced.name);
            }
        }
        Matcher replicas = REPLICAS.matcher(body);
        if (replicas.find()) {
            subject.replicas = replicas.group(1);
        }
    }

    private static Finding finding(CodeFile file, Resource resource) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("service", resource.name);
        attributes.putAll(resource.location);
        if (!resource.dependsOn.isEmpty()) {
            attributes.put("dependsOn", String.join(",", resource.dependsOn));
        }
        if (!resource.replicas.isEmpty()) {
            attributes.put("replicas", resource.replicas);
        }
        Finding located = file.finding(ASPIRE_RESOURCE, resource.offset, "resources." + resource.name, attributes);
        return new Finding(located.kind(), Finding.DEPLOYMENT_DESCRIPTOR, located.path(), located.startLine(), located.endLine(),
                located.snippet(), located.anchor(), located.attributes());
    }

    /** The statements of blanked code, as [start, end) ranges: split at ';', '{' and '}' outside parentheses. */
    private static List<int[]> statements(String code) {
        List<int[]> statements = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ';' || c == '{' || c == '}')) {
                statements.add(new int[] {start, i});
                start = i + 1;
            }
        }
        statements.add(new int[] {start, code.length()});
        return statements;
    }
}
