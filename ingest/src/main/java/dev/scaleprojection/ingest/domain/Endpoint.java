package dev.scaleprojection.ingest.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An infrastructure endpoint recognized in a value: what technology it reaches, how ({@code scheme}), where
 * ({@code host}, comma-separated when a list; {@code port}), the redacted value, and whether the host is loopback,
 * private (single-label, .internal, private IP ranges …) or public.
 */
public record Endpoint(String technology, Optional<String> scheme, String host, Optional<String> port, String value,
                       Network network) {

    public enum Network { LOOPBACK, PRIVATE, PUBLIC }

    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("technology", technology);
        scheme.ifPresent(s -> attributes.put("scheme", s));
        attributes.put("host", host);
        port.ifPresent(p -> attributes.put("port", p));
        attributes.put("value", value);
        attributes.put("network", network.name().toLowerCase(Locale.ROOT));
        return attributes;
    }
}
