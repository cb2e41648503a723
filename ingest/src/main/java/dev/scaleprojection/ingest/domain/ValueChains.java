package dev.scaleprojection.ingest.domain;

/**
 * The values written in a text, found one after another as a matcher finds them: a name or a chain of members and empty
 * calls ({@code user.getEmail()}, {@code self.user?.email}, {@code order!!.customer -> name}), not starting inside a
 * name or after a '.'. The same spans as the pattern
 * {@code (?<![\w$.])((?:[A-Za-z_$][\w$]*\s*(?:\(\s*\))?\s*(?:\?\.|!!\.|\.|->)\s*)*[A-Za-z_$][\w$]*(?:\s*\(\s*\))?)}
 * (ASCII classes), read by hand: a chain takes every member that follows a separator, and ends after the last one.
 */
final class ValueChains {

    private final String text;
    private int start;
    private int end;

    ValueChains(String text) {
        this.text = text;
    }

    /** Finds the next value after the last one found; false when there is none. */
    boolean find() {
        for (int at = end; at < text.length(); at++) {
            if (startsName(text.charAt(at)) && (at == 0 || !continuesChain(text.charAt(at - 1)))) {
                start = at;
                end = chainEnd(at);
                return true;
            }
        }
        end = text.length();
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String value() {
        return text.substring(start, end);
    }

    private int chainEnd(int name) {
        int at = name;
        while (true) {
            int nameEnd = at + 1;
            while (nameEnd < text.length() && partOfName(text.charAt(nameEnd))) {
                nameEnd++;
            }
            int memberEnd = nameEnd;
            int open = spaces(nameEnd);
            if (open < text.length() && text.charAt(open) == '(') {
                int close = spaces(open + 1);
                if (close < text.length() && text.charAt(close) == ')') {
                    memberEnd = close + 1;
                }
            }
            int separator = spaces(memberEnd);
            int length = separatorLength(separator);
            int next = length == 0 ? text.length() : spaces(separator + length);
            if (next >= text.length() || !startsName(text.charAt(next))) {
                return memberEnd;
            }
            at = next;
        }
    }

    /** {@code ?.}, {@code !!.}, {@code .} or {@code ->} at {@code at}: its length, or 0. */
    private int separatorLength(int at) {
        if (at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        if (c == '.') {
            return 1;
        }
        if (c == '?' && text.startsWith(".", at + 1) || c == '-' && text.startsWith(">", at + 1)) {
            return 2;
        }
        return c == '!' && text.startsWith("!.", at + 1) ? 3 : 0;
    }

    private int spaces(int at) {
        int i = at;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean startsName(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    private static boolean partOfName(char c) {
        return startsName(c) || c >= '0' && c <= '9';
    }

    private static boolean continuesChain(char c) {
        return partOfName(c) || c == '.';
    }
}
