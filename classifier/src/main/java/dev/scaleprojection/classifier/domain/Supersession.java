package dev.scaleprojection.classifier.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Which rules' gaps stand instead of others' ({@link Rule#supersededBy}): from a component's gaps, a gap of a superseded
 * rule is dropped when a superseding rule gives gaps on every fact it stands on, at any target level — the more
 * specific finding is told once, not beside a contradicting one.
 */
final class Supersession {

    private static final Supersession NONE = new Supersession(Map.of(), Set.of());

    private final Map<String, SortedSet<String>> supersededBy;
    private final Set<String> superseding;

    private Supersession(Map<String, SortedSet<String>> supersededBy, Set<String> superseding) {
        this.supersededBy = supersededBy;
        this.superseding = superseding;
    }

    static Supersession of(RuleCatalog catalog) {
        Map<String, SortedSet<String>> supersededBy = new HashMap<>();
        Set<String> superseding = new HashSet<>();
        for (Rule rule : catalog.rules()) {
            if (!rule.supersededBy().isEmpty()) {
                supersededBy.put(rule.id(), rule.supersededBy());
                superseding.addAll(rule.supersededBy());
            }
        }
        return supersededBy.isEmpty() ? NONE : new Supersession(Map.copyOf(supersededBy), Set.copyOf(superseding));
    }

    /** Removes from {@code gaps} those of superseded rules whose facts a superseding rule's gaps all stand on. */
    void drop(SortedMap<String, Gap> gaps) {
        if (supersededBy.isEmpty()) {
            return;
        }
        Map<String, Set<String>> factsByRule = new HashMap<>();
        for (Gap gap : gaps.values()) {
            if (superseding.contains(gap.ruleId())) {
                Set<String> facts = factsByRule.computeIfAbsent(gap.ruleId(), rule -> new HashSet<>());
                gap.facts().forEach(fact -> facts.add(fact.fingerprint()));
            }
        }
        if (factsByRule.isEmpty()) {
            return;
        }
        gaps.values().removeIf(gap -> supersededBy.getOrDefault(gap.ruleId(), java.util.Collections.emptySortedSet()).stream()
                .map(factsByRule::get).anyMatch(facts -> facts != null
                        && gap.facts().stream().allMatch(fact -> facts.contains(fact.fingerprint()))));
    }
}
