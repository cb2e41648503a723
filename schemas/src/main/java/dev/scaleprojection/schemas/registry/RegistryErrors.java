package dev.scaleprojection.schemas.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Turns a failed registry call (no answer, or an error answer with the registry's error_code and message) into a
 * {@link SchemaRegistryException} whose message tells the user what happened and what to do about it.
 */
final class RegistryErrors {

    private RegistryErrors() {
    }

    static SchemaRegistryException unreachable(String registryUrl, IOException cause) {
        String reason;
        if (cause instanceof HttpConnectTimeoutException) {
            reason = "connection timed out after " + RegistryTransport.CONNECT_TIMEOUT.toSeconds() + " s";
        } else if (cause instanceof HttpTimeoutException) {
            reason = "no answer within " + RegistryTransport.REQUEST_TIMEOUT.toSeconds() + " s";
        } else if (cause instanceof ConnectException) {
            reason = "connection refused";
        } else {
            reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return new SchemaRegistryException("The schema registry at " + registryUrl + " is not reachable (" + reason + "). "
                + "Is it running? Set its URL with --registry-url or SCALE_PROJECTION_REGISTRY_URL.", 0, 0, cause);
    }

    static SchemaRegistryException interrupted(String registryUrl, RegistryCall call, InterruptedException cause) {
        return new SchemaRegistryException("Interrupted while asking the schema registry at " + registryUrl + " to "
                + call.purpose() + ".", 0, 0, cause);
    }

    static SchemaRegistryException unreadableAnswer(String registryUrl, RegistryCall call, int status, String body) {
        return new SchemaRegistryException("The schema registry at " + registryUrl + " answered " + call.method() + " "
                + call.path() + " with HTTP " + status + " and a body that is not the expected JSON: '" + abbreviate(body)
                + "'. Is " + registryUrl + " the address of a Confluent-compatible schema registry?", status, 0, null);
    }

    static SchemaRegistryException answered(String registryUrl, RegistryCall call, int status, int errorCode, String registryMessage) {
        return new SchemaRegistryException(explain(registryUrl, call, status, errorCode, registryMessage), status, errorCode, null);
    }

    private static String explain(String url, RegistryCall call, int status, int errorCode, String registryMessage) {
        String says = " The registry says: " + withoutFinalPeriod(registryMessage);
        if (status == 409) {
            return "The schema registry at " + url + " refused the schema for subject '" + call.subject()
                    + "': it is incompatible with the versions already registered under that subject." + says
                    + ". Make the change compatible (add fields with defaults; do not remove, rename or retype fields"
                    + " without defaults), or publish it on a new topic version.";
        }
        if (status == 422 && errorCode == 42202) {
            return "The schema registry at " + url + " rejected version '" + call.version() + "' of subject '"
                    + call.subject() + "' as invalid." + says + ". Use a version number from 1 up, or 'latest'.";
        }
        if (status == 422) {
            return "The schema registry at " + url + " rejected the schema for subject '" + call.subject()
                    + "' as invalid (error_code " + errorCode + ")." + says + ". Fix the schema so that Avro can parse it.";
        }
        if (status == 404 && errorCode == 40401) {
            return "Subject '" + call.subject() + "' is not known to the schema registry at " + url
                    + ": nothing has been registered under it." + says + ". Check the topic name, or produce to the topic first.";
        }
        if (status == 404 && errorCode == 40402) {
            return "Subject '" + call.subject() + "' has no version " + call.version() + " in the schema registry at "
                    + url + "." + says + ". List its versions with GET /subjects/{subject}/versions.";
        }
        if (status == 404 && errorCode == 40403) {
            return "Schema id " + call.schemaId() + " is not known to the schema registry at " + url + "." + says
                    + ". The data was written against another registry, or this one lost its schemas:"
                    + " point --registry-url at the registry the producers use.";
        }
        return "The schema registry at " + url + " could not " + call.purpose() + ": " + call.method() + " " + call.path()
                + " answered HTTP " + status + (errorCode == 0 ? "" : " (error_code " + errorCode + ")") + "." + says + ".";
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
