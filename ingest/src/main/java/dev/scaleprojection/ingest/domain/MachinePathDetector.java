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
 * Absolute filesystem paths that exist on one machine only, written in string literals of production code
 * ({@code configuration.machine-path}, attributes path, os, location home|temp|volume|install|drive|network-share).
 * Literals in comments, messages, comparisons, routes, classpath lookups or appended to another path are not facts;
 * roots that are also common URL paths ({@code /data}, {@code /media}, {@code /srv}, {@code /opt}) count only where a
 * file is expected. A default of an environment variable carries {@code overriddenBy}; a constants holder {@code holder}.
 */
public final class MachinePathDetector implements Detector {

    public static final String MACHINE_PATH = "configuration.machine-path";

    private static final Pattern FILE_CALL = Pattern.compile("File|Path|Paths\\.get|Path\\.of|.*\\.(open|Open|OpenFile|Create"
            + "|ReadFile|WriteFile|MkdirAll|Mkdir|Stat|ReadDir|Exists|CreateDirectory|ReadAllText|WriteAllText|ReadAllBytes"
            + "|GetFiles|makedirs|mkdir|listdir|exists|isdir|isfile|chdir|rmtree|copyfile|copy|move|read_csv|to_csv"
            + "|read_excel|to_excel|read_parquet|to_parquet|savefig|readFileSync|writeFileSync|readFile|writeFile"
            + "|createReadStream|createWriteStream|existsSync|mkdirSync|readdirSync|appendFileSync|connect|Dir|resolve)"
            + "|open|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|PrintWriter|FileHandler"
            + "|StreamReader|StreamWriter|FileStream|FileInfo|DirectoryInfo|FileSystemResource|FileSystemWatcher|Directory"
            + "|Image\\.open|load|loadtxt|savetxt|np\\.load|np\\.save|torch\\.load|joblib\\.load|pickle\\.load|"
            + "sqlite3\\.connect");
    /**
     * A name that says its value is a URL: litemall's {@code IndexUrl = '/home/index'} is an API's path, no home folder
     * (a {@code file:///home/…} URL still names one).
     */
    private static final Set<String> URL_WORDS = Set.of("url", "urls", "uri", "uris", "route", "routes", "endpoint", "href");
    private static final Set<String> FILE_WORDS = Set.of("path", "paths", "dir", "dirs", "directory", "directories", "folder",
            "file", "files", "filename", "filepath", "location", "root", "mount", "volume", "storage", "upload", "uploads",
            "home", "tmp", "temp", "log", "logs", "output", "input", "export", "exports", "cache", "basedir", "workdir",
            "keystore", "truststore", "cert", "certificate", "db", "sqlite", "archive", "backup", "spool", "workspace");
    private static final Pattern ROUTE_CALL = Pattern.compile("(Get|Post|Put|Delete|Patch|Request)Mapping|Path|route|get|post"
            + "|put|delete|patch|all|use|options|head|HandleFunc|Handle|GET|POST|PUT|DELETE|PATCH|Http(Get|Post|Put|Delete|Patch)"
            + "|Route|Map(Get|Post|Put|Delete|Patch|Group)?|uri|url|redirect|path|re_path|fetch|request|Get|Post|Put|Delete"
            + "|Patch|Group|Static|StaticFS|static|mount|Mount|include");
    private static final Pattern RESOURCE_CALL = Pattern.compile(
            "getResource\\w*|getSystemResource\\w*|ClassPathResource|ClassRelativeResourceLoader|resource_filename"
                    + "|resource_string|files|GetManifestResourceStream");
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("([A-Za-z_$][\\w$]*)[\"']?\\s*(?::=|[:=])\\s*$");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (!MachinePaths.mayHold(file)) {
            return List.of();
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (StringLiteral literal : code.get().source().literals()) {
            MachinePaths.find(literal.value()).flatMap(path -> finding(code.get(), literal, path)).ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }

    private static Optional<Finding> finding(CodeFile file, StringLiteral literal, MachinePaths.MachinePath path) {
        CodeContext context = CodeContext.of(file.source(), file.language(), literal);
        String callee = context.callee().startsWith("@") ? context.callee().substring(1) : context.callee();
        if (IncidentalLiterals.isIncidental(context) || literal.value().startsWith("classpath:")
                || commentedInside(literal.value(), path.start())
                || RESOURCE_CALL.matcher(context.calleeName()).matches() || appendedToSomething(context, literal, path)
                || jsxAttribute(file, literal)) {
            return Optional.empty();
        }
        Optional<String> name = name(context);
        boolean fileCall = FILE_CALL.matcher(callee).matches();
        boolean route = ROUTE_CALL.matcher(context.calleeName()).matches() && (context.inAnnotation() || !fileCall)
                || !fileCall && path.start() == 0
                && name.map(n -> URL_WORDS.contains(Identifiers.last(Identifiers.words(n)))).orElse(false);
        // whether a file is expected matters only for a root that is also a common URL path
        if (route || path.ambiguousWithUrl() && !fileExpected(fileCall, literal, path, name)
                || file.insideTest(literal.startOffset())) {
            return Optional.empty();
        }
        List<Declarations.Scope> enclosing = file.enclosing(literal.startOffset());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("path", path.path());
        attributes.put("os", path.os());
        attributes.put("location", path.location());
        attributes.put("value", path.path());
        Fallbacks.overriddenBy(context, enclosing).ifPresent(by -> attributes.put("overriddenBy", by));
        file.holder(literal.startOffset()).ifPresent(holder -> attributes.put("holder", holder));
        int offset = literal.contentOffset() + path.start();
        Optional<String> member = file.insideFunction(literal.startOffset()) ? Optional.empty()
                : context.memberName();
        return Optional.of(file.finding(MACHINE_PATH, offset, file.anchor(literal.startOffset(), member), attributes));
    }

    /**
     * The value of a JSX attribute, {@code <Route path="/home/recent">}, {@code <Tab to="/home/popular">}: a route or a prop
     * of a user interface, never a file. The literal follows {@code name=} with no space, inside a tag opened by
     * {@code <Name} and not closed since, outside the attributes' braced expressions.
     */
    private static boolean jsxAttribute(CodeFile file, StringLiteral literal) {
        if (file.language() != Language.TYPESCRIPT && file.language() != Language.JAVASCRIPT) {
            return false;
        }
        String code = file.code();
        int start = literal.startOffset();
        if (start < 2 || code.charAt(start - 1) != '=' || !Character.isLetter(code.charAt(start - 2))) {
            return false;
        }
        int braces = 0;
        for (int i = start - 2; i >= Math.max(1, start - 500); i--) {
            char c = code.charAt(i);
            braces += c == '}' ? 1 : c == '{' ? -1 : 0;
            if (braces > 0 || c == '{') {
                continue;
            }
            if (braces < 0 || c == '>' && code.charAt(i - 1) != '=' || c == ';' || c == '(' || c == ')') {
                return false;
            }
            if (c == '<') {
                return Character.isLetter(code.charAt(i + 1));
            }
        }
        return false;
    }

    /**
     * A literal that continues a path built from something else: {@code HOME + "/tmp/x"}, the second argument of a join
     * such as {@code Paths.get(base, "/data/x")} or {@code os.path.join(root, "/tmp/x")}.
     */
    private static boolean appendedToSomething(CodeContext context, StringLiteral literal, MachinePaths.MachinePath path) {
        String expression = context.argumentExpression();
        boolean concatenated = expression.endsWith("+") && path.start() == 0;
        boolean joined = Regexes.matches(context.calleeName(), "(?i)get|of|join|combine|resolve|Join|Combine|File")
                && !context.isFirstArgument()
                && path.start() == 0;
        return concatenated || joined && !Regexes.matches(literal.value(), "(?s)^[A-Za-z]:.*");
    }

    /** The name the literal is given: the member it initialises, the variable it is assigned to, or its keyword or key. */
    private static Optional<String> name(CodeContext context) {
        // every match ends with ':' or '=' and spaces
        String expression = context.argumentExpression();
        Matcher named = ":=".indexOf(IncidentalLiterals.lastBefore(expression, "")) >= 0 ? NAMED_ARGUMENT.matcher(expression) : null;
        if (named != null && named.find()) {
            return Optional.of(named.group(1));
        }
        return context.inAnnotation() ? Optional.empty() : context.memberName().or(context::assignedName);
    }

    /** A path inside a comment of text embedded in the literal, such as {@code -- COPY … TO '/tmp/x'} in a SQL script. */
    private static boolean commentedInside(String value, int start) {
        String line = value.substring(value.lastIndexOf('\n', Math.max(0, start - 1)) + 1, start).strip();
        return line.startsWith("--") || line.startsWith("#") || line.startsWith("//") || line.startsWith("/*")
                || line.startsWith("*");
    }

    /** Where a file is expected: given to a file call, inside a longer text, or to a name that says it holds a file. */
    private static boolean fileExpected(boolean fileCall, StringLiteral literal, MachinePaths.MachinePath path,
                                        Optional<String> name) {
        return fileCall || insideText(literal, path)
                || name.map(n -> Identifiers.words(n).stream().anyMatch(FILE_WORDS::contains)).orElse(false);
    }

    /** A path after a space or '=' inside a longer text, such as a command line, is never a URL path. */
    private static boolean insideText(StringLiteral literal, MachinePaths.MachinePath path) {
        int before = path.start() - 1;
        return before >= 0 && (Character.isWhitespace(literal.value().charAt(before)) || literal.value().charAt(before) == '=');
    }
}
