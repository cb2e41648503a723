package dev.scaleprojection.ingest.domain;

import java.util.StringJoiner;

/** Evidence text: the trimmed source line(s), joined by a space, credentials redacted, at most 200 characters. */
public final class Snippets {

    public static final int MAX_LENGTH = 200;
    /** Redaction runs on a bounded prefix: a minified file's single line can be a megabyte long. */
    private static final int REDACTION_WINDOW = 1000;
    private static final int CONTEXT_BEFORE = 60;

    private Snippets() {
    }

    public static String of(String text) {
        String stripped = text.strip();
        String redacted = Redaction.redact(stripped.length() > REDACTION_WINDOW ? stripped.substring(0, REDACTION_WINDOW) : stripped);
        return redacted.length() <= MAX_LENGTH ? redacted : redacted.substring(0, MAX_LENGTH - 1) + "…";
    }

    /**
     * The line of {@code offset}, or, when that line is too long to show (minified code), a window of it starting a
     * little before {@code offset}.
     */
    public static String around(LexedSource source, int offset, int toLine) {
        int line = source.lineAt(offset);
        String text = source.line(line);
        if (text.strip().length() <= MAX_LENGTH || toLine > line) {
            return lines(source, line, toLine);
        }
        int column = offset - source.lineStart(line);
        int from = Math.max(0, column - CONTEXT_BEFORE);
        return of(text.substring(from, Math.min(text.length(), from + REDACTION_WINDOW)));
    }

    /** The lines {@code from..to} (1-based, inclusive) of a file. */
    public static String lines(LexedSource source, int from, int to) {
        StringJoiner joined = new StringJoiner(" ");
        for (int line = from; line <= Math.min(to, source.lineCount()); line++) {
            String text = source.line(line).strip();
            if (!text.isEmpty()) {
                joined.add(text);
            }
        }
        return of(joined.toString());
    }
}
