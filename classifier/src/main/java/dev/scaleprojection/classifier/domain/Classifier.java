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
        return classify(facts, List.of(), Long.MIN_VALUE);
    }

    /**
     * With the assertions made about the component: statements join the facts; waivers in force at event time
     * {@code at} set their gaps aside.
     */
    public Classification classify(Collection<Fact> observed, Collection<Assertion> assertions, long at) {
        List<Fact> facts = new java.util.ArrayList<>(observed);
        List<Assertion> active = assertions.stream().filter(a -> a.activeAt(at)).toList();
        active.stream().filter(a -> !a.isWaiver()).map(Assertion::asFact).forEach(facts::add);
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
        SortedMap<String, Gap> waived = new TreeMap<>();
        gaps.values().removeIf(gap -> {
            boolean waive = active.stream().anyMatch(assertion -> assertion.waives(gap));
            if (waive) {
                waived.put(gap.id(), gap);
            }
            return waive;
        });
        return new Classification(levels, gaps, waived);
    }

    private static Gap gapFor(Rule rule, Fact fact, Level target, Category category) {
        String id = rule.id() + "/" + target.name().toLowerCase(java.util.Locale.ROOT) + "/" + fact.fingerprint();
        return new Gap(id, rule.id(), rule.version(), target, category, rule.concern(), rule.axis(), rule.scaleVectors(),
                rule.titleFor(fact), List.of(fact), rule.explanation());
    }
}
