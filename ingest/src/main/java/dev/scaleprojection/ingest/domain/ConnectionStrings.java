package dev.scaleprojection.ingest.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database connection strings that are not URLs: ADO.NET / ODBC keyword strings ({@code Server=…;Database=…}), libpq
 * keyword/value DSNs ({@code host=… port=… dbname=…}) and Go MySQL driver DSNs ({@code user:pw@tcp(host:port)/db}).
 * File-based SQLite data sources and SQL Server LocalDB are not network endpoints.
 */
final class ConnectionStrings {

    private static final List<String> SERVER_KEYS = List.of("server", "data source", "datasource", "host", "address",
            "addr", "network address");
    private static final Set<String> COMPANION_KEYS = Set.of("database", "initial catalog", "user id", "userid", "uid",
            "username", "user", "password", "pwd", "port", "trusted_connection", "integrated security", "encrypt",
            "sslmode", "ssl mode", "trustservercertificate", "multipleactiveresultsets", "pooling", "timeout",
            "connection timeout", "command timeout", "application name");
    private static final Pattern LIBPQ_PAIR = Pattern.compile("(\\w+)\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)");
    private static final Set<String> LIBPQ_COMPANIONS = Set.of("dbname", "user", "port", "sslmode", "password");
    private static final Pattern GO_MYSQL = Pattern.compile("(?:[^@/\\s]*@)?(tcp|unix)\\(([^)]*)\\)/.*");

    private ConnectionStrings() {
    }

    static Optional<Endpoint> parse(String value) {
        // every Go MySQL DSN names its protocol before a parenthesis
        Matcher goMysql = value.contains("tcp(") || value.contains("unix(") ? GO_MYSQL.matcher(value) : null;
        if (goMysql != null && goMysql.matches()) {
            return goMysql.group(1).equals("tcp") ? from("mysql", HostPort.parse(goMysql.group(2))) : Optional.empty();
        }
        if (value.contains(";") && value.contains("=")) {
            return keywordString(value);
        }
        if (value.contains(" ") && Regexes.matches(value, "(?s).*\\bhost\\s*=.*")) {
            return libpq(value);
        }
        return Optional.empty();
    }

    private static Optional<Endpoint> keywordString(String value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                pairs.put(part.substring(0, equals).strip().toLowerCase(Locale.ROOT), part.substring(equals + 1).strip());
            }
        }
        String serverKey = SERVER_KEYS.stream().filter(pairs::containsKey).findFirst().orElse(null);
        if (serverKey == null || pairs.keySet().stream().noneMatch(COMPANION_KEYS::contains)) {
            return Optional.empty();
        }
        String server = pairs.get(serverKey);
        if (server.regionMatches(true, 0, "tcp:", 0, 4)) {
            server = server.substring(4);
        }
        String lower = server.toLowerCase(Locale.ROOT);
        if (lower.startsWith("(localdb)") || lower.equals(":memory:") || Regexes.matches(lower, ".*\\.(db|sqlite|sqlite3|db3)")
                || lower.contains("(description")) {
            return Optional.empty();
        }
        String port = pairs.getOrDefault("port", "");
        String hostPart = server;
        int comma = server.indexOf(',');
        if (comma > 0) {
            port = server.substring(comma + 1).strip();
            hostPart = server.substring(0, comma);
        }
        int backslash = hostPart.indexOf('\\');
        if (backslash > 0) {
            hostPart = hostPart.substring(0, backslash);
        }
        HostPort host = port.isEmpty() ? HostPort.parse(hostPart) : HostPort.parse(hostPart + ":" + port);
        String technology = serverKey.equals("host") || host.port().equals(Optional.of("5432")) ? "postgresql"
                : Technologies.byPort(host.port().orElse("")).orElse("sqlserver");
        return from(technology, host);
    }

    private static Optional<Endpoint> libpq(String value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher pair = LIBPQ_PAIR.matcher(value);
        while (pair.find()) {
            pairs.put(pair.group(1).toLowerCase(Locale.ROOT), Regexes.replaceAll(pair.group(2), "^'|'$", ""));
        }
        if (!pairs.containsKey("host") || pairs.keySet().stream().noneMatch(LIBPQ_COMPANIONS::contains)) {
            return Optional.empty();
        }
        String port = pairs.getOrDefault("port", "");
        return from("postgresql", HostPort.parse(port.isEmpty() ? pairs.get("host") : pairs.get("host") + ":" + port));
    }

    private static Optional<Endpoint> from(String technology, HostPort host) {
        boolean local = host.host().equals(".") || host.host().equalsIgnoreCase("(local)");
        if (!local && !host.isUsableHost()) {
            return Optional.empty();
        }
        return Optional.of(EndpointParser.endpoint(technology, Optional.empty(), List.of(host)));
    }
}
