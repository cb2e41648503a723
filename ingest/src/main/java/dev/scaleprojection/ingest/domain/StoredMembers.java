package dev.scaleprojection.ingest.domain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each member of one file is persisted ({@link PersonalDataStores#store}) and the file's {@code DbSet}s, read once
 * for the detectors that ask (personal data and references by id): kept for the last file asked about on a thread.
 */
final class StoredMembers {

    private static final ThreadLocal<StoredMembers> LAST = new ThreadLocal<>();

    private final CodeFile file;
    private final List<TypeMember> members;
    private final Set<String> dbSets;
    private final Map<TypeMember, Optional<String>> stores = new IdentityHashMap<>();

    private StoredMembers(CodeFile file) {
        this.file = file;
        this.members = file.members();
        this.dbSets = file.language() == Language.CSHARP ? PersonalDataStores.dbSets(file) : Set.of();
    }

    static StoredMembers of(CodeFile file) {
        StoredMembers last = LAST.get();
        if (last == null || last.file.file() != file.file() || last.members != file.members()) {
            last = new StoredMembers(file);
            LAST.set(last);
        }
        return last;
    }

    List<TypeMember> members() {
        return members;
    }

    /** {@link PersonalDataStores#store} of one of {@link #members()}. */
    Optional<String> store(TypeMember member) {
        return stores.computeIfAbsent(member, m -> PersonalDataStores.store(file, m, members, dbSets));
    }
}
