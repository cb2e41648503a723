package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What surrounds a candidate value: a technology named nearby ({@code bootstrap.servers} says Kafka), whether a host is
 * expected there (a key or parameter called host, server, address …), which lets bare qualified host names count;
 * whether even single-label names ({@code redis}) and a bare {@code localhost} count, which only a configuration key
 * ending in host, server or address earns; and whether the value is a listen/bind address, never an endpoint to reach.
 */
public record EndpointContext(Optional<String> technologyHint, boolean hostExpected, boolean bareNamesAllowed,
                              boolean bind) {

    public static final EndpointContext NONE = new EndpointContext(Optional.empty(), false, false, false);

    static final Pattern HOST_KEY = Pattern.compile(
            "(?i).*(host|hostname|hosts|server|servers|address|addr|endpoint|endpoints|url|uri|dsn|nodes|contact[-_.]?points"
                    + "|brokers|seeds|bootstrap[-_.]?servers)");
    static final Pattern HOST_NAME_KEY = Pattern.compile(
            "(?i)(.*[-_.])?(host|hostname|hosts|server|servers|address|addr|brokers|seeds|nodes)|.*[a-z](Host|Hostname|Server|Address)");
    private static final String[] HOST_NAME_ENDINGS = {"host", "hostname", "hosts", "server", "servers", "address", "addr",
        "brokers", "seeds", "nodes"};
    static final Pattern BIND_KEY = Pattern.compile(
            "(?i).*(listen|bind|server[._-]address|kestrel|aspnetcore_urls|^urls$|management[._-]server).*");

    /** The words a key {@code HOST_KEY} matches ends with, in some case. */
    private static final String[] HOST_KEY_ENDINGS = {"host", "hostname", "hosts", "server", "servers", "address", "addr",
        "endpoint", "endpoints", "url", "uri", "dsn", "nodes", "points", "brokers", "seeds"};
    /** The words {@code BIND_KEY} needs, one of them in each key it matches, in some case. */
    private static final String[] BIND_WORDS = {"listen", "bind", "address", "kestrel", "urls", "server"};

    /**
     * Whose entries are each a service's address, keyed by the service: {@code APIServiceLocations: { OrdersAPI:
     * "orders:5100" }}, {@code ServiceUrls}, {@code apiEndpoints}; not a chart's {@code hosts: { web: shop.local }}, the
     * names an ingress serves.
     */
    static final Pattern ADDRESS_MAP_KEY = Pattern.compile("(?i).*(service|api)s?\\w*(locations|urls|uris|endpoints"
            + "|addresses|hosts)");
    private static final String[] ADDRESS_MAP_ENDINGS = {"locations", "urls", "uris", "endpoints", "addresses", "hosts"};

    /** The context of a configuration value, from its key (a property name or a YAML path). */
    public static EndpointContext ofKey(String key) {
        int last = key.lastIndexOf('.');
        String lastSegment = key.substring(last + 1);
        String parentSegment = last < 0 ? "" : key.substring(key.lastIndexOf('.', last - 1) + 1, last);
        boolean hostKey = endsWithAny(lastSegment, HOST_KEY_ENDINGS) && HOST_KEY.matcher(lastSegment).matches();
        boolean addressMap = endsWithAny(parentSegment, ADDRESS_MAP_ENDINGS) && ADDRESS_MAP_KEY.matcher(parentSegment).matches();
        boolean bindKey = containsAnyIgnoringCase(key, BIND_WORDS) && BIND_KEY.matcher(key).matches();
        return new EndpointContext(Technologies.hintIn(key.toLowerCase(Locale.ROOT)), hostKey || addressMap,
                allowsBareNames(key), bindKey);
    }

    /** {@link #bareNamesAllowed} of {@link #ofKey}, alone: most values need no more of their key's context. */
    static boolean allowsBareNames(String key) {
        String lastSegment = key.substring(key.lastIndexOf('.') + 1);
        return endsWithAny(lastSegment, HOST_NAME_ENDINGS) && HOST_NAME_KEY.matcher(lastSegment).matches();
    }

    private static boolean containsAnyIgnoringCase(String text, String... lowerWords) {
        for (String word : lowerWords) {
            if (AsciiText.containsIgnoreCase(text, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} ends with one of {@code words} (ASCII lower case), in any ASCII case: {@code HOST_NAME_KEY} and
     * the like, {@code (?i)} without {@code UNICODE_CASE}, need one.
     */
    private static boolean endsWithAny(String text, String... words) {
        for (String word : words) {
            if (AsciiText.startsWithIgnoreCase(text, text.length() - word.length(), word)) {
                return true;
            }
        }
        return false;
    }
}
