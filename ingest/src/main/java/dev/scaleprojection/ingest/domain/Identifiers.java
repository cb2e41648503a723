package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name as code and configuration write it ({@code maxPoolSize}, {@code BATCH_SIZE}, {@code HTTPTimeout},
 * {@code X-Tenant-ID}, {@code hikari.maximum-pool-size}) into its lower-case words, so rules read words, not spellings.
 */
final class Identifiers {

    private Identifiers() {
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsWord(name, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return List.copyOf(words);
    }

    /** The last word, the head noun of most names: {@code customerEmail} is an email, {@code emailVerified} is not. */
    static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static boolean startsWord(String name, int i) {
        char c = name.charAt(i);
        char before = name.charAt(i - 1);
        if (Character.isUpperCase(c)) {
            return Character.isLowerCase(before) || Character.isDigit(before)
                    || Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        }
        return Character.isDigit(c) != Character.isDigit(before);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
