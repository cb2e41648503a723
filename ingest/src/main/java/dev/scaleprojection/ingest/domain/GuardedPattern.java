package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern matched against a whole text only when the text holds one of {@code words}, each match of the pattern
 * holding one of them: a few {@code contains} refuse most texts for a fraction of what the matcher costs.
 */
record GuardedPattern(Pattern pattern, List<String> words) {

    static GuardedPattern of(String regex, String... words) {
        return new GuardedPattern(Pattern.compile(regex), List.of(words));
    }

    /** {@code pattern.matcher(text).matches()}, refused early when the text holds none of the words. */
    boolean matches(String text) {
        for (String word : words) {
            if (text.contains(word)) {
                return pattern.matcher(text).matches();
            }
        }
        return false;
    }
}
