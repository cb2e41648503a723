package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes an in-process database in a value: H2, HSQLDB, Derby and SQLite JDBC URLs (server modes such as
 * {@code jdbc:h2:tcp://} are endpoints instead), SQLite URLs ({@code sqlite:///app.db}), ADO.NET SQLite data sources
 * and the embedded drivers' class names. Mode is memory or file; a driver name alone leaves it unspecified.
 */
final class EmbeddedDatabases {

    record Embedded(String engine, String mode) {
    }

    static final String UNSPECIFIED = "unspecified";

    private static final Map<String, String> DRIVERS = Map.of("org.h2.Driver", "h2", "org.sqlite.JDBC", "sqlite",
            "org.hsqldb.jdbc.JDBCDriver", "hsqldb", "org.hsqldb.jdbcDriver", "hsqldb",
            "org.apache.derby.jdbc.EmbeddedDriver", "derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver", "derby",
            "org.h2.jdbcx.JdbcDataSource", "h2", "org.sqlite.SQLiteDataSource", "sqlite");
    private static final Pattern SQLITE_URL = Pattern.compile("(?i)sqlite(\\+\\w+)?://(/?)(.*)");
    private static final Pattern ADO_SQLITE = Pattern.compile("(?i)(?:^|;)\\s*(?:data source|datasource|filename)\\s*=\\s*"
            + "([^;]*?\\.(?:db|sqlite|sqlite3|db3)|:memory:)\\s*(?:;|$)");

    private EmbeddedDatabases() {
    }

    static Optional<Embedded> recognize(String raw) {
        String value = raw.strip();
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            Optional<Embedded> jdbc = jdbcUrl(value.toLowerCase(Locale.ROOT));
            if (jdbc != null) {
                return jdbc;
            }
        }
        if (value.contains("://")) {
            Matcher url = SQLITE_URL.matcher(value);
            if (url.matches()) {
                String path = url.group(3);
                return Optional.of(new Embedded("sqlite", path.isEmpty() || path.contains(":memory:") ? "memory" : "file"));
            }
        }
        // Each of the pattern's keys holds "source" or "filename".
        if (value.contains("=") && (AsciiText.containsIgnoreCase(value, "source")
                || AsciiText.containsIgnoreCase(value, "filename"))) {
            Matcher ado = ADO_SQLITE.matcher(value);
            if (ado.find()) {
                return Optional.of(new Embedded("sqlite", ado.group(1).equalsIgnoreCase(":memory:") ? "memory" : "file"));
            }
        }
        // every driver's name is in the org namespace: no other literal is worth hashing
        return Optional.ofNullable(value.startsWith("org.") ? DRIVERS.get(value) : null)
                .map(engine -> new Embedded(engine, UNSPECIFIED));
    }

    /** An embedded database's JDBC URL, empty for a server mode, null for any other JDBC URL. */
    private static Optional<Embedded> jdbcUrl(String lower) {
        if (lower.startsWith("jdbc:h2:")) {
            return jdbc("h2", lower.substring(8), "mem:", "tcp:", "ssl:");
        }
        if (lower.startsWith("jdbc:hsqldb:")) {
            return jdbc("hsqldb", lower.substring(12), "mem:", "hsql:", "hsqls:", "http:", "https:");
        }
        if (lower.startsWith("jdbc:derby:")) {
            return jdbc("derby", lower.substring(11), "memory:", "//");
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            String path = lower.substring(12);
            return Optional.of(new Embedded("sqlite", path.isEmpty() || path.contains(":memory:") ? "memory" : "file"));
        }
        return null;
    }

    private static Optional<Embedded> jdbc(String engine, String rest, String memoryPrefix, String... serverPrefixes) {
        for (String server : serverPrefixes) {
            if (rest.startsWith(server)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Embedded(engine, rest.startsWith(memoryPrefix) ? "memory" : "file"));
    }
}
