package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whose entity an id held by an entity names, told once per scan from every file's findings: the id fields
 * {@link ReferenceByIdDetector} reports become {@code context.reference-by-id} facts when the entity they name is
 * declared in another bounded context of the repository, and only in other ones. The contexts are where the two files'
 * paths (JVM packages) part, as {@link BoundedContexts#crossing} tells: below a layer such as {@code Domain/Meetings}
 * and {@code Domain/MeetingGroups} they are one context, and so are two modules whose packages name the same one
 * ({@code ftgo-kitchen-service-api/…/kitchenservice/api} and {@code ftgo-kitchen-service/…/kitchenservice/domain}).
 * An id of the holder's own context, or of no entity the repository declares (a payment provider's customer id), is no
 * fact; the declarations themselves never are. Attributes: fromContext, toContext (several joined by commas), context
 * (= fromContext), target (the entity as declared), holder, field.
 */
public final class ReferencesById {

    public static final String KIND = "context.reference-by-id";
    /** A persisted type declared by a file: read here, never published. */
    static final String DECLARED = "scan.entity-declared";
    /** An id field of an entity, before it is known whose entity the id names: read here, never published. */
    static final String CANDIDATE = "scan.id-field";
    private static final java.util.Set<String> JVM_SOURCE_ROOTS = java.util.Set.of("java", "kotlin", "scala");
    private static final String ENTITY_SUFFIX = "(databaseentity|entity|model|record|row|document|dbo|table)$";

    private ReferencesById() {
    }

    /** The findings with every id field resolved into a fact or dropped, and every declaration dropped. */
    public static List<Finding> resolve(List<Finding> findings) {
        Map<String, List<Finding>> declared = new HashMap<>();
        for (Finding finding : findings) {
            if (DECLARED.equals(finding.kind())) {
                declared.computeIfAbsent(normalized(finding.attribute("entity")), name -> new ArrayList<>()).add(finding);
            }
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (CANDIDATE.equals(finding.kind())) {
                List<Finding> named = declared.getOrDefault(normalized(finding.attribute("names")), List.of());
                if (named.isEmpty() && !finding.attribute("namesWithoutRole").isEmpty()) {
                    named = declared.getOrDefault(normalized(finding.attribute("namesWithoutRole")), List.of());
                }
                reference(finding, named).ifPresent(resolved::add);
            } else if (!DECLARED.equals(finding.kind())) {
                resolved.add(finding);
            }
        }
        return resolved;
    }

    /**
     * Whether a finding is one the resolution reads, a declared entity or an id field: a rescan keeps those of every
     * file, so that it resolves the references of the files it reads again, and of those naming their entities, as a
     * full scan does.
     */
    public static boolean isInput(Finding finding) {
        return DECLARED.equals(finding.kind()) || CANDIDATE.equals(finding.kind());
    }

    private static Optional<Finding> reference(Finding id, List<Finding> declarations) {
        List<String> from = segments(id.path());
        TreeSet<String> toContexts = new TreeSet<>();
        Optional<String> fromContext = Optional.empty();
        Optional<String> target = Optional.empty();
        List<Finding> sorted = new ArrayList<>(declarations);
        sorted.sort(Comparator.comparing(Finding::path).thenComparing(Finding::anchor));
        for (Finding declaration : sorted) {
            Optional<List<String>> contexts = BoundedContexts.crossing(from, segments(declaration.path()), 0);
            if (contexts.isEmpty() || BoundedContexts.ofPath(id.path()).equals(BoundedContexts.ofPath(declaration.path()))) {
                return Optional.empty();
            }
            fromContext = fromContext.or(() -> Optional.of(contexts.get().get(0)));
            target = target.or(() -> Optional.of(declaration.attribute("entity")));
            toContexts.add(contexts.get().get(1));
        }
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fromContext", fromContext.get());
        attributes.put("toContext", String.join(",", toContexts));
        attributes.put("context", fromContext.get());
        attributes.put("target", target.get());
        attributes.put("holder", id.attribute("holder"));
        attributes.put("field", id.attribute("field"));
        attributes.put("value", target.get());
        return Optional.of(new Finding(KIND, id.source(), id.path(), id.startLine(), id.endLine(), id.snippet(), id.anchor(),
                attributes));
    }

    /**
     * The folders of a file, or below a JVM source root its package ({@code net.acme.ftgo.orderservice.domain}), as the
     * cross-context ORM references name their contexts: two modules of one service share its package.
     */
    private static List<String> segments(String path) {
        List<String> folders = Imports.folders(path);
        for (int i = 0; i + 2 < folders.size(); i++) {
            if (folders.get(i).equals("src") && JVM_SOURCE_ROOTS.contains(folders.get(i + 2))) {
                return folders.subList(i + 3, folders.size());
            }
        }
        return folders;
    }

    /** {@code MeetingGroup}, {@code meeting_group} and {@code MeetingGroupEntity} name one entity. */
    static String normalized(String name) {
        String letters = Regexes.replaceAll(name.toLowerCase(Locale.ROOT), "[^a-z0-9]", "");
        String stripped = Regexes.replaceAll(letters, ENTITY_SUFFIX, "");
        return stripped.isEmpty() ? letters : stripped;
    }
}
