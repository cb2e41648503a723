package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Category;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies the rule catalog to a component's current facts: infers its levels, then for every rule and every fact that
 * fires it, one gap per target level above the component at which the rule asks for a change.
 */
public final class Classifier {

    private final RuleCatalog catalog;

    public Classifier(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public Classification classify(Collection<Fact> facts) {
        ComponentLevels levels = LevelInference.infer(facts);
        SortedMap<String, Gap> gaps = new TreeMap<>();
        List<Fact> ordered = facts.stream().sorted(java.util.Comparator.comparing(Fact::fingerprint)).toList();
        for (Rule rule : catalog.rules()) {
            SortedMap<Level, Category> targets = rule.categoriesAbove(levels.overall());
            for (Fact fact : ordered) {
                if (rule.firesOn(fact)) {
                    for (Map.Entry<Level, Category> target : targets.entrySet()) {
                        Gap gap = gapFor(rule, fact, target.getKey(), target.getValue());
                        gaps.put(gap.id(), gap);
                    }
                }
            }
        }
        return new Classification(levels, gaps);
    }

    private static Gap gapFor(Rule rule, Fact fact, Level target, Category category) {
        String id = rule.id() + "/" + target.name().toLowerCase(java.util.Locale.ROOT) + "/" + fact.fingerprint();
        return new Gap(id, rule.id(), rule.version(), target, category, rule.concern(), rule.axis(), rule.scaleVectors(),
                rule.titleFor(fact), List.of(fact));
    }
}
