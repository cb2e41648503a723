package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog a classifier applies: the configured catalog, with every rule published since (a rule change) taking the
 * place of the configured rule of the same id (or joining the catalog). Rules apply in id order, so the result does
 * not depend on the order in which they arrived.
 */
public final class RulesInForce {

    private RulesInForce() {
    }

    public static RuleCatalog of(RuleCatalog configured, Map<String, Rule> published) {
        Map<String, Rule> byId = new TreeMap<>();
        configured.rules().forEach(rule -> byId.put(rule.id(), rule));
        byId.putAll(published);
        return new RuleCatalog(new ArrayList<>(byId.values()));
    }
}
