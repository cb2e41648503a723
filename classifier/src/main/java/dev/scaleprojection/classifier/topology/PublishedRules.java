package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.RulesInForce;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The rules published since the start, as this task has met their rule changes (store {@link ClassifierTopology#RULES_STORE}). */
final class PublishedRules {

    private final KeyValueStore<String, Rule> store;

    PublishedRules(KeyValueStore<String, Rule> store) {
        this.store = store;
    }

    /** Records the rule; false when the task already had exactly this rule (a republished catalog changes nothing). */
    boolean update(Rule rule) {
        if (rule.equals(store.get(rule.id()))) {
            return false;
        }
        store.put(rule.id(), rule);
        return true;
    }

    Classifier classifier(RuleCatalog configured) {
        Map<String, Rule> published = new TreeMap<>();
        try (KeyValueIterator<String, Rule> all = store.all()) {
            all.forEachRemaining(entry -> published.put(entry.key, entry.value));
        }
        return new Classifier(RulesInForce.of(configured, published));
    }
}
