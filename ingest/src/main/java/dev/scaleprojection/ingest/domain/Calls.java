package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls of a file, read from blanked code: the receiver chain before the called name ({@code kafkaTemplate},
 * {@code HttpClient.newBuilder()}), the name, and where the argument list opens and closes. Chains may break across
 * lines and pass through empty calls; a chain through a call with arguments starts after it.
 */
final class Calls {

    /** One call: {@code receiver.name(…)}, with the offsets of the name and of its parentheses. */
    record Call(String receiver, String name, int nameStart, int open, int close, boolean constructor) {

        String expression() {
            return receiver.isEmpty() ? name : receiver + "." + name;
        }

        /** The last segment of the receiver without call parentheses: {@code logger} in {@code self.logger}. */
        String receiverName() {
            // The last segment as split("\\.") gives it, without cutting every segment out: trailing dots are dropped.
            int end = receiver.length();
            while (end > 0 && receiver.charAt(end - 1) == '.') {
                end--;
            }
            String last = receiver.substring(receiver.lastIndexOf('.', end - 1) + 1, end);
            return last.contains("()") ? Regexes.replaceAll(last, "\\(\\)$", "") : last;
        }
    }

    private Calls() {
    }

    static List<Call> in(String code) {
        return in(code, name -> true);
    }

    /**
     * The calls whose name {@code wanted} accepts. Reads backwards from each '(' (a generic argument list such as
     * {@code <Order>} skipped), so most of the text is looked at once.
     */
    static List<Call> in(String code, java.util.function.Predicate<String> wanted) {
        return in(code, (text, start, end) -> wanted.test(text.substring(start, end)));
    }

    /** The calls named one of {@code names}: a name that is none of them is turned away before it is cut out. */
    static List<Call> in(String code, CallNames names) {
        return in(code, names, null);
    }

    /** Whether the name at {@code text[start, end)} is wanted, asked before the name is cut out. */
    interface NameTest {
        boolean test(String text, int start, int end);
    }

    /** The calls whose name {@code wanted} accepts, asked of the name where it stands. */
    static List<Call> in(String code, NameTest wanted) {
        return in(code, null, wanted);
    }

    /** Calls named one of {@code names} when given (a call the compiler can inline), else accepted by {@code wanted}. */
    private static List<Call> in(String code, CallNames names, NameTest wanted) {
        List<Call> calls = new ArrayList<>();
        for (int open = code.indexOf('('); open >= 0; open = code.indexOf('(', open + 1)) {
            int end = open - 1;
            // most parentheses follow the name at once; spaces and type arguments are walked back over for the rest
            if (end >= 0 && !isIdentifierPart(code.charAt(end))) {
                end = skipBack(code, end);
                if (end >= 0 && code.charAt(end) == '>') {
                    end = skipBack(code, genericStart(code, end) - 1);
                }
            }
            int start = identifierStart(code, end);
            if (start > end || !Character.isJavaIdentifierStart(code.charAt(start))) {
                continue;
            }
            if (names != null ? !names.contains(code, start, end + 1) : !wanted.test(code, start, end + 1)) {
                continue;
            }
            String name = code.substring(start, end + 1);
            int receiverStart = receiverStart(code, start);
            calls.add(new Call(ReceiverChains.of(code, receiverStart, start), name, start, open, closing(code, open),
                    constructed(code, receiverStart)));
        }
        return calls;
    }

    /**
     * Kotlin calls whose only argument is a trailing lambda, {@code log.info { "Updating email to $email" }} (kotlin-logging):
     * {@link Call#open()} and {@link Call#close()} are the braces. Only member calls count, so a class, function or
     * control-flow body ({@code if (x) {}, fun f() {}}) is none.
     */
    static List<Call> withTrailingLambda(String code, java.util.function.Predicate<String> wanted) {
        List<Call> calls = new ArrayList<>();
        for (int open = code.indexOf('{'); open >= 0; open = code.indexOf('{', open + 1)) {
            int end = skipBack(code, open - 1);
            int start = identifierStart(code, end);
            if (start > end || !Character.isJavaIdentifierStart(code.charAt(start))) {
                continue;
            }
            int dot = skipBack(code, start - 1);
            if (dot < 0 || separatorStart(code, dot) < 0 || !wanted.test(code.substring(start, end + 1))) {
                continue;
            }
            int receiverStart = receiverStart(code, start);
            calls.add(new Call(ReceiverChains.of(code, receiverStart, start), code.substring(start, end + 1), start, open,
                    closing(code, open), false));
        }
        return calls;
    }

    /**
     * Whether the four characters before the receiver end with {@code new} and spaces ({@code (?s).*\\bnew\\s*}); most
     * do not hold "new", and are not matched.
     */
    private static boolean constructed(String code, int receiverStart) {
        int from = Math.max(0, receiverStart - 4);
        for (int at = from; at + 3 <= receiverStart; at++) {
            if (code.startsWith("new", at)) {
                return Regexes.matches(code.substring(from, receiverStart), "(?s).*\\bnew\\s*");
            }
        }
        return false;
    }

    private static int skipBack(String code, int i) {
        while (i >= 0 && isWhitespace(code.charAt(i))) {
            i--;
        }
        return i;
    }

    /** {@link Character#isWhitespace}, told at once for the printable ASCII characters, which none is. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
    }

    private static int identifierStart(String code, int end) {
        int i = end;
        while (i >= 0 && isIdentifierPart(code.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /** A letter or digit ({@link Character#isLetterOrDigit}), '_' or '$'; told without a table for ASCII, as most are. */
    private static boolean isIdentifierPart(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                : Character.isLetterOrDigit(c);
    }

    /** The '<' opening the generic arguments that end at {@code close}, or {@code close} itself when there is none. */
    private static int genericStart(String code, int close) {
        int depth = 0;
        for (int i = close; i >= Math.max(0, close - 200); i--) {
            char c = code.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c == '<' && --depth == 0) {
                return i;
            } else if (c == '(' || c == ')' || c == ';' || c == '{' || c == '}' || c == '=') {
                break;
            }
        }
        return close;
    }

    /** Walks back over {@code a.b().c?.} to where the receiver chain starts. */
    private static int receiverStart(String code, int nameStart) {
        int start = nameStart;
        int i = skipBack(code, nameStart - 1);
        while (i >= 0) {
            int separator = separatorStart(code, i);
            if (separator < 0) {
                break;
            }
            int j = skipBack(code, separator - 1);
            if (j >= 1 && code.charAt(j) == ')') {
                int paren = skipBack(code, j - 1);
                if (paren < 0 || code.charAt(paren) != '(') {
                    break;
                }
                j = skipBack(code, paren - 1);
            }
            int identifier = identifierStart(code, j);
            if (identifier > j) {
                break;
            }
            start = identifier;
            i = skipBack(code, identifier - 1);
        }
        return start;
    }

    /**
     * Where a member separator ending at {@code i} starts ({@code .}, {@code ?.}, {@code !!.}, {@code ::}, {@code
     * ->}), or -1.
     */
    private static int separatorStart(String code, int i) {
        char c = code.charAt(i);
        if (c == '.') {
            if (i >= 1 && code.charAt(i - 1) == '?') {
                return i - 1;
            }
            return i >= 2 && code.startsWith("!!", i - 2) ? i - 2 : i;
        }
        if (c == ':' && i >= 1 && code.charAt(i - 1) == ':' || c == '>' && i >= 1 && code.charAt(i - 1) == '-') {
            return i - 1;
        }
        return -1;
    }

    /** The ')' matching the '(' at {@code open}, or the end of the code. */
    static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The top-level arguments between {@code open} and {@code close}, as [start, end) ranges. */
    static List<int[]> arguments(String code, int open, int close) {
        List<int[]> arguments = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (!code.substring(start, Math.max(start, close)).isBlank()) {
            arguments.add(new int[] {start, close});
        }
        return arguments;
    }
}
