package dev.scaleprojection.platform.registry;

import java.util.List;

/**
 * A request the registry refuses, as the Confluent Schema Registry refuses it: an HTTP status, an {@code error_code}
 * and a message, answered as {@code {"error_code": n, "message": "..."}}.
 */
final class RegistryError extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    private RegistryError(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    int httpStatus() {
        return httpStatus;
    }

    int errorCode() {
        return errorCode;
    }

    static RegistryError subjectNotFound(String subject) {
        return new RegistryError(404, 40401, "Subject '" + subject + "' not found.", null);
    }

    static RegistryError versionNotFound(String subject, int version) {
        return new RegistryError(404, 40402, "Version " + version + " of subject '" + subject + "' not found.", null);
    }

    static RegistryError schemaNotFound(String id) {
        return new RegistryError(404, 40403, "Schema " + id + " not found.", null);
    }

    static RegistryError subjectLevelNotConfigured(String subject) {
        return new RegistryError(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured;"
                + " add ?defaultToGlobal=true to get the global level.", null);
    }

    static RegistryError incompatible(String subject, List<String> incompatibilities) {
        return new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\", details: " + incompatibilities, null);
    }

    static RegistryError invalidSchema(String detail) {
        return new RegistryError(422, 42201, detail, null);
    }

    static RegistryError invalidVersion(String version) {
        return new RegistryError(422, 42202, "The specified version '" + version + "' is not a valid version id."
                + " Allowed values are between [1, 2^31-1] and the string \"latest\".", null);
    }

    static RegistryError invalidCompatibilityLevel(String detail) {
        return new RegistryError(422, 42203, detail + " Valid values are " + List.of(CompatibilityLevel.values()) + ".", null);
    }

    static RegistryError malformedBody(String detail) {
        return new RegistryError(400, 400, detail, null);
    }

    static RegistryError unsupportedMediaType(String contentType) {
        return new RegistryError(415, 415, "Content type '" + contentType + "' is not supported; send "
                + String.join(", ", RegistryRequests.ACCEPTED_CONTENT_TYPES) + ".", null);
    }

    static RegistryError storeFailed(String detail, Throwable cause) {
        return new RegistryError(500, 50001, "Error in the backend data store: " + detail, cause);
    }

    static RegistryError unknownRoute(int httpStatus, String detail) {
        return new RegistryError(httpStatus, httpStatus, detail, null);
    }
}
