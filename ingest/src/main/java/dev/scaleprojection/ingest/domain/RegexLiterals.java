package dev.scaleprojection.ingest.domain;

import java.util.Set;

/**
 * JavaScript and TypeScript regular expression literals: a '/' starts one where an operand is expected (after an
 * operator, an opening bracket, a keyword such as return), and it ends at the next unescaped '/' outside a character
 * class on the same line. Its quotes and slashes must not be read as strings or comments.
 */
final class RegexLiterals {

    private static final Set<String> KEYWORDS_BEFORE_REGEX = Set.of("return", "typeof", "case", "do", "else", "in", "of",
            "new", "delete", "void", "throw", "yield", "await");

    private RegexLiterals() {
    }

    static boolean allowedAt(String s, int slash, LexerOutput out) {
        int j = slash - 1;
        while (j >= 0 && Character.isWhitespace(out.codeAt(j))) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char previous = out.codeAt(j);
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(previous) >= 0) {
            return true;
        }
        int wordEnd = j + 1;
        while (j >= 0 && Character.isLetter(out.codeAt(j))) {
            j--;
        }
        return KEYWORDS_BEFORE_REGEX.contains(s.substring(j + 1, wordEnd));
    }

    /** Skips the literal starting at {@code start}; a '/' that turns out to be no literal is skipped alone. */
    static int skip(String s, int start, LexerOutput out) {
        int i = start + 1;
        boolean inClass = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                return start + 1;
            } else if (c == '\\') {
                i += 2;
                continue;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                out.regex(start, i + 1);
                return i + 1;
            }
            i++;
        }
        return start + 1;
    }
}
