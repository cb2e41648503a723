package dev.scaleprojection.schemas.registry;

/**
 * A schema registry call that failed: the registry was unreachable, or it answered with an error.
 * The message says what happened and what to do; {@link #httpStatus()} and {@link #errorCode()} carry the registry's
 * answer (both 0 when there was none).
 */
public final class SchemaRegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status the registry answered with; 0 if it did not answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code} (e.g. 40403 schema not found); 0 if it gave none. */
    public int errorCode() {
        return errorCode;
    }

    /** True when the registry does not know the subject, version or schema id asked for. */
    public boolean isNotFound() {
        return httpStatus == 404;
    }
}
