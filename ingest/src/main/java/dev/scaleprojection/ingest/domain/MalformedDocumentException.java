package dev.scaleprojection.ingest.domain;

/**
 * A descriptor or configuration file that cannot be parsed. The scanner records the file as skipped with the
 * {@link #reason()}, such as {@code malformed-yaml: mapping values are not allowed here (line 3, column 9)}.
 */
public final class MalformedDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public MalformedDocumentException(String format, String problem) {
        super("malformed-" + format + ": " + problem);
        this.reason = "malformed-" + format + ": " + problem;
    }

    public String reason() {
        return reason;
    }
}
