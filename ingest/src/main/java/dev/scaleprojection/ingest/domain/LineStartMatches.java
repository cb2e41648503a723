package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a statement that opens its line, like {@code import …} or {@code package …}: what a search for
 * {@code (?m)^\s*} followed by the statement finds, group for group, but tried only where the statement's keyword stands
 * first on its line (found with {@code indexOf}) instead of at every position of the text.
 */
final class LineStartMatches {

    private final String keyword;
    private final Pattern statement;

    /** {@code statement} is the pattern without its {@code (?m)^\s*}; it must begin with {@code keyword}. */
    LineStartMatches(String keyword, String statement) {
        this.keyword = keyword;
        this.statement = Pattern.compile(statement);
        if (!statement.startsWith(keyword)) {
            throw new IllegalArgumentException("The statement " + statement + " does not begin with " + keyword);
        }
    }

    /** Every match in {@code text}, in order, none overlapping the one before (as {@link Matcher#find()} goes). */
    List<MatchResult> all(String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = statement.matcher(text);
        int from = 0;
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, Math.max(at + 1, from))) {
            if (at >= from && opensLine(text, at) && matcher.region(at, text.length()).lookingAt()) {
                matches.add(matcher.toMatchResult());
                from = matcher.end();
            }
        }
        return matches;
    }

    /** The first match's group {@code group}, or null when there is no match. */
    String first(String text, int group) {
        Matcher matcher = statement.matcher(text);
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            if (opensLine(text, at) && matcher.region(at, text.length()).lookingAt()) {
                return matcher.group(group);
            }
        }
        return null;
    }

    /**
     * Whether only whitespace ({@code \s}) stands between a line's start and {@code at}. Lines start after the line
     * terminators of {@link Pattern#MULTILINE} ({@code \n}, a {@code \r} not before {@code \n}, U+0085, U+2028, U+2029).
     */
    static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
