package dev.scaleprojection.ingest.domain;

/**
 * The call an opening parenthesis belongs to: the identifier chain before it ({@code System.getProperty},
 * {@code @app.route}, {@code Foo::bar}), past generic arguments ({@code new HashMap<String, String>(}), without leading
 * separators; a C# attribute's name marked with '@'. Found by walking back from the parenthesis, with no matcher.
 */
final class Callees {

    private Callees() {
    }

    static String before(String code, int paren, Language language) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && code.charAt(end - 1) == '>') {
            int open = code.lastIndexOf('<', end - 1);
            end = open < 0 ? end : open;
        }
        int chainEnd = beforeFinalLineTerminator(code, Math.max(0, end - 200), end);
        int chainStart = chainEnd;
        while (chainStart > Math.max(0, end - 200) && isChainCharacter(code.charAt(chainStart - 1))) {
            chainStart--;
        }
        if (chainStart == chainEnd) {
            return "";
        }
        int nameStart = chainStart;
        while (nameStart < chainEnd && ".:?!".indexOf(code.charAt(nameStart)) >= 0) {
            nameStart++;
        }
        String callee = code.substring(nameStart, chainEnd);
        int start = end - (chainEnd - chainStart);
        if (language == Language.CSHARP && isAttribute(code, start)) {
            callee = "@" + callee;
        }
        return callee;
    }

    /** {@code [@\w.$?!:]}: a character of an identifier chain such as {@code @app.route} or {@code Foo::bar}. */
    private static boolean isChainCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_@.$?!:".indexOf(c) >= 0;
    }

    /**
     * Where a chain ending the text from {@code from} to {@code end} may end: before a final line terminator, as
     * {@code [@\w.$?!:]+$} matched there too (after generic arguments moved to a new line).
     */
    private static int beforeFinalLineTerminator(String code, int from, int end) {
        if (end - from >= 2 && code.charAt(end - 2) == '\r' && code.charAt(end - 1) == '\n') {
            return end - 2;
        }
        return end > from && "\n\r\u0085\u2028\u2029".indexOf(code.charAt(end - 1)) >= 0 ? end - 1 : end;
    }

    /** C# attributes: {@code [Name(…)]} at the start of a line. */
    private static boolean isAttribute(String code, int start) {
        int i = start - 1;
        while (i >= 0 && code.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && code.charAt(i) == '[' && StatementBoundaries.startsLine(code, i);
    }
}
