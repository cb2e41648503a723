package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's code as tuning detection reads it: comments and strings blanked, except string literals that hold only a
 * number ({@code concurrency = "3"} is an amount too), with the small moves it needs: identifier bounds, the call an
 * offset is an argument of, whether a ':' opens an object entry or a keyword.
 */
final class NumericView {

    private static final Pattern CALLEE = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:<[^<>()]*>)?\\s*$");
    /** Words before a parenthesis that opens no call: control flow, and Go's {@code var (…)} block of variables. */
    private static final Set<String> CONTROL = Set.of("for", "if", "while", "switch", "catch", "foreach", "using", "when",
            "return", "synchronized", "lock", "var");

    private final String text;

    private NumericView(String text) {
        this.text = text;
    }

    static NumericView of(CodeFile file) {
        char[] chars = null;
        for (StringLiteral literal : file.source().literals()) {
            if (startsLikeNumber(literal.value()) && Regexes.matches(literal.value().strip(), "-?\\d+(\\.\\d+)?")) {
                chars = chars == null ? file.code().toCharArray() : chars;
                literal.value().getChars(0, literal.value().length(), chars, literal.contentOffset());
            }
        }
        return new NumericView(chars == null ? file.code() : new String(chars));
    }

    /** Whether the stripped value starts with '-' or a digit, as every number the view keeps does: most literals do not. */
    static boolean startsLikeNumber(String value) {
        int i = 0;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        return i < value.length() && (value.charAt(i) == '-' || value.charAt(i) >= '0' && value.charAt(i) <= '9');
    }

    String text() {
        return text;
    }

    /** A key before ':' starts an object entry, keyword or struct field, not a slice bound or a ternary branch. */
    boolean opensKey(int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || "{,(\n".indexOf(text.charAt(i)) >= 0;
    }

    /** The name of the call whose argument list holds {@code offset}; control statements ({@code for (…)}) are no calls. */
    Optional<String> calleeAround(int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= Math.max(0, offset - 400); i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '[' || c == '{') {
                depth--;
            } else if (c == '(' && depth-- == 0) {
                Matcher name = CALLEE.matcher(text.substring(Math.max(0, i - 120), i));
                return name.find() && !CONTROL.contains(name.group(1)) ? Optional.of(name.group(1)) : Optional.empty();
            }
            if (depth < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    int skipSpaces(int i) {
        int at = i;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    int identifierStart(int i) {
        int at = i;
        while (at > 0 && isIdentifierPart(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    int identifierEnd(int i) {
        int at = i;
        while (at < text.length() && isIdentifierPart(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The '(' after generic arguments opened at {@code angle} ({@code ArrayBlockingQueue<>(…)}), or -1. */
    int genericCall(int angle) {
        int depth = 0;
        for (int i = angle; i < Math.min(text.length(), angle + 200); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                int next = skipSpaces(i + 1);
                return next < text.length() && text.charAt(next) == '(' ? next : -1;
            } else if (";{}()=".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
