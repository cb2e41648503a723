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

    private GoTagDefaults() {
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
