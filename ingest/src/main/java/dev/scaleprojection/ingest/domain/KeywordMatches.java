package dev.scaleprojection.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern that can only start where one of its keywords does (after a look-behind at most), without trying
 * every offset of the text: the keywords are located with {@code indexOf} and the pattern is tried there alone, with
 * the whole text visible to its look-arounds and anchors. The matches are those {@link Matcher#find()} would give.
 */
final class KeywordMatches {

    private final Pattern pattern;
    private final String text;
    private final String[] keywords;
    /** Made when first needed: most texts searched hold none of the keywords, and need no matcher. */
    private Matcher matcher;
    private int from;
    /**
     * Where each keyword next stands at or after the last offset asked, -1 nowhere, -2 not looked for yet: offsets are
     * asked in increasing order, so a keyword is looked for again only once passed (a keyword the text lacks, once).
     */
    private final int[] nextAt;

    /** What a place must pass before the pattern is tried there: a cheap test every match's start passes. */
    private final Place mayStart;

    /** A test of the place where a keyword stands, {@code text[at…]}. */
    interface Place {
        boolean test(String text, int at);
    }

    KeywordMatches(Pattern pattern, String text, String... keywords) {
        this(pattern, text, (anyText, at) -> true, keywords);
    }

    /** Tries the pattern only where {@code mayStart} passes, which it must wherever the pattern matches. */
    KeywordMatches(Pattern pattern, String text, Place mayStart, String... keywords) {
        this.pattern = pattern;
        this.text = text;
        this.mayStart = mayStart;
        this.keywords = keywords;
        this.nextAt = new int[keywords.length];
        java.util.Arrays.fill(nextAt, -2);
    }

    /** Moves to the next match, as {@link Matcher#find()}; read it from {@link #matcher()}. */
    boolean find() {
        int at = next(from);
        while (at >= 0) {
            if (!mayStart.test(text, at)) {
                at = next(at + 1);
                continue;
            }
            Matcher matcher = matcher();
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true;
            }
            at = next(at + 1);
        }
        from = text.length() + 1;
        return false;
    }

    Matcher matcher() {
        if (matcher == null) {
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matcher;
    }

    private int next(int start) {
        if (start > text.length()) {
            return -1;
        }
        int first = -1;
        for (int i = 0; i < keywords.length; i++) {
            int at = nextAt[i];
            if (at != -1 && at < start) {
                at = text.indexOf(keywords[i], start);
                nextAt[i] = at;
            }
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
