package dev.scaleprojection.ingest.domain;

import java.util.regex.Pattern;

/**
 * How a function header ends ({@link BracedDeclarations}): its parameter list, maybe followed by throws, a return type
 * or '=' ({@link #TRAILER}), and the name before that list ({@link #NAME_BEFORE_PAREN}). Both are read by hand, from the
 * end of the header where they must stand, and find what the plain regular expressions find; the patterns say what is
 * sought, and the tests compare the two.
 */
final class FunctionHeaders {

    static final Pattern TRAILER = Pattern.compile(
            "\\)\\s*(?:throws\\s+[\\w.,\\s<>]+|:\\s*[^(){};]*|=|where\\s+[^{};]*|const|override|noexcept|async)?\\s*$");
    static final Pattern NAME_BEFORE_PAREN = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:<[^()]*>)?\\s*$");
    private static final String[] ENDING_WORDS = {"const", "override", "noexcept", "async"};

    private FunctionHeaders() {
    }

    /**
     * Where the name of the first match of {@link #NAME_BEFORE_PAREN} in {@code text[from, to)} starts, or -1. Every match
     * ends the text (the pattern ends with {@code \\s*$}): a name that only spaces follow, or a name before type arguments
     * when the text ends with '>'. The name runs to the last name character ({@link #nameEnd}).
     */
    static int nameBeforeParen(String text, int from, int to) {
        int last = lastBeforeSpace(text, from, to);
        if (last < from) {
            return -1;
        }
        if (isNamePart(text.charAt(last))) {
            // the name is the run of name characters ending here, from its first letter, '_' or '$' on (not a digit)
            int run = last;
            while (run > from && isNamePart(text.charAt(run - 1))) {
                run--;
            }
            while (run <= last && !isNameStart(text.charAt(run))) {
                run++;
            }
            return run <= last ? run : -1;
        }
        return text.charAt(last) == '>' ? nameBeforeTypeArguments(text, from, last) : -1;
    }

    /**
     * The first name followed by spaces and a '<' before the final '>' at {@code close}, with no parenthesis between
     * them ({@code <[^()]*>}): a name can only stand after the last parenthesis.
     */
    private static int nameBeforeTypeArguments(String text, int from, int close) {
        int start = close - 1;
        while (start >= from && text.charAt(start) != '(' && text.charAt(start) != ')') {
            start--;
        }
        start++;
        for (int at = start; at < close; at++) {
            if (isNameStart(text.charAt(at)) && (at == start || !isNameStart(text.charAt(at - 1)))) {
                int next = skipSpace(text, nameEnd(text, at), close);
                if (next < close && text.charAt(next) == '<') {
                    return at;
                }
            }
        }
        return -1;
    }

    /** The end of the name starting at {@code start}: the offset after its last {@code [\\w$]} character. */
    static int nameEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isNamePart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * The last character of {@code text[from, to)} that {@code \\s*$} leaves: before trailing spaces, themselves maybe
     * before a final line terminator that {@code \\s} does not take ({@code \\u0085}, {@code \\u2028}, {@code \\u2029});
     * {@code from - 1} when there is none.
     */
    private static int lastBeforeSpace(String text, int from, int to) {
        int end = to > from && isOtherLineTerminator(text.charAt(to - 1)) ? to - 1 : to;
        while (end > from && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end - 1;
    }

    /**
     * Where {@link #TRAILER} first matches, or -1: it can only start at a ')', and only at the last parenthesis of the
     * header or before {@code where}.
     */
    static int trailerStart(String header) {
        int lastParen = header.length() - 1;
        while (lastParen >= 0 && header.charAt(lastParen) != '(' && header.charAt(lastParen) != ')') {
            lastParen--;
        }
        if (lastParen < 0) {
            return -1;
        }
        for (int close = header.indexOf(')'); close >= 0; close = header.indexOf(')', close + 1)) {
            if ((close == lastParen || whereFollows(header, close + 1)) && trailerAt(header, close)) {
                return close;
            }
        }
        return -1;
    }

    /**
     * Whether {@link #TRAILER} matches at the ')' at {@code close}: after spaces, the end, or one of its alternatives up to
     * the end. Each alternative starts with a word or sign, so the spaces before it are all taken first.
     */
    private static boolean trailerAt(String header, int close) {
        int at = skipSpace(header, close + 1, header.length());
        if (endsAt(header, at)) {
            return true;
        }
        char c = header.charAt(at);
        if (c == ':') {
            return noneOf(header, at + 1, "(){};");
        }
        if (c == '=') {
            return endsAt(header, skipSpace(header, at + 1, header.length()));
        }
        if (header.startsWith("throws", at)) {
            // \s+ then [\w.,\s<>]+: two or more of those characters, the first a space, up to the end
            int start = at + "throws".length();
            int end = start;
            while (end < header.length() && isThrowsPart(header.charAt(end))) {
                end++;
            }
            return end - start >= 2 && isSpace(header.charAt(start)) && endsAt(header, end);
        }
        if (header.startsWith("where", at)) {
            int start = at + "where".length();
            return start < header.length() && isSpace(header.charAt(start)) && noneOf(header, start, "{};");
        }
        for (String word : ENDING_WORDS) {
            if (header.startsWith(word, at)) {
                return endsAt(header, skipSpace(header, at + word.length(), header.length()));
            }
        }
        return false;
    }

    /** Whether {@code $} matches at {@code at}: the end of the text, or before a final line terminator. */
    private static boolean endsAt(String text, int at) {
        return at == text.length() || at == text.length() - 1 && isOtherLineTerminator(text.charAt(at));
    }

    /** Whether {@code text} holds none of {@code characters} from {@code from} on. */
    private static boolean noneOf(String text, int from, String characters) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code [\\w.,\\s<>]}. */
    private static boolean isThrowsPart(char c) {
        return isNamePart(c) && c != '$' || c == '.' || c == ',' || c == '<' || c == '>' || isSpace(c);
    }

    /**
     * Whether {@code where} follows {@code from} after spaces: the only part of {@link #TRAILER} that may hold a
     * parenthesis, so the only way a ')' with another parenthesis after it can start a trailer.
     */
    private static boolean whereFollows(String header, int from) {
        int at = from;
        while (at < header.length() && Character.isWhitespace(header.charAt(at))) {
            at++;
        }
        return header.startsWith("where", at);
    }

    private static int skipSpace(String text, int from, int to) {
        int at = from;
        while (at < to && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** {@code \\s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A line terminator that {@code $} matches before but {@code \\s} does not take. */
    private static boolean isOtherLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code [\\w$]}: what a name continues with. */
    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** {@code [A-Za-z_$]}: what a name begins with. */
    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }
}
