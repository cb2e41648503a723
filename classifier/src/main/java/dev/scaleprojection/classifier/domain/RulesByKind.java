package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled rules, in catalog order, with which of them a fact of each kind can fire, found once per kind: a
 * classification then asks each fact only the rules of its kind, not every rule (a few of some thirty).
 */
final class RulesByKind {

    private final List<CompiledRule> rules;
    private final Map<String, int[]> byKind = new ConcurrentHashMap<>();

    RulesByKind(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<CompiledRule> rules() {
        return rules;
    }

    /**
     * For each rule, by its place in {@link #rules}, the facts that fire it, in the order of {@code ordered}
     * (less those a rule that looks across contexts finds in too few); null for a rule no fact fires.
     */
    List<Fact>[] firing(List<Fact> ordered) {
        @SuppressWarnings("unchecked")
        List<Fact>[] firing = new List[rules.size()];
        for (Fact fact : ordered) {
            for (int rule : byKind.computeIfAbsent(fact.kind(), this::rulesOfKind)) {
                if (rules.get(rule).firesOn(fact)) {
                    if (firing[rule] == null) {
                        firing[rule] = new ArrayList<>();
                    }
                    firing[rule].add(fact);
                }
            }
        }
        for (int rule = 0; rule < firing.length; rule++) {
            if (firing[rule] != null) {
                firing[rule] = rules.get(rule).rule().when().inEnoughContexts(firing[rule]);
            }
        }
        return firing;
    }

    private int[] rulesOfKind(String kind) {
        List<Integer> of = new ArrayList<>();
        for (int rule = 0; rule < rules.size(); rule++) {
            if (rules.get(rule).firesOnKind(kind)) {
                of.add(rule);
            }
        }
        return of.stream().mapToInt(Integer::intValue).toArray();
    }
}
