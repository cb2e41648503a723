package dev.scaleprojection.ingest.domain;

import java.util.regex.Pattern;

/**
 * A literal that defaults a property of a destructured parameter in JavaScript or TypeScript, documenso's e-mail
 * templates: {@code export const ConfirmEmailTemplate = ({ confirmationLink, assetBaseUrl = 'http://localhost:3002' }:
 * Props) => …}. The callers pass the value (from their configuration); the literal serves a caller that passes none.
 */
final class ScriptParameterDefaults {

    private static final int LOOK_AROUND = 2000;
    /**
     * After the pattern's closing brace: its type, its own default ({@code = {}}), the parameter list's end, the return
     * type, an arrow or a body.
     */
    private static final Pattern PARAMETER_LIST_END = Pattern.compile("\\s*(?::\\s*[^()=;]*?)?(?:\\s*=\\s*\\{\\s*})?\\s*\\)\\s*(?::\\s*[^=;{]+?)?\\s*(?:=>|\\{)");

    private ScriptParameterDefaults() {
    }

    /** Whether the literal spanning {@code start}…{@code end} of {@code code} (string contents blanked) is such a default. */
    static boolean isDefault(String code, Language language, int start, int end) {
        if (language != Language.TYPESCRIPT && language != Language.JAVASCRIPT) {
            return false;
        }
        int i = skipSpaceBack(code, start - 1);
        if (i < 1 || code.charAt(i) != '=' || "=!<>".indexOf(code.charAt(i - 1)) >= 0) {
            return false;
        }
        int nameEnd = skipSpaceBack(code, i - 1);
        int j = nameEnd;
        while (j >= 0 && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '_' || code.charAt(j) == '$')) {
            j--;
        }
        if (j == nameEnd) {
            return false;
        }
        int open = unmatchedBefore(code, j);
        if (open < 0 || code.charAt(open) != '{') {
            return false;
        }
        int paren = skipSpaceBack(code, open - 1);
        if (paren < 0 || code.charAt(paren) != '(') {
            return false;
        }
        int close = CallArguments.closing(code, open) - 1;
        return close >= end && code.charAt(close) == '}'
                && PARAMETER_LIST_END.matcher(code).region(close + 1, Math.min(code.length(), close + 1 + 300)).lookingAt();
    }

    private static int skipSpaceBack(String code, int i) {
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The bracket that opens the list holding offset {@code from}, nested brackets skipped; -1 if none is near. */
    private static int unmatchedBefore(String code, int from) {
        int depth = 0;
        for (int i = from; i >= Math.max(0, from - LOOK_AROUND); i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
