package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.domain.Fingerprints;
import dev.scaleprojection.ingest.domain.ReferencesById;
import dev.scaleprojection.ingest.scan.EntityIndexEntry;
import dev.scaleprojection.ingest.scan.ObservedFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code context.reference-by-id} facts of a whole repository, resolved from its entity index alone
 * ({@link ReferencesById}): each in the component of its file's entries, with the fingerprint a full scan gives it
 * (the ordinal among equal findings counts only findings of the same kind, so a file's other facts do not change it).
 * A rescan keeps the index of the files it did not read, adds that of the files it read, and resolves it all again.
 */
final class IndexedReferences {

    private IndexedReferences() {
    }

    /** The facts; entries are in the order the scan found them, file by file. */
    static List<ObservedFact> of(List<EntityIndexEntry> index) {
        Map<String, String> componentByPath = new LinkedHashMap<>();
        index.forEach(entry -> componentByPath.putIfAbsent(entry.finding().path(), entry.component()));
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding reference : ReferencesById.resolve(index.stream().map(EntityIndexEntry::finding).toList())) {
            byPath.computeIfAbsent(reference.path(), path -> new ArrayList<>()).add(reference);
        }
        List<ObservedFact> facts = new ArrayList<>();
        byPath.forEach((path, references) -> {
            List<String> fingerprints = Fingerprints.ofAll(references);
            for (int i = 0; i < references.size(); i++) {
                facts.add(new ObservedFact(componentByPath.get(path), references.get(i), fingerprints.get(i)));
            }
        });
        return facts;
    }
}
