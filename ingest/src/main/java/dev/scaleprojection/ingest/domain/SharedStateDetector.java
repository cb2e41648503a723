package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * State one process keeps for every request it serves ({@code state.shared-mutable-state}; attributes holder, field,
 * collection, mutation, scope static|singleton|module|package|process): mutable collections shared across requests
 * ({@link SharedCollections}) and in-process caches and sessions ({@link InProcessState}). Embedded databases are
 * reported by {@link EmbeddedDatabaseDetector}.
 */
public final class SharedStateDetector implements Detector {

    public static final String SHARED_STATE = "state.shared-mutable-state";

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(SharedCollections.of(code.get()));
        findings.addAll(InProcessState.of(code.get()));
        return List.copyOf(findings);
    }
}
