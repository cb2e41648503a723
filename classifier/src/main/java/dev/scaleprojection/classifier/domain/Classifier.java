package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies the rule catalog to a component's current facts: infers its levels, then for every rule whose predicate holds
 * and every fact that fires it, one gap per target level above the component at which the rule asks for a change —
 * UNCERTAIN, with what would settle it, where the facts leave the category open.
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
        List<Fact> facts = new ArrayList<>(observed);
        List<Assertion> active = assertions.stream().filter(a -> a.activeAt(at)).toList();
        active.stream().filter(a -> !a.isWaiver()).map(Assertion::asFact).forEach(facts::add);
        ComponentLevels levels = LevelInference.infer(facts);
        SortedMap<String, Gap> gaps = new TreeMap<>();
        List<Fact> ordered = facts.stream().sorted(Comparator.comparing(Fact::fingerprint)).toList();
        for (Rule rule : catalog.rules()) {
            List<Fact> firing = ordered.stream().filter(rule::firesOn).toList();
            if (firing.isEmpty() || !rule.when().holdsAmong(firing, ordered)) {
                continue;
            }
            for (Fact fact : firing) {
                SortedMap<Level, Category> targets = Rule.projected(rule.categoriesFor(fact, ordered), levels.overall());
                for (Map.Entry<Level, Category> target : targets.entrySet()) {
                    Gap gap = gapFor(rule, fact, target.getKey(), target.getValue());
                    gaps.put(gap.id(), gap);
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
        String id = rule.id() + "/" + target.name().toLowerCase(Locale.ROOT) + "/" + fact.fingerprint();
        return new Gap(id, rule.id(), rule.version(), target, category, rule.concern(), rule.axis(), rule.scaleVectors(),
                rule.titleFor(fact), List.of(fact), rule.explanation(), category == Category.UNCERTAIN ? rule.settledBy() : "");
    }
}
