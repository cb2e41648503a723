package dev.scaleprojection.platform.registry;

import java.util.Objects;
import java.util.Optional;

/** One change to the registry's state, as written to and replayed from its compacted topic. */
sealed interface JournalEntry {

    /** A new version of a subject. */
    record SchemaRegistered(RegisteredSchema schema) implements JournalEntry {
        public SchemaRegistered {
            Objects.requireNonNull(schema, "schema");
        }
    }

    /** The compatibility level set globally (no subject) or for one subject. */
    record CompatibilitySet(Optional<String> subject, CompatibilityLevel level) implements JournalEntry {
        public CompatibilitySet {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(level, "level");
        }
    }
}
