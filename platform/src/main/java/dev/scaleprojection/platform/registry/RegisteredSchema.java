package dev.scaleprojection.platform.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** One version of a subject: the version number, the registry-wide schema id, and the parsed schema. */
record RegisteredSchema(String subject, int version, int id, Schema schema) {

    RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }

    /** The canonical text: what the registry answers and stores, and what identical schemas share. */
    String text() {
        return schema.toString();
    }
}
