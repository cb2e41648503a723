package dev.scaleprojection.ingest.domain;

/**
 * Where the statement around a string literal begins, read backwards from it ({@link CodeContext}): at a '}' that
 * starts its line, at a '{' that opens a block rather than a literal, or at a line break the statement does not
 * continue across.
 */
final class StatementBoundaries {

    private StatementBoundaries() {
    }

    /** Whether only whitespace stands before {@code index} on its line. */
    static boolean startsLine(String code, int index) {
        for (int i = index - 1; i >= 0 && code.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A '{' opening a block (class, method, if …) rather than an object literal, initializer or Go composite literal. */
    static boolean opensBlock(String code, int brace) {
        int i = brace - 1;
        while (i >= 0 && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char before = code.charAt(i);
        if (i == brace - 1 && (Character.isLetterOrDigit(before) || before == '_' || before == ']')) {
            return false;
        }
        if ("=(,:[?|&!".indexOf(before) >= 0) {
            return false;
        }
        return !code.substring(Math.max(0, i - 5), i + 1).endsWith("return");
    }

    /** Whether the line ending at {@code newline} continues into the next one. */
    static boolean continues(String code, int newline, Language language) {
        int i = newline - 1;
        while (i >= 0 && (code.charAt(i) == ' ' || code.charAt(i) == '\t' || code.charAt(i) == '\r')) {
            i--;
        }
        if (i >= 0) {
            char last = code.charAt(i);
            if (",([{=+-*/%&|.?\\<>!^~".indexOf(last) >= 0 || last == ':' && !language.isHashCommented()) {
                return true;
            }
        }
        int j = newline + 1;
        while (j < code.length() && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
            j++;
        }
        return j < code.length() && (".?:".indexOf(code.charAt(j)) >= 0 || code.startsWith("&&", j)
                || code.startsWith("||", j));
    }
}
