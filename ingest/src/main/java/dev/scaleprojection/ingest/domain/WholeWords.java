package dev.scaleprojection.ingest.domain;

import java.util.regex.Pattern;

/**
 * Whether a name occurs as a whole word ({@code \bname\b}) in a text from an offset on, answered by plain searches when
 * the name and the characters around each occurrence are ASCII, and by the pattern otherwise, so the answers are the
 * pattern's (run over the region from that offset, whose start counts as a boundary).
 */
final class WholeWords {

    private WholeWords() {
    }

    static boolean occursAfter(String text, String name, int from) {
        if (text.indexOf(name, from) < 0) {
            return false;
        }
        if (!asciiWord(name)) {
            return byPattern(text, name, from);
        }
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            char before = at > from ? text.charAt(at - 1) : ' ';
            char after = end < text.length() ? text.charAt(end) : ' ';
            if (before > 127 || after > 127) {
                return byPattern(text, name, from);
            }
            if (!isWord(before) && !isWord(after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean byPattern(String text, String name, int from) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).region(from, text.length()).find();
    }

    /** A non-empty name of ASCII letters, digits and '_': it starts and ends inside a word. */
    private static boolean asciiWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127 || !isWord(name.charAt(i))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
