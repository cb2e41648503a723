package dev.scaleprojection.ingest.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a hard-coded amount where code writes one: a number ({@code 5_000L}, {@code "20"}), a product of numbers
 * ({@code 30 * 1000}), or a duration ({@code Duration.ofSeconds(30)}, {@code 5 * time.Second}, {@code timedelta(
 * seconds=30)}, {@code TimeSpan.FromSeconds(30)}, {@code 30.seconds}, {@code 5, TimeUnit.SECONDS}), and in
 * configuration {@code 30s}, {@code 500ms}, {@code PT30S}. Anything computed from a name is not an amount.
 */
final class TuningValues {

    /** The amount as a plain decimal, its unit (ms, seconds … or "" when the code does not say), and where it ends. */
    record Value(String number, String unit, boolean duration, int end) {
    }

    private static final String NUM = "-?\\d[\\d_]*(?:\\.\\d+)?[LlFfDdMmUu]?";
    private static final String PRODUCT = NUM + "(?:\\s*\\*\\s*" + NUM + ")*";
    /** A numeric literal's type suffix ({@code 30L}, {@code 0.5f}, {@code 10m}), compiled once: it is read for every amount. */
    private static final Pattern TYPE_SUFFIX = Pattern.compile("[LlFfDdMmUu]$");
    private static final Pattern[] DURATIONS = {
        Pattern.compile("(?:java\\.time\\.)?Duration\\.of(Nanos|Millis|Seconds|Minutes|Hours|Days)\\(\\s*(" + PRODUCT
                + ")\\s*\\)"),
        Pattern.compile("(?:TimeUnit|ChronoUnit)\\.(\\w+)\\.to\\w+\\(\\s*(" + PRODUCT + ")\\s*\\)"),
        Pattern.compile("(?:datetime\\.)?timedelta\\(\\s*(\\w+)\\s*=\\s*(" + PRODUCT + ")\\s*\\)"),
        Pattern.compile("(?:System\\.)?TimeSpan\\.From(\\w+)\\(\\s*(" + PRODUCT + ")\\s*\\)"),
        Pattern.compile("time\\.(Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)\\s*\\*\\s*(" + PRODUCT + ")"),
    };
    private static final Pattern[] DURATIONS_AMOUNT_FIRST = {
        Pattern.compile("(?:java\\.time\\.)?Duration\\.of\\(\\s*(" + PRODUCT + ")\\s*,\\s*ChronoUnit\\.(\\w+)\\s*\\)"),
        Pattern.compile("(" + PRODUCT + ")\\s*\\*\\s*time\\.(Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)\\b"),
        Pattern.compile("(" + PRODUCT + ")\\s*,\\s*(?:java\\.util\\.concurrent\\.)?(?:TimeUnit|ChronoUnit)\\.(\\w+)"),
        Pattern.compile("(" + NUM + ")\\.(milliseconds|seconds|minutes|hours|days)\\b"),
    };
    /** The letters {@link #DURATIONS} and the first of {@link #DURATIONS_AMOUNT_FIRST} start with: any other is no duration. */
    private static final String NAMED_STARTS = "jDTCdtS";
    private static final Pattern PLAIN = Pattern.compile("[\"']?(" + PRODUCT + ")[\"']?");
    private static final Pattern END = Pattern.compile("\\s*(?:[;,)}\\]\\r\\n]|$|//|#|/\\*)");
    /** A number in a configuration file: no type suffix there, so that the m of {@code 3000ms} starts its unit. */
    private static final String CONFIGURED_NUM = "-?\\d[\\d_]*(?:\\.\\d+)?";
    private static final Pattern CONFIGURED = Pattern.compile("(?i)(" + CONFIGURED_NUM + ")\\s*(ms|millis|milliseconds|s|sec|secs|seconds"
            + "|m|min|mins|minutes|h|hours|d|days|ns|us)?");
    private static final Pattern ISO_DURATION = Pattern.compile("(?i)PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?");

    private TuningValues() {
    }

    /** The amount written at {@code offset} of {@code view}, ending where an expression may end. */
    static Optional<Value> at(String view, int offset) {
        int limit = Math.min(view.length(), offset + 200);
        if (offset < view.length()) {
            char first = view.charAt(offset);
            if (first == '-' || first >= '0' && first <= '9' || first == '"' || first == '\'') {
                return numberFirst(view, offset, limit);
            }
            if (NAMED_STARTS.indexOf(first) < 0) {
                return Optional.empty();
            }
        }
        for (Pattern pattern : DURATIONS) {
            Matcher matcher = pattern.matcher(view).region(offset, limit);
            if (matcher.lookingAt() && ends(view, matcher.end())) {
                return Optional.of(new Value(amount(matcher.group(2)), unit(matcher.group(1)), true, matcher.end()));
            }
        }
        for (Pattern pattern : DURATIONS_AMOUNT_FIRST) {
            Matcher matcher = pattern.matcher(view).region(offset, limit);
            if (matcher.lookingAt() && ends(view, matcher.end())) {
                return Optional.of(new Value(amount(matcher.group(1)), unit(matcher.group(2)), true, matcher.end()));
            }
        }
        Matcher plain = PLAIN.matcher(view).region(offset, limit);
        if (plain.lookingAt() && ends(view, plain.end())) {
            return Optional.of(new Value(amount(plain.group(1)), "", false, plain.end()));
        }
        return Optional.empty();
    }

    /**
     * An amount written number first: a quote, a '-' or a digit starts none of {@link #DURATIONS} nor the first of
     * {@link #DURATIONS_AMOUNT_FIRST}, which name their API first, so those are not tried.
     */
    private static Optional<Value> numberFirst(String view, int offset, int limit) {
        for (int i = 1; i < DURATIONS_AMOUNT_FIRST.length; i++) {
            Matcher matcher = DURATIONS_AMOUNT_FIRST[i].matcher(view).region(offset, limit);
            if (matcher.lookingAt() && ends(view, matcher.end())) {
                return Optional.of(new Value(amount(matcher.group(1)), unit(matcher.group(2)), true, matcher.end()));
            }
        }
        Matcher plain = PLAIN.matcher(view).region(offset, limit);
        if (plain.lookingAt() && ends(view, plain.end())) {
            return Optional.of(new Value(amount(plain.group(1)), "", false, plain.end()));
        }
        return Optional.empty();
    }

    /** A configured value: {@code 20}, {@code 30s}, {@code 500ms}, {@code PT30S}. */
    static Optional<Value> configured(String value) {
        String stripped = value.strip();
        // ISO_DURATION matches only what starts with "PT", CONFIGURED only what starts with '-' or a digit: most values
        // (addresses, names, flags) are given to neither pattern
        if (stripped.isEmpty() || !AsciiText.startsWithIgnoreCase(stripped, 0, "pt") && stripped.charAt(0) != '-'
                && (stripped.charAt(0) < '0' || stripped.charAt(0) > '9')) {
            return Optional.empty();
        }
        Matcher iso = ISO_DURATION.matcher(stripped);
        if (stripped.length() > 2 && iso.matches()) {
            BigDecimal seconds = BigDecimal.ZERO;
            seconds = seconds.add(iso.group(1) == null ? BigDecimal.ZERO
                    : new BigDecimal(iso.group(1)).multiply(BigDecimal.valueOf(3600)));
            seconds = seconds.add(iso.group(2) == null ? BigDecimal.ZERO
                    : new BigDecimal(iso.group(2)).multiply(BigDecimal.valueOf(60)));
            seconds = seconds.add(iso.group(3) == null ? BigDecimal.ZERO : new BigDecimal(iso.group(3)));
            return Optional.of(new Value(seconds.stripTrailingZeros().toPlainString(), "seconds", true, stripped.length()));
        }
        Matcher matcher = CONFIGURED.matcher(stripped);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String unit = matcher.group(2) == null ? "" : unit(matcher.group(2));
        return Optional.of(new Value(amount(matcher.group(1)), unit, !unit.isEmpty(), stripped.length()));
    }

    /** The unit a name or API spells: {@code Millis}, {@code SECONDS}, {@code ms}, {@code Second} … ; "" when unknown. */
    static String unit(String spelled) {
        String lower = spelled.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "ns", "nanos", "nanosecond", "nanoseconds" -> "ns";
            case "us", "micros", "microsecond", "microseconds" -> "us";
            case "ms", "millis", "millisecond", "milliseconds", "msec", "msecs" -> "ms";
            case "s", "sec", "secs", "second", "seconds" -> "seconds";
            case "m", "min", "mins", "minute", "minutes" -> "minutes";
            case "h", "hour", "hours" -> "hours";
            case "d", "day", "days" -> "days";
            default -> "";
        };
    }

    /**
     * The unit of a tuning amount: count for sizes; for timeouts the unit the expression or the name spells
     * ({@code timeoutMs}), else the convention of the language's clients (Python seconds, JavaScript milliseconds, Java
     * timeout setters milliseconds), else unspecified.
     */
    static String unit(String parameter, String name, Value value, Language language) {
        if (!parameter.equals(TuningNames.TIMEOUT)) {
            return "count";
        }
        if (!value.unit().isEmpty()) {
            return value.unit();
        }
        java.util.List<String> words = Identifiers.words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            String unit = unit(words.get(i));
            if (!unit.isEmpty()) {
                return unit;
            }
        }
        return switch (language) {
            case PYTHON -> "seconds";
            case JAVASCRIPT, TYPESCRIPT -> "ms";
            case JAVA, KOTLIN -> Regexes.matches(name, "(?s).*set\\w*Timeout") ? "ms" : "unspecified";
            default -> "unspecified";
        };
    }

    private static boolean ends(String view, int end) {
        return END.matcher(view).region(end, Math.min(view.length(), end + 10)).lookingAt();
    }

    /** Evaluates a number or a product of numbers, without underscores or type suffixes. */
    static String amount(String written) {
        if (isInteger(written)) {
            // most amounts are one plain integer (500, 30): the product of it alone is its digits without leading zeros
            int first = 0;
            while (first < written.length() - 1 && written.charAt(first) == '0') {
                first++;
            }
            return written.substring(first);
        }
        BigDecimal product = BigDecimal.ONE;
        for (String factor : written.split("\\*")) {
            String digits = TYPE_SUFFIX.matcher(factor.strip().replace("_", "")).replaceAll("");
            product = product.multiply(new BigDecimal(digits));
        }
        return product.stripTrailingZeros().toPlainString();
    }

    private static boolean isInteger(String written) {
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) < '0' || written.charAt(i) > '9') {
                return false;
            }
        }
        return !written.isEmpty();
    }
}
