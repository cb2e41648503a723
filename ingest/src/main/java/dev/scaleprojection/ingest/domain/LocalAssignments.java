package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value a function last gave a local name before a call, read to know what the name stands for ({@link NamedTargets}). */
final class LocalAssignments {

    private LocalAssignments() {
    }

    /**
     * The span of the value last given {@code name} on a line of its own between {@code start} and {@code end}, typed
     * or not ({@code final URI url = …}), with the lines of a builder chain that continue it ({@code .fromUriString(…)})
     * and those inside a parenthesis it leaves open.
     */
    static Optional<int[]> assignedBefore(CodeFile file, String name, int start, int end) {
        Matcher assignment = Pattern.compile("(?m)^[ \\t]*(?:(?:const|let|var|val|final)\\s+)*(?:[A-Z][\\w.<>\\[\\]?]*\\s+)?"
                + Pattern.quote(name) + "\\s*(?::\\s*[\\w.<>\\[\\]| ]+)?:?=(?!=)[ \\t]*([^\\n]+)")
                .matcher(file.code()).region(start, end);
        int[] last = null;
        while (assignment.find()) {
            last = new int[] {assignment.start(1), chainEnd(file, assignment.start(1), assignment.end(1), end)};
        }
        return Optional.ofNullable(last);
    }

    /**
     * The end of the value that starts at {@code start} and whose first line ends at {@code lineEnd}: the lines after it
     * that go on with a call chained to the line before, or inside a parenthesis it left open.
     */
    private static int chainEnd(CodeFile file, int start, int lineEnd, int limit) {
        String code = file.code();
        int end = lineEnd;
        int open = openParentheses(code, start, end);
        while (end < limit) {
            int next = end + 1;
            while (next < limit && (code.charAt(next) == ' ' || code.charAt(next) == '\t')) {
                next++;
            }
            if (next >= limit || code.charAt(next) != '.' && (open <= 0 || endsStatement(code, end))) {
                break;
            }
            int newline = code.indexOf('\n', next);
            int lineStart = end;
            end = newline < 0 || newline > limit ? limit : newline;
            open += openParentheses(code, lineStart, end);
        }
        return end;
    }

    /** A line that ends with a statement or opens or closes a block: a lambda's body, not an argument list. */
    private static boolean endsStatement(String code, int lineEnd) {
        int last = lineEnd - 1;
        while (last >= 0 && Character.isWhitespace(code.charAt(last))) {
            last--;
        }
        return last >= 0 && ";{}".indexOf(code.charAt(last)) >= 0;
    }

    private static int openParentheses(String code, int from, int to) {
        int open = 0;
        for (int i = from; i < to; i++) {
            open += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
        }
        return open;
    }
}
