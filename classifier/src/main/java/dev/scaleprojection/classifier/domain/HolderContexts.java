package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bounded context of stored personal data that no folder or package names, taken from the same holder elsewhere in
 * the component: a table of a schema file ({@code db/schema.sql}: {@code owners.telephone}) is the entity the code maps
 * to it ({@code owner.Owner}, in the {@code owner} package), compared as {@link EntityName}s ({@code owners} is
 * {@code Owner}). Only where exactly one named context stores that holder; otherwise the field keeps no context, and
 * the rules say the owner is open. Pure: the facts in, the facts with such contexts filled in out, in the same order (the
 * same collection when there is none to fill in: most components).
 */
final class HolderContexts {

    static final String PERSONAL_DATA_STORED = "data.personal-data-stored";

    private HolderContexts() {
    }

    static Collection<Fact> resolved(Collection<Fact> facts) {
        Map<String, Set<String>> contextsByHolder = new HashMap<>();
        boolean unplaced = false;
        for (Fact fact : facts) {
            if (!fact.kind().equals(PERSONAL_DATA_STORED) || fact.attribute("holder").isEmpty()) {
                continue;
            }
            String context = fact.attribute("context");
            if (FactPredicate.UNNAMED_CONTEXTS.contains(context)) {
                unplaced = true;
            } else {
                contextsByHolder.computeIfAbsent(EntityName.normalised(fact.attribute("holder")), h -> new TreeSet<>()).add(context);
            }
        }
        if (!unplaced || contextsByHolder.isEmpty()) {
            return facts;
        }
        List<Fact> resolved = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            Set<String> contexts = fact.kind().equals(PERSONAL_DATA_STORED) && FactPredicate.UNNAMED_CONTEXTS.contains(fact.attribute("context"))
                    && !fact.attribute("holder").isEmpty() ? contextsByHolder.get(EntityName.normalised(fact.attribute("holder"))) : null;
            if (contexts == null || contexts.size() != 1) {
                resolved.add(fact);
            } else {
                TreeMap<String, String> attributes = new TreeMap<>(fact.attributes());
                attributes.put("context", contexts.iterator().next());
                resolved.add(new Fact(fact.fingerprint(), fact.kind(), attributes, fact.evidence()));
            }
        }
        return resolved;
    }
}
