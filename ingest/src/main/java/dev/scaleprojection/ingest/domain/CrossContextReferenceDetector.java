package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * References across bounded contexts: {@code context.cross-context-reference} for an ORM relationship from an entity
 * to an entity of another context (attributes fromContext, toContext, target, relation; see {@link OrmRelations}), and
 * {@code context.cross-context-transaction} for one transaction writing to aggregates of several contexts (attributes
 * contexts, writes; see {@link CrossContextTransactions}). Keeping another aggregate's id ({@code Long customerId}) is
 * how contexts should refer to each other, and is no fact. A Django relation to {@code settings.AUTH_USER_MODEL} points
 * at the app the repository's settings name ({@link DjangoUserModels}).
 */
public final class CrossContextReferenceDetector implements Detector {

    public static final String REFERENCE = "context.cross-context-reference";
    public static final String TRANSACTION = "context.cross-context-transaction";

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        String content = file.content();
        boolean relations = content.contains("ToOne") || content.contains("ToMany") || content.contains("ForeignKey")
                || content.contains("OneToOneField") || content.contains("relationship(") || content.contains("DbSet")
                || content.contains("get; set;") || content.contains("{ get;");
        boolean transactions = content.contains("Transactional") || content.contains("atomic");
        boolean userModel = content.contains("AUTH_USER_MODEL");
        if (!relations && !transactions && !userModel) {
            return List.of();
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (relations) {
            findings.addAll(OrmRelations.of(code.get()));
        }
        if (transactions) {
            findings.addAll(CrossContextTransactions.of(code.get()));
        }
        if (userModel) {
            DjangoUserModels.setting(code.get()).ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }
}
