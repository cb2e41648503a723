package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs that reach a server: {@code jdbc:<subprotocol>[:<sub>…]://host[:port][,host…]/…}, Oracle's
 * {@code @host:port:sid}, {@code @//host:port/service} and {@code (DESCRIPTION=…(HOST=…)(PORT=…))} forms, SQL Server's
 * {@code host\instance;…}. Embedded databases (H2 mem/file, SQLite, HSQLDB mem/file, Derby embedded) are not endpoints,
 * nor are Testcontainers URLs ({@code jdbc:tc:}).
 */
final class JdbcUrls {

    private static final Set<String> WRAPPERS = Set.of("aws-wrapper", "log4jdbc", "p6spy", "otel", "datadog");
    private static final Map<String, String> TECHNOLOGY = Map.of("jtds", "sqlserver", "mariadb", "mariadb",
            "pgsql", "postgresql", "hive2", "hive");
    private static final Pattern ORACLE_HOST = Pattern.compile("(?i)\\(HOST\\s*=\\s*([^)\\s]+)\\)");
    private static final Pattern ORACLE_PORT = Pattern.compile("(?i)\\(PORT\\s*=\\s*(\\d+)\\)");

    private JdbcUrls() {
    }

    static Optional<Endpoint> parse(String url) {
        String rest = url.substring(5);
        List<String> subprotocols = new ArrayList<>();
        while (true) {
            int colon = subprotocolEnd(rest);
            if (colon < 0) {
                break;
            }
            subprotocols.add(rest.substring(0, colon).toLowerCase(Locale.ROOT));
            rest = rest.substring(colon + 1);
            if (rest.startsWith("//") || rest.startsWith("@")) {
                break;
            }
        }
        subprotocols.removeIf(WRAPPERS::contains);
        if (subprotocols.isEmpty() || subprotocols.get(0).equals("tc")) {
            return Optional.empty();
        }
        String technology = TECHNOLOGY.getOrDefault(subprotocols.get(0), subprotocols.get(0));
        if (rest.startsWith("@")) {
            return oracle(technology, rest.substring(1));
        }
        if (!rest.startsWith("//")) {
            return Optional.empty();
        }
        String authority = beforeAny(rest.substring(2), "/;?");
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        List<HostPort> hosts = new ArrayList<>();
        for (HostPort host : HostPort.list(authority)) {
            hosts.add(withoutInstance(host));
        }
        if (!EndpointParser.allUsable(hosts)) {
            return Optional.empty();
        }
        return Optional.of(EndpointParser.endpoint(technology, Optional.of("jdbc:" + String.join(":", subprotocols)), hosts));
    }

    /** Where {@code ^[A-Za-z0-9_-]+:} ends its match at the ':', found without a matcher; -1 where it matches not. */
    static int subprotocolEnd(String rest) {
        int i = 0;
        while (i < rest.length() && (Character.isLetterOrDigit(rest.charAt(i)) && rest.charAt(i) < 128
                || rest.charAt(i) == '_' || rest.charAt(i) == '-')) {
            i++;
        }
        return i > 0 && i < rest.length() && rest.charAt(i) == ':' ? i : -1;
    }

    private static Optional<Endpoint> oracle(String technology, String address) {
        String scheme = "jdbc:oracle:thin";
        Matcher descriptorHost = ORACLE_HOST.matcher(address);
        if (descriptorHost.find()) {
            Matcher port = ORACLE_PORT.matcher(address);
            String hostPort = descriptorHost.group(1) + (port.find() ? ":" + port.group(1) : "");
            return usable(technology, scheme, HostPort.parse(hostPort));
        }
        String plain = address.startsWith("//") ? address.substring(2) : address;
        String[] parts = plain.split("[/?]", 2)[0].split(":");
        String hostPort = parts.length >= 2 ? parts[0] + ":" + parts[1] : parts[0];
        return usable(technology, scheme, HostPort.parse(hostPort));
    }

    private static Optional<Endpoint> usable(String technology, String scheme, HostPort host) {
        return host.isUsableHost()
                ? Optional.of(EndpointParser.endpoint(technology, Optional.of(scheme), List.of(host)))
                : Optional.empty();
    }

    /** The text before the first of the delimiters, all of it without one. */
    private static String beforeAny(String text, String delimiters) {
        for (int i = 0; i < text.length(); i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** SQL Server {@code host\instance:port}: the instance name is not part of the host. */
    private static HostPort withoutInstance(HostPort host) {
        int backslash = host.host().indexOf('\\');
        return backslash < 0 ? host : new HostPort(host.host().substring(0, backslash), host.port(), host.portMalformed());
    }
}
