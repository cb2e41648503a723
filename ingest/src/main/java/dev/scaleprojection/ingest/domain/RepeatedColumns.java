package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A table's column of personal data stored once, told once per scan. SQL scripts repeat a schema: one per database
 * engine (spring-petclinic's {@code db/hsqldb/schema.sql} and {@code db/mysql/schema.sql}), a first migration beside
 * a full creation script and a per-table folder (kgrzybek's modular monolith writes {@code meetings.Members.Email} in
 * four files). In: the scan's findings, each placed in its component. The rule: among the {@code
 * data.personal-data-stored} findings of SQL scripts ({@code store=sql}) of one component for the same context, table
 * and column (names compared without case), the one first by path and line stands for all. Out: the findings without
 * the others; every other finding as it was, in its order. Entities and models are each their own declaration and stay.
 */
public final class RepeatedColumns {

    private static final Comparator<Finding> FIRST = Comparator.comparing(Finding::path).thenComparingInt(Finding::startLine);

    private RepeatedColumns() {
    }

    /** Whether a finding is a column of personal data an SQL script stores: a change to it may move which copy stands. */
    public static boolean isScriptColumn(Finding finding) {
        return PersonalDataDetector.STORED.equals(finding.kind()) && "sql".equals(finding.attribute("store"));
    }

    /** The findings with each repeated column of personal data kept once (see above). */
    public static List<Finding> collapse(List<Finding> findings, Function<Finding, Component> componentOf) {
        Map<String, Finding> first = new HashMap<>();
        for (Finding finding : findings) {
            if (isScriptColumn(finding)) {
                first.merge(key(finding, componentOf), finding, (kept, other) -> FIRST.compare(other, kept) < 0 ? other : kept);
            }
        }
        if (first.size() == findings.stream().filter(RepeatedColumns::isScriptColumn).count()) {
            return findings;
        }
        List<Finding> collapsed = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!isScriptColumn(finding) || first.get(key(finding, componentOf)) == finding) {
                collapsed.add(finding);
            }
        }
        return collapsed;
    }

    private static String key(Finding finding, Function<Finding, Component> componentOf) {
        return componentOf.apply(finding).name() + "\n" + finding.attributes().getOrDefault("context", "") + "\n"
                + finding.attributes().getOrDefault("holder", "").toLowerCase(Locale.ROOT) + "\n"
                + finding.attributes().getOrDefault("field", "").toLowerCase(Locale.ROOT);
    }
}
