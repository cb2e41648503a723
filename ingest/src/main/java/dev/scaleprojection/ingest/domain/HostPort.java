package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@code host[:port]} of an authority; the port is absent when missing or a placeholder ("%d", "${PORT}"). */
record HostPort(String host, Optional<String> port, boolean portMalformed) {

    static HostPort parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            int close = trimmed.indexOf(']');
            if (close < 0) {
                return new HostPort(trimmed, Optional.empty(), true);
            }
            String rest = trimmed.substring(close + 1);
            return rest.isEmpty() ? new HostPort(trimmed, Optional.empty(), false)
                    : withPort(trimmed.substring(0, close + 1), rest.startsWith(":") ? rest.substring(1) : rest);
        }
        int colon = trimmed.lastIndexOf(':');
        if (colon < 0) {
            return new HostPort(trimmed, Optional.empty(), false);
        }
        if (trimmed.indexOf(':') != colon) {
            return new HostPort(trimmed, Optional.empty(), !Hosts.isIpv6("[" + trimmed + "]"));
        }
        return withPort(trimmed.substring(0, colon), trimmed.substring(colon + 1));
    }

    private static HostPort withPort(String host, String port) {
        if (port.isEmpty()) {
            return new HostPort(host, Optional.empty(), true);
        }
        if (isPortNumber(port)) {
            return new HostPort(host, Optional.of(port), false);
        }
        boolean placeholder = Regexes.matches(port, ".*[${}%<>].*") || Regexes.matches(port, "[A-Z_]+");
        return new HostPort(host, Optional.empty(), !placeholder);
    }

    /** {@code \d{1,5}} from 1 to 65535, tested without a matcher. */
    private static boolean isPortNumber(String port) {
        if (port.length() > 5) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
            value = value * 10 + port.charAt(i) - '0';
        }
        return value > 0 && value <= 65535;
    }

    /** Splits a comma-separated authority list such as {@code h1:9092,h2:9092}. */
    static List<HostPort> list(String text) {
        List<HostPort> hosts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                hosts.add(parse(part));
            }
        }
        return hosts;
    }

    boolean isUsableHost() {
        return !portMalformed && Hosts.isWellFormed(host) && !Hosts.isPlaceholder(host) && !Hosts.isUnspecified(host);
    }
}
