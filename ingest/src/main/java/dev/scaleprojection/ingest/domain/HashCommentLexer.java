package dev.scaleprojection.ingest.domain;

/**
 * Lexer for Python and Ruby: {@code #} comments, Ruby {@code =begin}/{@code =end} blocks, '…' and "…" literals with
 * prefixes (r, b, f, u and their pairs), Python triple-quoted strings, Ruby "#{…}" interpolations lexed as code.
 * A backslash keeps the next character inside the literal even in raw strings, as Python's tokenizer does.
 */
final class HashCommentLexer {

    private static final int MAX_NESTING = 32;

    private final String s;
    private final boolean python;
    private final LexerOutput out;
    private int nesting;

    HashCommentLexer(String text, Language language, LexerOutput out) {
        this.s = text;
        this.python = language == Language.PYTHON;
        this.out = out;
    }

    void lex() {
        code(0, false);
    }

    private int code(int i, boolean untilBrace) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (untilBrace && c == '{') {
                depth++;
            } else if (untilBrace && c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            if (c == '#') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                out.blank(i, end);
                i = end;
            } else if (!python && c == '=' && (i == 0 || s.charAt(i - 1) == '\n') && s.startsWith("=begin", i)) {
                i = rubyBlockComment(i);
            } else if (c == '"' || c == '\'') {
                i = string(i, c);
            } else {
                i++;
            }
        }
        return i;
    }

    private int string(int quote, char q) {
        int start = prefixStart(quote);
        String tripled = q == '"' ? "\"\"\"" : "'''";
        boolean triple = python && s.startsWith(tripled, quote);
        int from = quote + (triple ? 3 : 1);
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (triple && c == q && s.startsWith(tripled, i)) {
                out.literal(start, from, i, i + 3);
                return i + 3;
            } else if (!triple && c == q) {
                out.literal(start, from, i, i + 1);
                return i + 1;
            } else if (python && !triple && c == '\n') {
                break;
            } else if (!python && q == '"' && s.startsWith("#{", i) && nesting < MAX_NESTING) {
                nesting++;
                i = Math.min(code(i + 2, true) + 1, s.length());
                nesting--;
            } else {
                i++;
            }
        }
        i = Math.min(i, s.length());
        out.literal(start, from, i, i);
        return i;
    }

    /** Python string prefixes (r, b, u, f and pairs such as rb or fr) belong to the literal. */
    private int prefixStart(int quote) {
        if (!python) {
            return quote;
        }
        int j = quote;
        while (j > 0 && quote - j < 2 && "rRbBuUfF".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        boolean partOfName = j > 0 && (Character.isLetterOrDigit(s.charAt(j - 1)) || s.charAt(j - 1) == '_');
        return partOfName ? quote : j;
    }

    private int rubyBlockComment(int start) {
        int end = s.indexOf("\n=end", start);
        end = end < 0 ? s.length() : Math.min(s.length(), end + 5);
        out.blank(start, end);
        return end;
    }
}
