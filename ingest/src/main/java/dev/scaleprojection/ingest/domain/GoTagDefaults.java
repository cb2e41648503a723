package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default a Go configuration struct's tag gives a field that the environment sets otherwise: ardanlabs/conf's
 * {@code `conf:"default:http://auth-service:6000"`}, envconfig's {@code `default:"…"`}, caarlos0/env's {@code
 * `envDefault:"…"`}.
 */
final class GoTagDefaults {

    private static final Pattern DEFAULT = Pattern.compile("(?:^|\\s)conf:\"(?:[^\"]*,)?default:([^,\"]+)"
            + "|(?:^|\\s)(?:default|envDefault):\"([^\"]+)\"");

    private static final Pattern FIELD = Pattern.compile("\\s*(\\w+)");
    private static final Pattern STRUCT = Pattern.compile("(\\w+)\\s+struct\\s*$");

    private GoTagDefaults() {
    }

    /**
     * The key a tag at {@code offset} sets: its field's name after the name of the struct that holds it, {@code DB.Host}
     * for {@code DB struct { Host string `conf:"default:database-service"` }}, which says what a bare host is.
     */
    static String key(String code, int offset) {
        int lineStart = code.lastIndexOf('\n', offset) + 1;
        Matcher field = FIELD.matcher(code).region(lineStart, offset);
        String name = field.lookingAt() ? field.group(1) : "";
        int depth = 0;
        for (int i = lineStart - 1; i >= 0; i--) {
            char c = code.charAt(i);
            depth += c == '}' ? 1 : 0;
            if (c == '{' && depth-- == 0) {
                Matcher struct = STRUCT.matcher(code).region(code.lastIndexOf('\n', i) + 1, i);
                return struct.find() ? struct.group(1) + "." + name : name;
            }
        }
        return name;
    }

    /** The default in a struct tag's text, if it gives one. */
    static Optional<String> of(String tag) {
        if (!tag.contains("efault:")) {
            return Optional.empty();
        }
        Matcher matcher = DEFAULT.matcher(tag);
        return matcher.find() ? Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : Optional.empty();
    }
}
