package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Databases running inside the process ({@code state.embedded-database}, engine h2|sqlite|hsqldb|derby|lowdb, mode
 * memory|file|unspecified), from production code (literals, calls such as {@code sqlite3.connect(…)},
 * {@code sql.Open("sqlite3", …)}, {@code UseSqlite(…)}, Spring's in-memory {@code EmbeddedDatabaseBuilder}, lowdb's
 * adapters) and from
 * configuration values, and engines a Maven or Gradle build puts on the production classpath (see
 * {@link EmbeddedDatabaseDependencies}). A driver class name adds nothing when the same file already names the engine in
 * a URL. What only a development profile reads ({@link DevelopmentProfiles}) is reported as
 * {@code state.development-database}, with the same attributes.
 */
public final class EmbeddedDatabaseDetector implements Detector {

    public static final String EMBEDDED_DATABASE = "state.embedded-database";
    /** The same, where only a development profile reads it: not what the deployed component stores its data in. */
    public static final String DEVELOPMENT_DATABASE = "state.development-database";

    private static final Pattern SQLITE_CALL = Pattern.compile(
            "\\b(sqlite3\\.connect|sqlite3?\\.Open|UseSqlite|sqlite3\\.Database|aiosqlite\\.connect)\\s*\\(");
    private static final Pattern LOWDB_ADAPTER = Pattern.compile(
            "\\bnew\\s+(FileSync|FileAsync|JSONFile|JSONFileSync|Memory|MemorySync)\\s*(?:<[^>()]*>)?\\s*\\(");
    private static final Set<String> SQLITE_DRIVER_NAMES = Set.of("sqlite3", "sqlite");
    /** Go's database/sql and sqlx, gorm's first version and xorm: each takes the driver's name first. */
    private static final Pattern GO_SQL_OPEN = Pattern.compile("^(?:(sql|sqlx|gorm)\\.(Open|Connect|MustConnect)|xorm\\.NewEngine)$");

    private final YamlParser yaml;

    public EmbeddedDatabaseDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE, FileRole.CONFIGURATION, FileRole.BUILD);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        List<Finding> findings = switch (file.role()) {
            case PRODUCTION_CODE -> fromCode(file);
            case CONFIGURATION -> fromConfiguration(file);
            case BUILD -> fromBuild(file);
            default -> List.of();
        };
        if (findings.isEmpty()) {
            return List.of();
        }
        if (DevelopmentProfiles.isDevelopmentSettings(file.path())) {
            findings = findings.stream().map(f -> forDevelopment(f, true)).toList();
        }
        Set<String> enginesWithMode = new HashSet<>();
        findings.stream().filter(f -> !f.attribute("mode").equals(EmbeddedDatabases.UNSPECIFIED))
                .forEach(f -> enginesWithMode.add(f.attribute("engine")));
        return findings.stream().filter(f -> !f.attribute("mode").equals(EmbeddedDatabases.UNSPECIFIED)
                || !enginesWithMode.contains(f.attribute("engine"))).toList();
    }

    private List<Finding> fromCode(SourceFile file) {
        if (file.language() == Language.OTHER) {
            return List.of();
        }
        LexedSource source = SourceLexer.lex(file);
        Supplier<Declarations> declarations = Declarations.lazily(source, file.language());
        List<Finding> findings = new ArrayList<>();
        for (StringLiteral literal : source.literals()) {
            Optional<EmbeddedDatabases.Embedded> recognized = EmbeddedDatabases.recognize(literal.value());
            if (recognized.isEmpty() && !SQLITE_DRIVER_NAMES.contains(literal.value())) {
                continue;
            }
            CodeContext context = CodeContext.of(source, file.language(), literal);
            Optional<EmbeddedDatabases.Embedded> embedded = recognized.map(e -> pathJoined(e, literal, context))
                    .or(() -> sqliteDriverName(context));
            if (embedded.isPresent() && !IncidentalLiterals.isIncidental(context)
                    && !declarations.get().insideTest(literal.startOffset())) {
                int[] lines = HardcodedEndpointDetector.valueLines(source, literal);
                Optional<String> member = declarations.get().insideFunction(literal.startOffset()) ? Optional.empty()
                        : context.memberName();
                Finding found = finding(file, Finding.SOURCE_CODE, lines[0], Snippets.around(source, literal.startOffset(), lines[1]),
                        declarations.get().anchor(literal.startOffset(), member), embedded.get(), literal.value());
                findings.add(Fallbacks.overriddenBy(context, declarations.get().enclosing(literal.startOffset()))
                        .map(by -> overridden(found, by)).orElse(found));
            }
        }
        findings.addAll(SpringEmbeddedDatabases.find(file, source, declarations));
        boolean mayCall = source.code().contains("sqlite") || source.code().contains("UseSqlite");
        Matcher call = mayCall ? SQLITE_CALL.matcher(source.code()) : null;
        while (mayCall && call.find()) {
            int line = source.lineAt(call.start());
            boolean alreadyFound = findings.stream().anyMatch(f -> f.startLine() == line);
            if (!alreadyFound) {
                String mode = source.text().substring(call.end(), Math.min(source.text().length(), call.end() + 80))
                        .contains(":memory:") ? "memory" : "file";
                findings.add(finding(file, Finding.SOURCE_CODE, line, Snippets.lines(source, line, line),
                        declarations.get().anchor(call.start(), Optional.empty()), new EmbeddedDatabases.Embedded("sqlite", mode),
                        call.group(1)));
            }
        }
        findings.addAll(lowdb(file, source, declarations));
        return findings;
    }

    /** lowdb keeps the whole database in a JSON file the process reads and rewrites ({@code new FileSync(file)}). */
    private static List<Finding> lowdb(SourceFile file, LexedSource source, Supplier<Declarations> declarations) {
        if ((file.language() != Language.JAVASCRIPT && file.language() != Language.TYPESCRIPT)
                || !source.text().contains("lowdb")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher adapter = LOWDB_ADAPTER.matcher(source.code());
        while (adapter.find()) {
            int line = source.lineAt(adapter.start());
            String mode = adapter.group(1).startsWith("Memory") ? "memory" : "file";
            findings.add(finding(file, Finding.SOURCE_CODE, line, Snippets.lines(source, line, line),
                    declarations.get().anchor(adapter.start(), Optional.empty()), new EmbeddedDatabases.Embedded("lowdb", mode),
                    adapter.group(1)));
        }
        return findings;
    }

    /**
     * A URL with no path that code concatenates a path to ({@code 'sqlite:///' + os.path.join(basedir, 'app.db')},
     * {@code "jdbc:sqlite:" + file}) names a file, not the in-memory database the bare URL would open.
     */
    private static EmbeddedDatabases.Embedded pathJoined(EmbeddedDatabases.Embedded embedded, StringLiteral literal,
                                                         CodeContext context) {
        boolean bareUrl = literal.value().endsWith("/") || literal.value().endsWith(":");
        return embedded.mode().equals("memory") && bareUrl && context.suffix().stripLeading().startsWith("+")
                ? new EmbeddedDatabases.Embedded(embedded.engine(), "file") : embedded;
    }

    /** Go's {@code sql.Open("sqlite3", dsn)}, {@code gorm.Open("sqlite3", "./gorm.db")}: the driver name is the first argument. */
    private static Optional<EmbeddedDatabases.Embedded> sqliteDriverName(CodeContext context) {
        if (!context.isFirstArgument() || !GO_SQL_OPEN.matcher(context.callee()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedDatabases.Embedded("sqlite", context.suffix().contains(":memory:") ? "memory" : "file"));
    }

    private static List<Finding> fromBuild(SourceFile file) {
        List<EmbeddedDatabaseDependencies.Declared> declared = EmbeddedDatabaseDependencies.of(file.name(), file.content());
        if (declared.isEmpty()) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        return declared.stream().map(d -> {
            int line = lines.lineAt(d.offset());
            return forDevelopment(finding(file, Finding.DEPLOYMENT_DESCRIPTOR, line, Snippets.lines(lines, line, line),
                    d.artifact(), d.embedded(), d.artifact()), d.development());
        }).toList();
    }

    private List<Finding> fromConfiguration(SourceFile file) {
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        for (ConfigEntry entry : ConfigEntries.of(file, yaml)) {
            String value = Placeholders.resolve(entry.value()).value();
            EmbeddedDatabases.recognize(value).ifPresent(embedded -> findings.add(finding(file, Finding.CONFIGURATION,
                    entry.line(), Snippets.lines(lines, entry.line(), entry.line()), entry.key(), embedded, value)));
        }
        return findings;
    }

    static Finding finding(SourceFile file, String source, int line, String snippet, String anchor,
                                   EmbeddedDatabases.Embedded embedded, String value) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("engine", embedded.engine());
        attributes.put("mode", embedded.mode());
        attributes.put("value", Redaction.redact(value.strip()));
        return new Finding(EMBEDDED_DATABASE, source, file.path(), line, line, snippet, anchor, attributes);
    }

    /**
     * The database a component falls back to when the environment or its configuration names none ({@code
     * os.environ.get('DATABASE_URL') or 'sqlite:///' + path}, microblog's): marked {@code overriddenBy}.
     */
    private static Finding overridden(Finding finding, String by) {
        Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
        attributes.put("overriddenBy", by);
        return new Finding(finding.kind(), finding.source(), finding.path(), finding.startLine(), finding.endLine(),
                finding.snippet(), finding.anchor(), attributes);
    }

    /** A finding that only a development profile reads, as a {@code state.development-database}. */
    private static Finding forDevelopment(Finding finding, boolean development) {
        return development ? new Finding(DEVELOPMENT_DATABASE, finding.source(), finding.path(), finding.startLine(),
                finding.endLine(), finding.snippet(), finding.anchor(), finding.attributes()) : finding;
    }
}
