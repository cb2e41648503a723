package dev.scaleprojection.schemas.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One request the client makes of the registry: its method and path (segments URL-encoded here, once), what it is for
 * in words, and the subject, version and schema id it concerns ("" when none), so errors can name them.
 */
record RegistryCall(String method, String path, String purpose, String subject, String version, String schemaId) {

    static RegistryCall register(String subject) {
        return new RegistryCall("POST", "/subjects/" + segment(subject) + "/versions",
                "register a schema under subject '" + subject + "'", subject, "", "");
    }

    static RegistryCall schemaById(int id) {
        return new RegistryCall("GET", "/schemas/ids/" + id, "look up schema id " + id, "", "", Integer.toString(id));
    }

    static RegistryCall subjects() {
        return new RegistryCall("GET", "/subjects", "list the subjects", "", "", "");
    }

    static RegistryCall versions(String subject) {
        return new RegistryCall("GET", "/subjects/" + segment(subject) + "/versions",
                "list the versions of subject '" + subject + "'", subject, "", "");
    }

    static RegistryCall compatibility(String subject, String version) {
        return new RegistryCall("POST", "/compatibility/subjects/" + segment(subject) + "/versions/" + segment(version),
                "check a schema against version " + version + " of subject '" + subject + "'", subject, version, "");
    }

    /** Percent-encodes one path segment; URLEncoder encodes for forms, where a space is '+'. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
