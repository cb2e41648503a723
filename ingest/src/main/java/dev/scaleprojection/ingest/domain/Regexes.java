package dev.scaleprojection.ingest.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@link String#replaceAll} and {@link String#replaceFirst} with each expression compiled once
 * for the whole process instead of on every call: same results, without a compilation per candidate in the hot loops.
 */
final class Regexes {

    private static final int MAX_KEPT = 4096;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    static Pattern pattern(String regex) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (COMPILED.size() < MAX_KEPT) {
                COMPILED.put(regex, pattern);
            }
        }
        return pattern;
    }

    static boolean matches(String text, String regex) {
        return pattern(regex).matcher(text).matches();
    }

    static String replaceAll(String text, String regex, String replacement) {
        if (regex.equals("\\s+") && replacement.equals(" ")) {
            return collapseSpaces(text);
        }
        return pattern(regex).matcher(text).replaceAll(replacement);
    }

    /**
     * {@code text.replaceAll("\\s+", " ")} without a regular expression, the commonest replacement in the detectors:
     * every run of {@code [ \t\n\x0B\f\r]} becomes one space; the text itself when it holds no such run but single spaces.
     */
    static String collapseSpaces(String text) {
        int i = 0;
        while (i < text.length() && (!isSpace(text.charAt(i)) || text.charAt(i) == ' '
                && (i + 1 == text.length() || !isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                out.append(' ');
                while (i < text.length() && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code \\s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String replaceFirst(String text, String regex, String replacement) {
        return pattern(regex).matcher(text).replaceFirst(replacement);
    }
}
