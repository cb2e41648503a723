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
        topLevel();
    }

    /**
     * Code outside any interpolation: only a '#', a quote or a Ruby {@code =begin} at a line start can start anything,
     * so the lexer goes from one to the next, each found by a search of its own that is redone only once passed (a
     * look at every character took most of the lexing of Python files).
     */
    private void topLevel() {
        int i = 0;
        int hash = -1;
        int quote = -1;
        int apostrophe = -1;
        int blockComment = python ? Integer.MAX_VALUE : -1;
        while (i < s.length()) {
            hash = hash < i ? next('#', i) : hash;
            quote = quote < i ? next('"', i) : quote;
            apostrophe = apostrophe < i ? next('\'', i) : apostrophe;
            blockComment = blockComment < i ? nextBlockComment(i) : blockComment;
            i = Math.min(Math.min(hash, quote), Math.min(apostrophe, blockComment));
            if (i == Integer.MAX_VALUE) {
                return;
            }
            i = token(i, s.charAt(i));
        }
    }

    /** Lexes the code of a Ruby interpolation from {@code i} up to the '}' that closes it; returns that brace's index. */
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

    /** Lexes what starts at {@code i} with {@code c}: a comment or a literal; past it, or one on. */
    private int token(int i, char c) {
        if (c == '#') {
            int end = s.indexOf('\n', i);
            end = end < 0 ? s.length() : end;
            out.blank(i, end);
            return end;
        } else if (!python && c == '=' && (i == 0 || s.charAt(i - 1) == '\n') && s.startsWith("=begin", i)) {
            return rubyBlockComment(i);
        } else if (c == '"' || c == '\'') {
            return string(i, c);
        }
        return i + 1;
    }

    /** Where {@code c} next occurs from {@code from}, or {@link Integer#MAX_VALUE} if nowhere. */
    private int next(char c, int from) {
        int at = s.indexOf(c, from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** Where the next Ruby {@code =begin} at a line start is from {@code from}, or {@link Integer#MAX_VALUE}. */
    private int nextBlockComment(int from) {
        for (int at = s.indexOf("=begin", from); at >= 0; at = s.indexOf("=begin", at + 1)) {
            if (at == 0 || s.charAt(at - 1) == '\n') {
                return at;
            }
        }
        return Integer.MAX_VALUE;
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
            } else if (c == '#' && !python && q == '"' && s.startsWith("#{", i) && nesting < MAX_NESTING) {
                nesting++;
                i = Math.min(interpolated(i + 2) + 1, s.length());
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
