package dev.scaleprojection.ingest.scan;

/** A repository could not be cloned or updated; the message names the URL, the target folder and the cause. */
public final class RepositoryCloneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RepositoryCloneException(String message, Throwable cause) {
        super(message, cause);
    }
}
