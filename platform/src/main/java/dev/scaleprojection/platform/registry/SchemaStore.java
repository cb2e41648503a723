package dev.scaleprojection.platform.registry;

import dev.scaleprojection.platform.registry.JournalEntry.CompatibilitySet;
import dev.scaleprojection.platform.registry.JournalEntry.SchemaRegistered;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.avro.Schema;

/**
 * The registry's state: subjects with their versions, schemas by id, compatibility levels. A registration or config
 * change is checked, journaled (synchronously; if that fails nothing changes) and then applied; replayed entries are
 * applied as they are. Identical schema text shares one id across subjects, as in Confluent. Thread-safe.
 */
final class SchemaStore {

    private final Consumer<JournalEntry> journal;
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new TreeMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByText = new HashMap<>();
    private final Map<String, CompatibilityLevel> levelsBySubject = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int highestId;

    /** @param journal persists an entry before it is applied; throws if it cannot */
    SchemaStore(Consumer<JournalEntry> journal) {
        this.journal = journal;
    }

    /** @return the id of the schema, registered as the subject's next version unless the subject already has it */
    synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        String text = schema.toString();
        Optional<RegisteredSchema> existing = versions.stream().filter(version -> version.text().equals(text)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        List<String> incompatibilities = effectiveLevel(subject).incompatibilities(schema, versions);
        if (!incompatibilities.isEmpty()) {
            throw RegistryError.incompatible(subject, incompatibilities);
        }
        int id = idsByText.getOrDefault(text, highestId + 1);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        journalThenApply(new SchemaRegistered(new RegisteredSchema(subject, version, id, schema)));
        return id;
    }

    synchronized Optional<Schema> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    synchronized List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    synchronized List<Integer> versions(String subject) {
        return registered(subject).stream().map(RegisteredSchema::version).toList();
    }

    synchronized RegisteredSchema version(String subject, VersionSelector selector) {
        List<RegisteredSchema> versions = registered(subject);
        if (selector.isLatest()) {
            return versions.get(versions.size() - 1);
        }
        int number = selector.number().getAsInt();
        return versions.stream().filter(version -> version.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, number));
    }

    /**
     * What stops the schema from registering next to the selected version: against {@code latest}, the subject's level
     * decides which versions count; against a numbered version, only that one.
     */
    synchronized List<String> incompatibilities(String subject, VersionSelector selector, Schema schema) {
        List<RegisteredSchema> compared = selector.isLatest() ? registered(subject) : List.of(version(subject, selector));
        return effectiveLevel(subject).incompatibilities(schema, compared);
    }

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(levelsBySubject.get(subject));
    }

    synchronized void setLevel(Optional<String> subject, CompatibilityLevel level) {
        journalThenApply(new CompatibilitySet(subject, level));
    }

    /** Applies an entry that is already in the journal. */
    synchronized void apply(JournalEntry entry) {
        if (entry instanceof SchemaRegistered registered) {
            add(registered.schema());
        } else if (entry instanceof CompatibilitySet config) {
            config.subject().ifPresentOrElse(subject -> levelsBySubject.put(subject, config.level()), () -> globalLevel = config.level());
        }
    }

    private void journalThenApply(JournalEntry entry) {
        journal.accept(entry);
        apply(entry);
    }

    private void add(RegisteredSchema schema) {
        List<RegisteredSchema> versions = new ArrayList<>(versionsBySubject.getOrDefault(schema.subject(), List.of()));
        versions.removeIf(version -> version.version() == schema.version());
        versions.add(schema);
        versions.sort(Comparator.comparingInt(RegisteredSchema::version));
        versionsBySubject.put(schema.subject(), List.copyOf(versions));
        schemasById.putIfAbsent(schema.id(), schema.schema());
        idsByText.putIfAbsent(schema.text(), schema.id());
        highestId = Math.max(highestId, schema.id());
    }

    private List<RegisteredSchema> registered(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions;
    }

    private CompatibilityLevel effectiveLevel(String subject) {
        return levelsBySubject.getOrDefault(subject, globalLevel);
    }
}
