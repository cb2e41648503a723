package dev.scaleprojection.aggregator.api;

import java.util.Optional;

/** A request the API answers with an error: the HTTP status, a message for people and, for a bad parameter, its name. */
final class ApiException extends RuntimeException {

    private final int status;
    private final Optional<String> parameter;

    private ApiException(int status, String message, Optional<String> parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message, Optional.empty());
    }

    static ApiException unavailable(String message) {
        return new ApiException(503, message, Optional.empty());
    }

    static ApiException badParameter(String parameter, String value, String expected) {
        return new ApiException(400, "Invalid value '" + value + "' for parameter '" + parameter + "': expected " + expected + ".",
                Optional.of(parameter));
    }

    int status() {
        return status;
    }

    Optional<String> parameter() {
        return parameter;
    }
}
