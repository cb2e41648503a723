package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contracts a component publishes, with the context (module, service folder) that owns the file, so that contexts
 * sharing one contract can be told: {@code contract.openapi} (format openapi|swagger, specVersion, title, version,
 * paths), {@code contract.asyncapi} (title, version, channels), {@code contract.protobuf} (package, services, messages,
 * rpcs), {@code contract.avro} (namespace, name) and {@code contract.json-schema} (a document whose {@code $schema} is
 * a json-schema.org meta-schema; id, title), wherever a path puts them: a YAML file in a folder of its own reads as a
 * deployment descriptor. Files that merely point at a schema ({@code appsettings.json} with a
 * schemastore {@code $schema}) are not contracts, nor are the standard protobuf packages services copy into their trees
 * ({@link #isStandardProtobuf}).
 */
public final class PublishedLanguageDetector implements Detector {

    public static final String OPENAPI = "contract.openapi";
    public static final String ASYNCAPI = "contract.asyncapi";
    public static final String PROTOBUF = "contract.protobuf";
    public static final String AVRO = "contract.avro";
    public static final String JSON_SCHEMA = "contract.json-schema";

    private static final Pattern API_DOCUMENT = Pattern.compile("(?m)^[\\s{]*[\"']?(openapi|swagger|asyncapi)[\"']?\\s*:");
    private static final Pattern META_SCHEMA = Pattern.compile("\"\\$schema\"\\s*:\\s*\"https?://json-schema\\.org/");
    private static final Pattern PROTO_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern PROTO_SERVICE = Pattern.compile("\\bservice\\s+(\\w+)\\s*\\{");
    private static final Pattern PROTO_MESSAGE = Pattern.compile("\\bmessage\\s+\\w+\\s*\\{");
    private static final Pattern PROTO_RPC = Pattern.compile("\\brpc\\s+\\w+\\s*\\(");
    private static final Pattern IDL_NAMESPACE = Pattern.compile("@namespace\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern IDL_PROTOCOL = Pattern.compile("\\bprotocol\\s+(\\w+)");

    private final YamlParser yaml;

    public PublishedLanguageDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    /** Whether a JSON document is a JSON Schema: its {@code $schema} is a json-schema.org meta-schema. */
    static boolean isJsonSchema(String content) {
        return content.contains("json-schema.org/") && META_SCHEMA.matcher(content).find();
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DOCUMENTATION, FileRole.CONFIGURATION, FileRole.DEPLOYMENT, FileRole.OTHER);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        String context = BoundedContexts.ofPath(file.path());
        if (name.endsWith(".proto")) {
            Finding contract = protobuf(file, context);
            boolean configuration = contract.attributes().get("services").isEmpty() && inConfigurationFolder(file.path());
            return configuration || isStandardProtobuf(contract.attributes().getOrDefault("package", "")) ? List.of() : List.of(contract);
        }
        if (name.endsWith(".avsc")) {
            return avroSchema(file, context);
        }
        if (name.endsWith(".avdl")) {
            return avroIdl(file, context);
        }
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return List.of();
        }
        // Each pattern's match holds one of these words; most files hold none and are not searched line by line.
        String content = file.content();
        if ((content.contains("openapi") || content.contains("swagger") || content.contains("asyncapi"))
                && API_DOCUMENT.matcher(content).find()) {
            return apiDocument(file, context, json);
        }
        if (json && isJsonSchema(content)) {
            return jsonSchema(file, context);
        }
        return List.of();
    }

    private List<Finding> apiDocument(SourceFile file, String context, boolean json) {
        List<TreeNode> documents = json ? List.of(JsonTree.parse(file.content())) : yaml.parseAll(file.content());
        if (documents.isEmpty() || !(documents.get(0) instanceof TreeNode.Mapping root)) {
            return List.of();
        }
        Optional<String> format = root.scalar("openapi").map(v -> "openapi").or(() -> root.scalar("swagger").map(v -> "swagger"))
                .or(() -> root.scalar("asyncapi").map(v -> "asyncapi"));
        if (format.isEmpty()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String key = format.get();
        boolean asyncApi = key.equals("asyncapi");
        if (!asyncApi) {
            attributes.put("format", key);
        }
        attributes.put("specVersion", root.scalar(key).orElse(""));
        root.get("info").filter(TreeNode.Mapping.class::isInstance).map(TreeNode.Mapping.class::cast).ifPresent(info -> {
            info.scalar("title").ifPresent(title -> attributes.put("title", title));
            info.scalar("version").ifPresent(version -> attributes.put("version", version));
        });
        String collection = asyncApi ? "channels" : "paths";
        attributes.put(collection, Integer.toString(root.get(collection).filter(TreeNode.Mapping.class::isInstance)
                .map(node -> ((TreeNode.Mapping) node).entries().size()).orElse(0)));
        attributes.put("context", context);
        int line = root.entry(key).map(TreeNode.Entry::line).orElse(1);
        return List.of(finding(file, asyncApi ? ASYNCAPI : OPENAPI, line, attributes));
    }

    private static List<Finding> jsonSchema(SourceFile file, String context) {
        TreeNode root = JsonTree.parse(file.content());
        if (!(root instanceof TreeNode.Mapping mapping) || mapping.scalar("$schema").filter(s -> s.contains("json-schema.org"))
                .isEmpty()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        mapping.scalar("$id").ifPresent(id -> attributes.put("id", id));
        mapping.scalar("title").ifPresent(title -> attributes.put("title", title));
        attributes.put("context", context);
        return List.of(finding(file, JSON_SCHEMA, mapping.entry("$schema").map(TreeNode.Entry::line).orElse(1), attributes));
    }

    /**
     * Packages of the protobuf definitions that gRPC and Google publish for everyone (health checking, reflection, the
     * well-known types, HTTP annotations, status): copied into a service's tree (vendored) they are infrastructure, not a
     * language its contexts agreed on, and the same file in several services would read as a shared kernel.
     */
    private static final List<String> STANDARD_PROTO_PACKAGES = List.of("grpc", "google.protobuf", "google.api", "google.rpc",
            "google.type", "google.longrunning", "validate", "buf.validate");

    static boolean isStandardProtobuf(String packageName) {
        for (String standard : STANDARD_PROTO_PACKAGES) {
            if (packageName.equals(standard) || packageName.startsWith(standard + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A folder named {@code conf}, {@code config} or {@code configs} on the file's path: protobuf there that declares no
     * service is the program's own configuration schema (go-kratos generates {@code internal/conf/conf.proto} with
     * {@code Bootstrap}, {@code Server}, {@code Data} in every service, all in package {@code kratos.api}), read from
     * its config file, not a language contexts exchange messages in.
     */
    private static boolean inConfigurationFolder(String path) {
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("conf") || segments[i].equals("config") || segments[i].equals("configs")) {
                return true;
            }
        }
        return false;
    }

    private static Finding protobuf(SourceFile file, String context) {
        String code = SourceLexer.lex(file.content(), Language.JAVA).code();
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher packageName = PROTO_PACKAGE.matcher(code);
        int line = 1;
        if (packageName.find()) {
            attributes.put("package", packageName.group(1));
            line = LexedSource.lineAt(LexedSource.lineStarts(code), packageName.start(1));
        }
        List<String> services = new ArrayList<>();
        Matcher service = PROTO_SERVICE.matcher(code);
        while (service.find()) {
            services.add(service.group(1));
        }
        attributes.put("services", String.join(",", services));
        attributes.put("messages", Integer.toString(count(PROTO_MESSAGE, code)));
        attributes.put("rpcs", Integer.toString(count(PROTO_RPC, code)));
        attributes.put("context", context);
        return finding(file, PROTOBUF, line, attributes);
    }

    private static List<Finding> avroSchema(SourceFile file, String context) {
        TreeNode root = JsonTree.parse(file.content());
        List<TreeNode> schemas = root instanceof TreeNode.Sequence sequence ? sequence.items() : List.of(root);
        List<Finding> findings = new ArrayList<>();
        for (TreeNode schema : schemas) {
            if (schema instanceof TreeNode.Mapping mapping && mapping.scalar("name").isPresent()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                mapping.scalar("namespace").ifPresent(namespace -> attributes.put("namespace", namespace));
                attributes.put("name", mapping.scalar("name").get());
                mapping.scalar("type").ifPresent(type -> attributes.put("type", type));
                attributes.put("context", context);
                attributes.put("value", attributes.get("name"));
                findings.add(finding(file, AVRO, mapping.entry("name").map(TreeNode.Entry::line).orElse(1), attributes));
            }
        }
        return findings;
    }

    private static List<Finding> avroIdl(SourceFile file, String context) {
        String text = SourceLexer.lex(file.content(), Language.JAVA).uncommented();
        Matcher protocol = IDL_PROTOCOL.matcher(text);
        if (!protocol.find()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher namespace = IDL_NAMESPACE.matcher(text);
        if (namespace.find()) {
            attributes.put("namespace", namespace.group(1));
        }
        attributes.put("name", protocol.group(1));
        attributes.put("type", "protocol");
        attributes.put("context", context);
        int line = LexedSource.lineAt(LexedSource.lineStarts(text), protocol.start(1));
        return List.of(finding(file, AVRO, line, attributes));
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Finding finding(SourceFile file, String kind, int line, Map<String, String> attributes) {
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        return new Finding(kind, Finding.SOURCE_CODE, file.path(), line, line, Snippets.lines(lines, line, line),
                attributes.getOrDefault("value", ""), attributes);
    }
}
