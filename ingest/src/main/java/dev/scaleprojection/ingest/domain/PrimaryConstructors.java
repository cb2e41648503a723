package dev.scaleprojection.ingest.domain;

import java.util.regex.Pattern;

/**
 * Where a primary constructor's parameter list opens: {@code class Name(val url: String)}, {@code record Point(int x)},
 * {@code class Name<T> constructor(…)} ({@link BracedDeclarations}). The pattern is tried only where its keyword is
 * followed, past the name and anything made of name characters and spaces, by '(' or '<': most classes are not.
 */
final class PrimaryConstructors {

    static final Pattern PRIMARY_CONSTRUCTOR = Pattern.compile(
            "(?<![.\\w])(class|record)\\s+([A-Za-z_$][\\w$]*)\\s*(?:<[^(){};]*>)?\\s*(?:constructor\\s*)?\\(");

    private PrimaryConstructors() {
    }

    /** The matches of {@link #PRIMARY_CONSTRUCTOR} in {@code code}, as {@code Matcher.find} gives them. */
    static KeywordMatches in(String code) {
        return new KeywordMatches(PRIMARY_CONSTRUCTOR, code, PrimaryConstructors::mayOpenAt, "class", "record");
    }

    /**
     * Whether a match may start at the keyword at {@code at}: no {@code [.\\w]} before it, a space after it, a name, then
     * after the name's characters, "constructor" and spaces ({@code [\\w$\\s]*}), the '(' or the '<' the pattern needs.
     */
    static boolean mayOpenAt(String code, int at) {
        if (at > 0 && (isWordPart(code.charAt(at - 1)) || code.charAt(at - 1) == '.')) {
            return false;
        }
        int i = at + (code.startsWith("class", at) ? "class".length() : "record".length());
        if (i >= code.length() || !isSpace(code.charAt(i))) {
            return false;
        }
        while (i < code.length() && isSpace(code.charAt(i))) {
            i++;
        }
        if (i >= code.length() || !(isWordPart(code.charAt(i)) && !isDigit(code.charAt(i)) || code.charAt(i) == '$')) {
            return false;
        }
        while (i < code.length() && (isWordPart(code.charAt(i)) || code.charAt(i) == '$' || isSpace(code.charAt(i)))) {
            i++;
        }
        return i < code.length() && (code.charAt(i) == '(' || code.charAt(i) == '<');
    }

    /** {@code \\w}: an ASCII letter or digit, or '_'. */
    private static boolean isWordPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \\s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
