package dev.scaleprojection.platform.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * A Confluent compatibility level: a candidate schema and the versions registered before it (oldest first) go in;
 * BACKWARD means the candidate reads what they wrote, FORWARD that they read what it writes, FULL both, TRANSITIVE
 * against every version rather than the newest. Out come the incompatibilities Avro finds, empty when it may register.
 */
enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean candidateReadsRegistered;
    private final boolean registeredReadCandidate;
    private final boolean transitive;

    CompatibilityLevel(boolean candidateReadsRegistered, boolean registeredReadCandidate, boolean transitive) {
        this.candidateReadsRegistered = candidateReadsRegistered;
        this.registeredReadCandidate = registeredReadCandidate;
        this.transitive = transitive;
    }

    /** @throws RegistryError 42203 for anything but a level's name (in any case) */
    static CompatibilityLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryError.invalidCompatibilityLevel("Invalid compatibility level '" + name + "'.");
        }
    }

    List<String> incompatibilities(Schema candidate, List<RegisteredSchema> registeredOldestFirst) {
        List<RegisteredSchema> compared = transitive || registeredOldestFirst.isEmpty()
                ? registeredOldestFirst
                : registeredOldestFirst.subList(registeredOldestFirst.size() - 1, registeredOldestFirst.size());
        List<String> found = new ArrayList<>();
        for (RegisteredSchema registered : compared) {
            if (candidateReadsRegistered) {
                describe(candidate, registered.schema(), "the new schema cannot read data written with version " + registered.version(), found);
            }
            if (registeredReadCandidate) {
                describe(registered.schema(), candidate, "version " + registered.version() + " cannot read data written with the new schema", found);
            }
        }
        return List.copyOf(found);
    }

    private static void describe(Schema reader, Schema writer, String direction, List<String> found) {
        for (Incompatibility incompatibility : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            found.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + " (" + incompatibility.getMessage() + ")");
        }
    }
}
