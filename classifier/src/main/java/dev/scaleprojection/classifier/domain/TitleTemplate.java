package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A rule title read once into text, {name} placeholders and [with|without] choices, so that filling it for every gap of
 * every classification is a loop over its parts. A placeholder is a '{', one or more letters, digits, '_', '.' or '-',
 * and a '}'; any other brace is text; an unknown or empty value reads as "?". A choice reads as its first part when
 * every placeholder in it has a value, and as its second part (or nothing, without a '|') when one has none — empty, or
 * what a scanner writes for "none": {@code unknown}, {@code unset}, {@code unspecified}, "?", and a context of
 * {@code root}. So "[{technology} endpoint|Endpoint] {host}" reads "Endpoint mailserver", not "unknown endpoint
 * mailserver". Choices do not nest; a '[' without a ']' is text.
 */
final class TitleTemplate {

    /** Values scanners write where they found none. */
    private static final Set<String> NO_VALUE = Set.of("", "?", "unknown", "unset", "unspecified");
    /**
     * Values scanners write as markers of where a literal sits (a tuning value's {@code holder}), read in words:
     * "Hard-coded timeout setting 10000 in a configuration class", not "… in config-class".
     */
    private static final Map<String, String> IN_WORDS = Map.of("config-class", "a configuration class",
            "config-module", "a configuration module");

    private final List<Flat> parts;
    /** Per part: the part to read when one of its placeholders has no value (null for plain text and placeholders). */
    private final List<Flat> otherwise;

    private TitleTemplate(List<Flat> parts, List<Flat> otherwise) {
        this.parts = parts;
        this.otherwise = otherwise;
    }

    static TitleTemplate of(String title) {
        List<Flat> parts = new ArrayList<>();
        List<Flat> otherwise = new ArrayList<>();
        int start = 0;
        int open = title.indexOf('[');
        while (open >= 0) {
            int close = title.indexOf(']', open + 1);
            if (close < 0) {
                break;
            }
            parts.add(Flat.of(title.substring(start, open)));
            otherwise.add(null);
            String choice = title.substring(open + 1, close);
            int bar = choice.indexOf('|');
            parts.add(Flat.of(bar < 0 ? choice : choice.substring(0, bar)));
            otherwise.add(Flat.of(bar < 0 ? "" : choice.substring(bar + 1)));
            start = close + 1;
            open = title.indexOf('[', start);
        }
        parts.add(Flat.of(title.substring(start)));
        otherwise.add(null);
        return new TitleTemplate(List.copyOf(parts), Collections.unmodifiableList(otherwise));
    }

    /** A value that says nothing: none, or what a scanner writes for none. */
    static boolean noValue(String name, String value) {
        return NO_VALUE.contains(value) || "context".equals(name) && FactPredicate.UNNAMED_CONTEXTS.contains(value);
    }

    /**
     * The title of a gap standing on several facts: each placeholder filled from {@code given} first, then with the
     * distinct values the facts carry for that attribute, sorted and joined by ", ".
     */
    String fill(List<Fact> facts, Map<String, String> given) {
        StringBuilder filled = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Flat part = parts.get(i);
            Flat chosen = otherwise.get(i) == null || part.allValued(name -> valueOf(facts, given, name)) ? part : otherwise.get(i);
            chosen.fill(name -> valueOf(facts, given, name), filled);
        }
        return filled.toString();
    }

    /** The title with each placeholder filled from {@code given} first, then from the fact's attributes. */
    String fill(Fact fact, Map<String, String> given) {
        if (parts.size() == 1) {
            return parts.get(0).fill(name -> valueOf(fact, given, name), new StringBuilder()).toString();
        }
        StringBuilder filled = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Flat part = parts.get(i);
            Flat chosen = otherwise.get(i) == null || part.allValued(name -> valueOf(fact, given, name)) ? part : otherwise.get(i);
            chosen.fill(name -> valueOf(fact, given, name), filled);
        }
        return filled.toString();
    }

    private static String valueOf(Fact fact, Map<String, String> given, String name) {
        return given.containsKey(name) ? given.get(name) : inWords(fact.attributes().getOrDefault(name, ""));
    }

    private static String valueOf(List<Fact> facts, Map<String, String> given, String name) {
        if (given.containsKey(name)) {
            return given.get(name);
        }
        TreeSet<String> values = new TreeSet<>();
        for (Fact fact : facts) {
            String value = fact.attribute(name);
            if (!noValue(name, value)) {
                values.add(inWords(value));
            }
        }
        return String.join(", ", values);
    }

    private static String inWords(String value) {
        return IN_WORDS.getOrDefault(value, value);
    }

    /** Text and {name} placeholders, without choices. */
    private static final class Flat {

        private final String[] literals;
        private final String[] names;

        private Flat(String[] literals, String[] names) {
            this.literals = literals;
            this.names = names;
        }

        static Flat of(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int literalStart = 0;
            int open = text.indexOf('{');
            while (open >= 0) {
                int end = open + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                if (end > open + 1 && end < text.length() && text.charAt(end) == '}') {
                    literals.add(text.substring(literalStart, open));
                    names.add(text.substring(open + 1, end));
                    literalStart = end + 1;
                    open = text.indexOf('{', literalStart);
                } else {
                    // Not a placeholder: the brace is text, and no placeholder starts before the next brace.
                    open = text.indexOf('{', open + 1);
                }
            }
            literals.add(text.substring(literalStart));
            return new Flat(literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
        }

        boolean allValued(UnaryOperator<String> values) {
            for (String name : names) {
                if (noValue(name, values.apply(name))) {
                    return false;
                }
            }
            return true;
        }

        StringBuilder fill(UnaryOperator<String> values, StringBuilder filled) {
            filled.append(literals[0]);
            for (int i = 0; i < names.length; i++) {
                String value = values.apply(names[i]);
                filled.append(value.isEmpty() ? "?" : value).append(literals[i + 1]);
            }
            return filled;
        }
    }
}
