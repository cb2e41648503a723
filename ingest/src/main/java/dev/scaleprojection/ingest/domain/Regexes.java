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
        return pattern(regex).matcher(text).replaceAll(replacement);
    }

    static String replaceFirst(String text, String regex, String replacement) {
        return pattern(regex).matcher(text).replaceFirst(replacement);
    }
}
