package dev.scaleprojection.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a function header ends ({@link BracedDeclarations}): its parameter list, maybe followed by throws, a return type
 * or '=' ({@link #TRAILER}), and the name before that list ({@link #NAME_BEFORE_PAREN}). The searches for them try only
 * the places where a match can start, and find what the plain regular expressions find.
 */
final class FunctionHeaders {

    static final Pattern TRAILER = Pattern.compile(
            "\\)\\s*(?:throws\\s+[\\w.,\\s<>]+|:\\s*[^(){};]*|=|where\\s+[^{};]*|const|override|noexcept|async)?\\s*$");
    /** Matchers of {@link #TRAILER} and {@link #NAME_BEFORE_PAREN}, one per thread, reset for each header: cheaper than new ones. */
    private static final ThreadLocal<Matcher> TRAILERS = ThreadLocal.withInitial(() -> TRAILER.matcher(""));
    static final Pattern NAME_BEFORE_PAREN = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:<[^()]*>)?\\s*$");
    static final ThreadLocal<Matcher> NAMES_BEFORE_PAREN = ThreadLocal.withInitial(() -> NAME_BEFORE_PAREN.matcher(""));

    private FunctionHeaders() {
    }

    /**
     * {@code name.find()} in {@code [from, text.length())}: {@link #NAME_BEFORE_PAREN} tried only where a name may begin
     * first, not inside one (a match starting after a letter, '_' or '$' would also start one character earlier).
     */
    static boolean nameBeforeParen(Matcher name, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (isNameStart(c) && (at == from || !isNameStart(text.charAt(at - 1))) && mayEndAfterName(text, at)
                    && name.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what follows the name starting at {@code at} could let {@link #NAME_BEFORE_PAREN} match there: after the
     * name's {@code [\\w$]} characters and any {@code \\s}, the text must end, open type arguments ('<') or hold a
     * final line terminator that {@code \\s} leaves. A shorter name would be followed by a name character, which none
     * of those is; most names in a header are followed by something else, and are not matched at all.
     */
    private static boolean mayEndAfterName(String text, int at) {
        int end = at + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
            end++;
        }
        while (end < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end == text.length() || "<\u0085\u2028\u2029".indexOf(text.charAt(end)) >= 0;
    }

    /** {@code [\\w$]}: what a name continues with. */
    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** {@code [A-Za-z_$]}: what a name begins with. */
    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    /**
     * Where {@link #TRAILER} first matches, or -1: it can only start at a ')', and only at the last parenthesis of the
     * header or before {@code where}.
     */
    static int trailerStart(String header) {
        Matcher trailer = null;
        int lastParen = Math.max(header.lastIndexOf('('), header.lastIndexOf(')'));
        for (int close = header.indexOf(')'); close >= 0; close = header.indexOf(')', close + 1)) {
            if (close != lastParen && !whereFollows(header, close + 1)) {
                continue;
            }
            trailer = trailer == null ? TRAILERS.get().reset(header) : trailer;
            trailer.region(close, header.length());
            if (trailer.lookingAt()) {
                return close;
            }
        }
        return -1;
    }

    /**
     * Whether {@code where} follows {@code from} after spaces: the only part of {@link #TRAILER} that may hold a
     * parenthesis, so the only way a ')' with another parenthesis after it can start a trailer.
     */
    private static boolean whereFollows(String header, int from) {
        int at = from;
        while (at < header.length() && Character.isWhitespace(header.charAt(at))) {
            at++;
        }
        return header.startsWith("where", at);
    }
}
