package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring's {@code EmbeddedDatabaseBuilder()} in production code (Java or Kotlin): it always starts an in-memory database inside the
 * process, H2, HSQLDB or Derby as {@code setType(EmbeddedDatabaseType.…)} says, HSQLDB when no type is set. One finding
 * per builder, at the line naming the type (or the builder when the type is the default).
 */
final class SpringEmbeddedDatabases {

    private static final Pattern BUILDER = Pattern.compile("\\bEmbeddedDatabaseBuilder\\s*\\(");
    private static final Pattern TYPE = Pattern.compile("\\bEmbeddedDatabaseType\\s*\\.\\s*(H2|HSQL|DERBY)\\b");
    private static final Map<String, String> ENGINES = Map.of("H2", "h2", "HSQL", "hsqldb", "DERBY", "derby");
    private static final int STATEMENT_REACH = 600;

    private SpringEmbeddedDatabases() {
    }

    static List<Finding> find(SourceFile file, LexedSource source, Supplier<Declarations> declarations) {
        if (!source.code().contains("EmbeddedDatabaseBuilder")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher builder = BUILDER.matcher(source.code());
        while (builder.find()) {
            if (declarations.get().insideTest(builder.start())) {
                continue;
            }
            String statement = statementFrom(source.code(), builder.end());
            Matcher type = TYPE.matcher(statement);
            boolean typed = type.find();
            int at = typed ? builder.end() + type.start() : builder.start();
            String named = typed ? type.group(1) : "HSQL";
            int line = source.lineAt(at);
            findings.add(EmbeddedDatabaseDetector.finding(file, Finding.SOURCE_CODE, line, Snippets.lines(source, line, line),
                    declarations.get().anchor(at, Optional.empty()), new EmbeddedDatabases.Embedded(ENGINES.get(named), "memory"),
                    "EmbeddedDatabaseType." + named));
        }
        return findings;
    }

    /** The builder chain up to the end of its statement, bounded so a missing semicolon cannot run on. */
    private static String statementFrom(String code, int from) {
        int end = Math.min(code.length(), from + STATEMENT_REACH);
        int semicolon = code.indexOf(';', from);
        return code.substring(from, semicolon >= 0 && semicolon < end ? semicolon : end);
    }
}
