package dev.scaleprojection.classifier.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules in force, in a fixed order so that classification is deterministic. */
public record RuleCatalog(List<Rule> rules) {

    public RuleCatalog {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id " + rule.id() + " appears twice in the catalog");
            }
        }
    }
}
