package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognizes an infrastructure endpoint in a whole value (a string literal or a configuration value), never in a
 * fragment of free text: URLs with an infrastructure scheme and a real host, JDBC URLs, database connection strings,
 * lists of {@code host:port}, and bare hosts where the context expects one. Scheme prefixes, format strings,
 * placeholders, bind addresses, versions and documentation links are not endpoints.
 */
public final class EndpointParser {

    private static final int MAX_VALUE_LENGTH = 300;
    /** A boolean setting under a key that ends in address ({@code prefer-ip-address: true}) names no host. */
    private static final Pattern SWITCH = Pattern.compile("(?i)true|false|yes|no|on|off|none|null|nil");

    private EndpointParser() {
    }

    /** The most accepting context code can give; a value it rejects is not worth looking at its surroundings for. */
    static final EndpointContext ANY_CODE_CONTEXT = new EndpointContext(Optional.of("kafka"), true, false, false);

    public static Optional<Endpoint> parse(String candidate, EndpointContext context) {
        if (!context.bareNamesAllowed() && !mayHoldEndpoint(candidate)) {
            return Optional.empty();
        }
        return read(candidate).judged(context);
    }

    /**
     * A value read once, to be judged in several contexts: the detector tries a literal in the most accepting one
     * before looking at its surroundings, then in the one it stands in. {@code reading.in(context)} equals
     * {@code parse(candidate, context)}.
     */
    public record Reading(String candidate, String value, EndpointShape shape) {

        public Optional<Endpoint> in(EndpointContext context) {
            return !context.bareNamesAllowed() && !mayHoldEndpoint(candidate) ? Optional.empty() : judged(context);
        }

        /** {@link #in(EndpointContext)}, looking the context up only where the value is judged by it. */
        public Optional<Endpoint> in(Supplier<EndpointContext> lookup) {
            return mayHoldEndpoint(candidate) && !shape.dependsOnContext() ? judged(EndpointContext.NONE) : in(lookup.get());
        }

        /** Whether some context could make the value an endpoint: one read as none needs no context looked up. */
        public boolean mayBeEndpoint() {
            return !(shape instanceof EndpointShape.NoEndpoint);
        }

        private Optional<Endpoint> judged(EndpointContext context) {
            return shape.in(context).map(e -> withValue(e, value));
        }
    }

    private static final EndpointShape NO_ENDPOINT = new EndpointShape.NoEndpoint();

    /**
     * Whether a value holds a character every endpoint needs where bare names are not allowed: ':' (a scheme, JDBC, a
     * port, IPv6), '.' (a qualified name, IPv4), '=' (keyword connection strings) or '(' (Go MySQL DSNs). Most string
     * literals in code hold none, and are not worth parsing.
     */
    static boolean mayHoldEndpoint(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '.' || c == '=' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /** {@link #parse} without the quick refusal of {@link #mayHoldEndpoint}, which tests check against this. */
    static Optional<Endpoint> parseWhole(String candidate, EndpointContext context) {
        return read(candidate).judged(context);
    }

    /** The value read for the endpoint it may be, whatever the context. */
    public static Reading read(String candidate) {
        String value = candidate.strip();
        return new Reading(candidate, value, shape(value));
    }

    private static EndpointShape shape(String value) {
        if (value.isEmpty() || value.length() > 2000) {
            return NO_ENDPOINT;
        }
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return fixed(JdbcUrls.parse(value));
        }
        Optional<UrlParts> url = UrlParts.of(value);
        if (url.isPresent()) {
            return holdsWhitespace(value) ? NO_ENDPOINT
                    : url(url.get().scheme().toLowerCase(Locale.ROOT), url.get().authority(), url.get().path());
        }
        Optional<Endpoint> connectionString = ConnectionStrings.parse(value);
        if (connectionString.isPresent() || holdsWhitespace(value)) {
            return fixed(connectionString);
        }
        return authorities(value);
    }

    private static EndpointShape fixed(Optional<Endpoint> endpoint) {
        return endpoint.<EndpointShape>map(EndpointShape.Fixed::new).orElse(NO_ENDPOINT);
    }

    private static EndpointShape url(String scheme, String authority, String path) {
        Optional<String> technology = Technologies.byScheme(scheme);
        if (technology.isEmpty()) {
            return NO_ENDPOINT;
        }
        List<HostPort> hosts = HostPort.list(authority.substring(authority.lastIndexOf('@') + 1));
        if (!allUsable(hosts)) {
            return NO_ENDPOINT;
        }
        HostPort first = hosts.get(0);
        Endpoint.Network network = Hosts.network(first.host());
        boolean web = technology.get().equals("http") || technology.get().equals("websocket");
        boolean publicWithoutPort = first.port().isEmpty() && network == Endpoint.Network.PUBLIC;
        if (publicWithoutPort && (Hosts.isNonInfrastructure(first.host(), path) || web && !Hosts.looksLikeApi(first.host(), path))) {
            return NO_ENDPOINT;
        }
        boolean search = web && (first.port().equals(Optional.of("9200")) || AsciiText.containsIgnoreCase(first.host(), "elasticsearch")
                || AsciiText.containsIgnoreCase(first.host(), "opensearch"));
        return new EndpointShape.Url(scheme, search ? "elasticsearch" : technology.get(), hosts, network == Endpoint.Network.LOOPBACK);
    }

    /** Usable hosts, each with a port when there are several. */
    private static EndpointShape authorities(String value) {
        if (value.contains("/") || value.startsWith(":")) {
            return NO_ENDPOINT;
        }
        List<HostPort> hosts = HostPort.list(withoutTrailingOptions(value));
        if (!allUsable(hosts)) {
            return NO_ENDPOINT;
        }
        boolean allPorts = hosts.stream().allMatch(h -> h.port().isPresent());
        return hosts.size() > 1 && !allPorts ? NO_ENDPOINT : new EndpointShape.Authorities(hosts);
    }

    static Optional<Endpoint> fromAuthorities(List<HostPort> hosts, EndpointContext context) {
        HostPort first = hosts.get(0);
        Optional<String> byPort = first.port().flatMap(Technologies::byPort);
        Optional<String> technology = byPort.or(context::technologyHint);
        boolean loopback = Hosts.isLoopback(first.host());
        boolean ip = Hosts.isIpv4(first.host()) || Hosts.isIpv6(first.host());
        if (context.bind()) {
            return Optional.empty();
        }
        if (first.port().isPresent()) {
            boolean accepted = byPort.isPresent()
                    || context.technologyHint().filter("kafka"::equals).isPresent()
                    || !loopback && (ip || Hosts.isQualifiedDomainName(first.host()) || context.hostExpected());
            return accepted ? Optional.of(endpoint(technology.orElse(ip ? "ip" : "tcp"), Optional.empty(), hosts))
                    : Optional.empty();
        }
        if (loopback && !(context.hostExpected() && context.bareNamesAllowed())) {
            return Optional.empty();
        }
        if (ip) {
            boolean accepted = Hosts.isIpv4(first.host())
                    ? !Hosts.isNetworkOrMask(first.host()) && !Hosts.looksLikeVersion(first.host())
                    : context.hostExpected();
            return accepted ? Optional.of(endpoint(technology.orElse("ip"), Optional.empty(), hosts)) : Optional.empty();
        }
        boolean namedHost = context.hostExpected() && !SWITCH.matcher(first.host()).matches()
                && (Hosts.isQualifiedDomainName(first.host())
                || context.bareNamesAllowed() && (loopback || Regexes.matches(first.host(), "[A-Za-z][A-Za-z0-9-]*")));
        return namedHost ? Optional.of(endpoint(technology.orElse("unknown"), Optional.empty(), hosts)) : Optional.empty();
    }

    /** StackExchange.Redis style {@code host:6379,password=…,ssl=true}: the options after the hosts are not hosts. */
    private static String withoutTrailingOptions(String value) {
        String[] parts = value.split(",");
        int hosts = 0;
        while (hosts < parts.length && !parts[hosts].contains("=")) {
            hosts++;
        }
        for (int i = hosts; i < parts.length; i++) {
            if (!Regexes.matches(parts[i], "\\s*[\\w.-]+=.*")) {
                return value;
            }
        }
        return hosts == 0 ? value : String.join(",", java.util.Arrays.asList(parts).subList(0, hosts));
    }

    static Endpoint endpoint(String technology, Optional<String> scheme, List<HostPort> hosts) {
        if (hosts.size() == 1) {
            HostPort only = hosts.get(0);
            return new Endpoint(technology, scheme, only.host(), only.port(), "", Hosts.network(only.host()));
        }
        List<String> hostList = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (HostPort host : hosts) {
            if (!hostList.contains(host.host())) {
                hostList.add(host.host());
            }
            if (host.port().isPresent() && !ports.contains(host.port().get())) {
                ports.add(host.port().get());
            }
        }
        return new Endpoint(technology, scheme, String.join(",", hostList),
                ports.isEmpty() ? Optional.empty() : Optional.of(String.join(",", ports)), "", Hosts.network(hosts.get(0).host()));
    }

    /** At least one host, and every one usable. */
    static boolean allUsable(List<HostPort> hosts) {
        for (HostPort host : hosts) {
            if (!host.isUsableHost()) {
                return false;
            }
        }
        return !hosts.isEmpty();
    }

    private static boolean holdsWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Endpoint withValue(Endpoint endpoint, String value) {
        String redacted = Redaction.redact(value);
        if (redacted.length() > MAX_VALUE_LENGTH) {
            redacted = redacted.substring(0, MAX_VALUE_LENGTH);
        }
        return new Endpoint(endpoint.technology(), endpoint.scheme(), endpoint.host(), endpoint.port(), redacted,
                endpoint.network());
    }
}
