package dev.scaleprojection.ingest.domain;

/**
 * Property and shell-style placeholders: Spring {@code ${NAME:default}}, Compose and shell {@code ${NAME:-default}},
 * {@code ${NAME-default}}, {@code ${NAME:?error}}. Placeholders with a default are replaced by it (nested ones too);
 * those without stay as written, so a placeholder in the host position keeps a value from being an endpoint.
 */
public final class Placeholders {

    /** The value with defaults substituted; {@code usedDefault} when any placeholder had one. */
    public record Resolved(String value, boolean usedDefault) {
    }

    private static final int MAX_DEPTH = 8;

    private Placeholders() {
    }

    /** True when the whole value is one placeholder without a default, such as {@code ${DB_URL}}: nothing is configured. */
    public static boolean isBarePlaceholder(String value) {
        String v = unescape(value.strip());
        // both forms start with '$': most values are refused without a matcher
        return v.startsWith("$") && Regexes.matches(v, "\\$\\{[A-Za-z0-9_.\\-\\[\\]]+(:?\\?[^}]*)?}") || Regexes.matches(v, "\\$[A-Za-z_][A-Za-z0-9_]*");
    }

    public static Resolved resolve(String value) {
        String unescaped = unescape(value);
        return unescaped.contains("${") ? resolve(unescaped, 0) : new Resolved(unescaped, false);
    }

    private static Resolved resolve(String value, int depth) {
        StringBuilder out = new StringBuilder();
        boolean usedDefault = false;
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf("${", i);
            int close = open < 0 ? -1 : matchingBrace(value, open + 1);
            if (open < 0 || close < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, open);
            String inner = value.substring(open + 2, close);
            int separator = defaultSeparator(inner);
            if (separator < 0 || depth >= MAX_DEPTH) {
                out.append(value, open, close + 1);
            } else {
                int skip = inner.startsWith(":-", separator) ? 2 : 1;
                Resolved fallback = resolve(inner.substring(separator + skip), depth + 1);
                out.append(fallback.value());
                usedDefault = true;
            }
            i = close + 1;
        }
        return new Resolved(out.toString(), usedDefault);
    }

    /**
     * Where the default starts: at a '-' or ":-" after a shell variable name ({@code ${REDIS_URL-redis://…}}), else at
     * the first ':' after a property name, which may hold dots and dashes ({@code ${app.db-url:jdbc:…}}); -1 for none
     * or for a required {@code :?}.
     */
    private static int defaultSeparator(String inner) {
        int colon = inner.indexOf(':');
        int dash = inner.indexOf('-');
        boolean shellDash = dash > 0 && (colon < 0 || dash < colon) && Regexes.matches(inner.substring(0, dash), "[A-Za-z_]\\w*")
                && (colon < 0 || Regexes.matches(inner.substring(0, dash), "[A-Z_][A-Z0-9_]*"));
        if (shellDash) {
            return dash;
        }
        if (colon > 0 && Regexes.matches(inner.substring(0, colon), "[\\w.\\-\\[\\]]+")) {
            return inner.startsWith(":?", colon) ? -1 : colon;
        }
        return -1;
    }

    private static int matchingBrace(String value, int open) {
        int depth = 0;
        for (int i = open; i < value.length(); i++) {
            if (value.charAt(i) == '{') {
                depth++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Kotlin and shell escape the dollar: {@code \${…}}. */
    private static String unescape(String value) {
        return value.replace("\\$", "$");
    }
}
