package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule title read once into literal text and {name} placeholders, so that filling it for every gap of every
 * classification is a loop over its parts. A placeholder is a '{', one or more letters, digits, '_', '.' or '-', and a
 * '}'; any other brace is text. An unknown or empty value reads as "?".
 */
final class TitleTemplate {

    private final String[] literals;
    private final String[] names;

    private TitleTemplate(String[] literals, String[] names) {
        this.literals = literals;
        this.names = names;
    }

    static TitleTemplate of(String title) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int literalStart = 0;
        int open = title.indexOf('{');
        while (open >= 0) {
            int end = open + 1;
            while (end < title.length() && isNameChar(title.charAt(end))) {
                end++;
            }
            if (end > open + 1 && end < title.length() && title.charAt(end) == '}') {
                literals.add(title.substring(literalStart, open));
                names.add(title.substring(open + 1, end));
                literalStart = end + 1;
                open = title.indexOf('{', literalStart);
            } else {
                // Not a placeholder: the brace is text, and no placeholder starts before the next brace.
                open = title.indexOf('{', open + 1);
            }
        }
        literals.add(title.substring(literalStart));
        return new TitleTemplate(literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    /**
     * The title of a gap standing on several facts: each placeholder filled from {@code given} first, then with the
     * distinct values the facts carry for that attribute, sorted and joined by ", ".
     */
    String fill(List<Fact> facts, Map<String, String> given) {
        StringBuilder filled = new StringBuilder(literals[0]);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            String value = given.containsKey(name) ? given.get(name) : String.join(", ", facts.stream()
                    .map(fact -> fact.attributes().getOrDefault(name, "")).filter(v -> !v.isEmpty())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            filled.append(value.isEmpty() ? "?" : value).append(literals[i + 1]);
        }
        return filled.toString();
    }

    /** The title with each placeholder filled from {@code given} first, then from the fact's attributes. */
    String fill(Fact fact, Map<String, String> given) {
        if (names.length == 0) {
            return literals[0];
        }
        StringBuilder filled = new StringBuilder(literals[0].length() + 32 * names.length);
        filled.append(literals[0]);
        for (int i = 0; i < names.length; i++) {
            String value = given.containsKey(names[i]) ? given.get(names[i]) : fact.attributes().getOrDefault(names[i], "?");
            filled.append(value.isEmpty() ? "?" : value).append(literals[i + 1]);
        }
        return filled.toString();
    }
}
