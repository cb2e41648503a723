package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file says about where names come from: the package or namespace it declares, and for each imported name the
 * module it comes from, as segments: {@code import com.acme.customers.Customer;} gives Customer → [com, acme,
 * customers]; Python and TypeScript relative imports are resolved against the file's folder into repository path
 * segments ({@code from ..customers.models import Customer} in {@code shop/orders/models.py} gives [shop, customers,
 * models]). C# {@code using} directives give namespaces only.
 */
final class Imports {

    private static final LineStartMatches JVM_PACKAGE = new LineStartMatches("package", "package\\s+([\\w.]+)");
    private static final LineStartMatches CSHARP_NAMESPACE = new LineStartMatches("namespace", "namespace\\s+([\\w.]+)");
    private static final LineStartMatches JVM_IMPORT = new LineStartMatches("import",
            "import\\s+(?:static\\s+)?([\\w.]+)\\.(\\w+)(?:\\s+as\\s+(\\w+))?");
    private static final Pattern CSHARP_USING = Pattern.compile("(?m)^\\s*(?:global\\s+)?using\\s+(?:static\\s+)?(?:"
            + "(\\w+)\\s*=\\s*)?([\\w.]+)\\s*;");
    private static final LineStartMatches PYTHON_FROM = new LineStartMatches("from",
            "from\\s+(\\.*)([\\w.]*)\\s+import\\s+(\\([^)]*\\)|[^\\n]+)");
    private static final LineStartMatches PYTHON_IMPORT = new LineStartMatches("import",
            "import\\s+([\\w.]+)(?:\\s+as\\s+(\\w+))?");
    private static final Pattern SCRIPT_IMPORT = Pattern.compile(
            "\\bimport\\s+(?:type\\s+)?([^;]*?)\\s+from\\s+['\"]([^'\"]+)['\"]|\\b(?:const|let|var)\\s+(\\{[^}]*}|"
                    + "\\w+)\\s*=\\s*require\\(\\s*['\"]([^'\"]+)['\"]");

    private Imports() {
    }

    /** The declared package (Java, Kotlin, Scala, Go) or namespace (C#), if any. */
    static Optional<String> packageOf(CodeFile file) {
        LineStartMatches statement = file.language() == Language.CSHARP ? CSHARP_NAMESPACE : JVM_PACKAGE;
        return Optional.ofNullable(statement.first(file.code(), 1));
    }

    /** Each imported name with the segments of the module it comes from. */
    static Map<String, List<String>> of(CodeFile file) {
        return switch (file.language()) {
            case JAVA, KOTLIN, SCALA -> jvm(file);
            case PYTHON -> python(file);
            case TYPESCRIPT, JAVASCRIPT -> script(file);
            default -> Map.of();
        };
    }

    /** C# {@code using} namespaces; aliases map to the namespace or type they name. */
    static List<String> usings(CodeFile file) {
        List<String> namespaces = new ArrayList<>();
        Matcher matcher = CSHARP_USING.matcher(file.code());
        while (matcher.find()) {
            namespaces.add(matcher.group(2));
        }
        return List.copyOf(namespaces);
    }

    private static Map<String, List<String>> jvm(CodeFile file) {
        Map<String, List<String>> imports = new LinkedHashMap<>();
        for (MatchResult matcher : JVM_IMPORT.all(file.code())) {
            String name = matcher.group(3) != null ? matcher.group(3) : matcher.group(2);
            imports.put(name, List.of(matcher.group(1).split("\\.")));
        }
        return imports;
    }

    private static Map<String, List<String>> python(CodeFile file) {
        Map<String, List<String>> imports = new LinkedHashMap<>();
        String code = file.code();
        for (MatchResult from : PYTHON_FROM.all(code)) {
            List<String> module = pythonModule(file, from.group(1).length(), from.group(2));
            for (String item : Regexes.replaceAll(from.group(3), "[()\\\\]", " ").split(",")) {
                String[] parts = item.strip().split("\\s+as\\s+");
                if (!parts[0].isBlank() && Regexes.matches(parts[0], "\\w+")) {
                    List<String> source = new ArrayList<>(module);
                    imports.put(parts.length > 1 ? parts[1].strip() : parts[0], List.copyOf(source));
                }
            }
        }
        for (MatchResult plain : PYTHON_IMPORT.all(code)) {
            List<String> module = List.of(plain.group(1).split("\\."));
            imports.put(plain.group(2) != null ? plain.group(2) : module.get(0), module);
        }
        return imports;
    }

    private static List<String> pythonModule(CodeFile file, int dots, String module) {
        List<String> segments = new ArrayList<>();
        if (dots > 0) {
            segments.addAll(folders(file.path()));
            for (int up = 1; up < dots && !segments.isEmpty(); up++) {
                segments.remove(segments.size() - 1);
            }
        }
        if (!module.isEmpty()) {
            segments.addAll(Arrays.asList(module.split("\\.")));
        }
        return List.copyOf(segments);
    }

    private static Map<String, List<String>> script(CodeFile file) {
        Map<String, List<String>> imports = new LinkedHashMap<>();
        Matcher matcher = SCRIPT_IMPORT.matcher(file.uncommented());
        while (matcher.find()) {
            String names = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String spec = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            List<String> module = scriptModule(file, spec);
            for (String item : Regexes.replaceAll(names, "[{}]", ",").split(",")) {
                String[] parts = Regexes.replaceFirst(item.strip(), "^type\\s+", "").replaceFirst("^\\*\\s+as\\s+", "")
                        .split("\\s+as\\s+|\\s*:\\s*");
                String name = parts[parts.length - 1].strip();
                if (Regexes.matches(name, "[A-Za-z_$][\\w$]*")) {
                    imports.put(name, module);
                }
            }
        }
        return imports;
    }

    /** A relative specifier resolved to repository segments (file name included, extension dropped); others as written. */
    private static List<String> scriptModule(CodeFile file, String spec) {
        List<String> segments = new ArrayList<>();
        if (spec.startsWith(".")) {
            segments.addAll(folders(file.path()));
        }
        for (String part : spec.split("/")) {
            if (part.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!part.equals(".") && !part.isEmpty()) {
                segments.add(part);
            }
        }
        return List.copyOf(segments);
    }

    static List<String> folders(String path) {
        List<String> folders = new ArrayList<>(Arrays.asList(path.split("/")));
        folders.remove(folders.size() - 1);
        folders.removeIf(String::isEmpty);
        return folders;
    }
}
