package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A source file split by {@link SourceLexer}: the original text, the same text with comments and string contents
 * replaced by spaces (newlines and string delimiters kept, so offsets and line numbers still match), the text with only
 * comments blanked, and the literals.
 */
public final class LexedSource {

    private final String text;
    private final String code;
    private final String uncommented;
    private final List<StringLiteral> literals;
    private final int[] lineStarts;
    private final Language language;
    private Declarations declarations;
    /** The line last answered by {@link #lineAt}, where the next search starts: only a hint, right for any value. */
    private int lastLine = 1;

    /** The literals are kept as given: a list no one changes (a lexer's, through a view that cannot change it). */
    LexedSource(String text, String code, String uncommented, List<StringLiteral> literals, int[] lineStarts,
                Language language) {
        this.text = text;
        this.code = code;
        this.uncommented = uncommented;
        this.literals = literals;
        this.lineStarts = lineStarts;
        this.language = language;
    }

    /** The declarations of the text, scanned once on first use for the language it was lexed as. */
    Declarations declarations(Language of) {
        if (of != language) {
            return Declarations.of(this, of);
        }
        if (declarations == null) {
            declarations = Declarations.of(this, language);
        }
        return declarations;
    }

    public String text() {
        return text;
    }

    /** The text with comments and string contents blanked. */
    public String code() {
        return code;
    }

    /** The text with only comments blanked: string contents stay readable. */
    public String uncommented() {
        return uncommented;
    }

    /** The string literals, in the order they start. */
    public List<StringLiteral> literals() {
        return literals;
    }

    /** The literals that start at or after {@code from} and end at or before {@code to}, in order. */
    public List<StringLiteral> literalsWithin(int from, int to) {
        List<StringLiteral> within = new ArrayList<>();
        for (int i = firstStartingFrom(from); i < literals.size() && literals.get(i).startOffset() <= to; i++) {
            if (literals.get(i).endOffset() <= to) {
                within.add(literals.get(i));
            }
        }
        return within;
    }

    /** The literal that starts exactly at {@code offset}, if one does. */
    public Optional<StringLiteral> literalAt(int offset) {
        int index = firstStartingFrom(offset);
        return index < literals.size() && literals.get(index).startOffset() == offset ? Optional.of(literals.get(index)) : Optional.empty();
    }

    /** The index of the first literal starting at or after {@code offset} (a binary search: they are sorted by start). */
    private int firstStartingFrom(int offset) {
        int low = 0;
        int high = literals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (literals.get(middle).startOffset() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The 1-based line holding the character at {@code offset}. Callers mostly ask in order, so the last answer is a hint. */
    public int lineAt(int offset) {
        int line = lineAt(lineStarts, lastLine, offset);
        lastLine = line;
        return line;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The original text of a 1-based line, without its line break. */
    public String line(int line) {
        return slice(text, line);
    }

    /** The blanked code of a 1-based line. */
    public String codeLine(int line) {
        return slice(code, line);
    }

    /** The comment-free text of a 1-based line. */
    public String uncommentedLine(int line) {
        return slice(uncommented, line);
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Where the code of a 1-based line ends: {@code lineStart(line) + codeLine(line).length()}, with no copy made. */
    public int codeLineEnd(int line) {
        return lineEnd(code, line);
    }

    private String slice(String source, int line) {
        return source.substring(lineStart(line), lineEnd(source, line));
    }

    private int lineEnd(String source, int line) {
        int start = lineStart(line);
        int end = line < lineStarts.length ? lineStarts[line] - 1 : source.length();
        if (end > start && source.charAt(end - 1) == '\r') {
            end--;
        }
        return Math.max(start, end);
    }

    /**
     * Where each line starts. The array is sized for lines of 24 characters on average, which few sources go below, so
     * it is seldom grown: doubling from a small one took a third of the time of finding the lines.
     */
    static int[] lineStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 24)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The 1-based line of {@code offset}, as {@link #lineAt(int[], int)} finds it, sought from line {@code near} on when
     * the offset is at or after its start: line {@code near} itself when the offset is before the next line (most asked,
     * as the end of a literal on the line of its start), else steps of 1, 2, 4… lines bound it, then a binary search
     * within; a line a few lines on is found in a few reads, where a search of the whole file reads a dozen far-apart
     * entries.
     */
    static int lineAt(int[] lineStarts, int near, int offset) {
        int low = near - 1;
        if (low < 0 || low >= lineStarts.length || lineStarts[low] > offset) {
            return lineAt(lineStarts, offset);
        }
        int high = low + 1;
        if (high == lineStarts.length || lineStarts[high] > offset) {
            return near;
        }
        for (int step = 1; high < lineStarts.length && lineStarts[high] <= offset; step *= 2) {
            low = high;
            high = low + step;
        }
        int found = Arrays.binarySearch(lineStarts, low, Math.min(high, lineStarts.length), offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    static int lineAt(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
