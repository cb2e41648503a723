package dev.scaleprojection.ingest.domain;

/**
 * Lexer for the C family: line and block comments (nested in Kotlin and Scala), "…" and '…' literals, text blocks and
 * raw strings ("""…""", C# raw strings with more quotes), C# verbatim and interpolated strings, JavaScript template
 * literals and regular expressions, Go raw strings. Interpolated expressions are lexed as code, so literals inside them
 * are found too. Unterminated single-line literals end at the line break, so one stray quote cannot swallow a file.
 */
final class CLikeLexer {

    private static final int MAX_NESTING = 32;

    private final String s;
    private final Language language;
    private final LexerOutput out;
    private int nesting;

    CLikeLexer(String text, Language language, LexerOutput out) {
        this.s = text;
        this.language = language;
        this.out = out;
    }

    void lex() {
        topLevel(0);
    }

    /** Lexes the code of an interpolation from {@code i}, up to the '}' that closes it, and returns that brace's index. */
    private int interpolated(int i) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            i = token(i, c);
        }
        return i;
    }

    /**
     * Code outside any interpolation: only a '/', a quote or a backtick can start anything,
     * so the lexer goes from one to the next, each found by a search of its own that is redone only once passed.
     */
    private int topLevel(int from) {
        int i = from;
        int slash = -1;
        int quote = -1;
        int apostrophe = -1;
        int backtick = -1;
        while (i < s.length()) {
            slash = slash < i ? next('/', i) : slash;
            quote = quote < i ? next('"', i) : quote;
            apostrophe = apostrophe < i ? next('\'', i) : apostrophe;
            backtick = backtick < i ? next('`', i) : backtick;
            i = Math.min(Math.min(slash, quote), Math.min(apostrophe, backtick));
            if (i == Integer.MAX_VALUE) {
                return s.length();
            }
            char c = s.charAt(i);
            i = token(i, c);
        }
        return i;
    }

    /** Lexes what starts at {@code i} with {@code c}: a comment, a literal or a regular expression; past it, or one on. */
    private int token(int i, char c) {
        if (c == '/' && at(i + 1) == '/') {
            return lineComment(i);
        } else if (c == '/' && at(i + 1) == '*') {
            return blockComment(i);
        } else if (c == '"') {
            return doubleQuoted(i);
        } else if (c == '\'') {
            return simpleString(i, '\'', i + 1);
        } else if (c == '`') {
            return backtick(i);
        } else if (c == '/' && isJavaScript() && RegexLiterals.allowedAt(s, i, out)) {
            return RegexLiterals.skip(s, i, out);
        }
        return i + 1;
    }

    /** Where {@code c} next occurs from {@code from}, or {@link Integer#MAX_VALUE} if nowhere. */
    private int next(char c, int from) {
        int at = s.indexOf(c, from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private int lineComment(int i) {
        int end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
        out.blank(i, end);
        return end;
    }

    private int blockComment(int start) {
        int end = BlockComments.end(s, start, language == Language.KOTLIN || language == Language.SCALA);
        out.blank(start, end);
        return end;
    }

    private int doubleQuoted(int i) {
        int quotes = run(i, '"');
        String prefix = language == Language.CSHARP ? csharpPrefix(i) : "";
        int start = i - prefix.length();
        if (quotes >= 3 && supportsRawStrings()) {
            return rawString(start, i, language == Language.CSHARP ? quotes : 3, prefix.contains("$"));
        }
        if (prefix.contains("@")) {
            return verbatim(start, i, prefix.contains("$"));
        }
        return simpleString(start, '"', i + 1);
    }

    /** "…" or '…' with backslash escapes, ending at the closing quote or, unterminated, at the line break. */
    private int simpleString(int start, char quote, int from) {
        boolean interpolates = interpolates(quote, start);
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                out.literal(start, from, i, i + 1);
                return i + 1;
            } else if (c == '\n') {
                break;
            } else if (interpolates && opensInterpolation(i)) {
                i = interpolation(i);
            } else {
                i++;
            }
        }
        i = Math.min(i, s.length());
        out.literal(start, from, i, i);
        return i;
    }

    /** Java text blocks (with escapes), Kotlin and Scala raw strings, C# raw strings of {@code quotes} quotes. */
    private int rawString(int start, int open, int quotes, boolean interpolated) {
        int from = open + quotes;
        int i = from;
        String close = "\"".repeat(quotes);
        while (i < s.length()) {
            if (language == Language.JAVA && s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith(close, i)) {
                int end = i + run(i, '"');
                out.literal(start, from, end - quotes, end);
                return end;
            } else if ((interpolated || language == Language.KOTLIN || language == Language.SCALA) && opensInterpolation(i)) {
                i = interpolation(i);
            } else {
                i++;
            }
        }
        out.literal(start, from, s.length(), s.length());
        return s.length();
    }

    /** C# @"…": no escapes except "" for a quote; may span lines. */
    private int verbatim(int start, int open, boolean interpolated) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.startsWith("\"\"", i)) {
                i += 2;
            } else if (s.charAt(i) == '"') {
                out.literal(start, open + 1, i, i + 1);
                return i + 1;
            } else if (interpolated && opensInterpolation(i)) {
                i = interpolation(i);
            } else {
                i++;
            }
        }
        out.literal(start, open + 1, s.length(), s.length());
        return s.length();
    }

    private int backtick(int i) {
        if (isJavaScript()) {
            return template(i);
        }
        if (language == Language.GO) {
            int end = s.indexOf('`', i + 1);
            end = end < 0 ? s.length() : end;
            out.literal(i, i + 1, end, Math.min(end + 1, s.length()));
            return Math.min(end + 1, s.length());
        }
        if (language == Language.KOTLIN || language == Language.SCALA) {
            int end = s.indexOf('`', i + 1);
            int eol = s.indexOf('\n', i + 1);
            return end < 0 || eol >= 0 && eol < end ? i + 1 : end + 1;
        }
        return i + 1;
    }

    /** JavaScript `…` with ${…} expressions; may span lines. */
    private int template(int open) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                out.literal(open, open + 1, i, i + 1);
                return i + 1;
            } else if (s.startsWith("${", i)) {
                i = interpolation(i + 1);
            } else {
                i++;
            }
        }
        out.literal(open, open + 1, s.length(), s.length());
        return s.length();
    }

    private boolean interpolates(char quote, int start) {
        if (quote != '"') {
            return false;
        }
        return switch (language) {
            case KOTLIN -> true;
            case SCALA -> start > 0 && Character.isLetter(s.charAt(start - 1));
            case CSHARP -> s.charAt(start) == '$';
            default -> false;
        };
    }

    private boolean opensInterpolation(int i) {
        if (language == Language.CSHARP) {
            return s.charAt(i) == '{' && at(i + 1) != '{';
        }
        return s.startsWith("${", i);
    }

    /** Lexes the expression opened at {@code i} (at '$' or '{') as code and returns the index after its closing '}'. */
    private int interpolation(int i) {
        int brace = s.indexOf('{', i);
        if (nesting >= MAX_NESTING || brace < 0) {
            return i + 1;
        }
        nesting++;
        int close = interpolated(brace + 1);
        nesting--;
        return Math.min(close + 1, s.length());
    }

    private String csharpPrefix(int quote) {
        int j = quote;
        while (j > 0 && (s.charAt(j - 1) == '$' || s.charAt(j - 1) == '@')) {
            j--;
        }
        return s.substring(j, quote);
    }

    private boolean supportsRawStrings() {
        return language == Language.JAVA || language == Language.KOTLIN || language == Language.SCALA
                || language == Language.CSHARP;
    }

    private boolean isJavaScript() {
        return language == Language.JAVASCRIPT || language == Language.TYPESCRIPT;
    }

    private int run(int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }
}
