package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What a lexer writes: the blanked copy of the text and the literals, with line numbers computed once. The copies are
 * string builders, given (and kept between files by {@link SourceLexer}): one holding only ISO 8859-1 characters (most
 * source files) keeps one byte per character, so it is copied without widening and turned back into a string without
 * compressing.
 */
final class LexerOutput {

    private final String text;
    private final StringBuilder code;
    private final StringBuilder uncommented;
    private final int[] lineStarts;
    private final List<StringLiteral> literals = new ArrayList<>();
    /** Whether a literal was recorded before one that starts earlier, as an interpolation's literals are. */
    private boolean outOfOrder;
    private int lastStart;
    private int lastLine = 1;
    /** Every blanked character or'ed together: past 0xFF when a comment or literal holds one beyond ISO 8859-1. */
    private int blankedBits;

    /** Writes the copies of {@code text} into these builders, emptied first; they are the output's until it finishes. */
    LexerOutput(String text, StringBuilder code, StringBuilder uncommented) {
        this.text = text;
        this.code = code;
        this.uncommented = uncommented;
        code.setLength(0);
        code.append(text);
        uncommented.setLength(0);
        uncommented.append(text);
        this.lineStarts = LexedSource.lineStarts(text);
    }

    /** Blanks a comment (or a regular expression) in both the code and the comment-free text. */
    void blank(int from, int to) {
        // one walk for both copies: each character of the text is read once
        for (int i = Math.max(0, from), end = Math.min(to, text.length()); i < end; i++) {
            char c = text.charAt(i);
            blankedBits |= c;
            if (c != '\n' && c != '\r') {
                code.setCharAt(i, ' ');
                uncommented.setCharAt(i, ' ');
            }
        }
    }

    /**
     * Blanks a regular expression literal {@code /…/} and shows it in the code as {@code "…"}, an operand: a line ending
     * in a regular expression must not read as a line ending in a division operator.
     */
    void regex(int from, int to) {
        blank(from, to);
        code.setCharAt(from, '"');
        code.setCharAt(to - 1, '"');
    }

    /** Replaces {@code [from, to)} with spaces, keeping line breaks. */
    private void blank(StringBuilder chars, int from, int to) {
        for (int i = Math.max(0, from), end = Math.min(to, chars.length()); i < end; i++) {
            char c = text.charAt(i);
            blankedBits |= c;
            if (c != '\n' && c != '\r') {
                chars.setCharAt(i, ' ');
            }
        }
    }

    /** Records a literal whose content is {@code [contentFrom, contentTo)} and blanks that content. */
    void literal(int start, int contentFrom, int contentTo, int end) {
        int safeTo = Math.max(contentFrom, Math.min(contentTo, text.length()));
        int safeEnd = Math.min(end, text.length());
        int startLine = lineOf(start);
        outOfOrder |= start < lastStart;
        lastStart = start;
        literals.add(new StringLiteral(text.substring(contentFrom, safeTo), start, safeEnd, contentFrom, startLine,
                lineOf(Math.max(start, safeEnd - 1))));
        blank(code, contentFrom, safeTo);
    }

    /** The 1-based line of {@code offset}: a lexer records literals in order, so the search starts at the last one's. */
    private int lineOf(int offset) {
        lastLine = LexedSource.lineAt(lineStarts, lastLine, offset);
        return lastLine;
    }

    /** Whether the builders took a character beyond ISO 8859-1 in a comment or a literal: they keep two bytes a character. */
    boolean widened() {
        return blankedBits > 0xFF;
    }

    char codeAt(int i) {
        return code.charAt(i);
    }

    LexedSource finish(Language language) {
        if (outOfOrder) {
            literals.sort(Comparator.comparingInt(StringLiteral::startOffset));
        }
        return new LexedSource(text, code.toString(), uncommented.toString(), Collections.unmodifiableList(literals),
                lineStarts, language);
    }
}
