package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule read once into the form the classifier asks of every fact of every classification: its predicate's
 * {@link FactPredicate.FactTest} and its title as a {@link TitleTemplate}.
 */
final class CompiledRule {

    private final Rule rule;
    private final FactPredicate.FactTest firing;
    private final TitleTemplate title;

    CompiledRule(Rule rule) {
        this.rule = rule;
        this.firing = rule.when().factTest();
        this.title = TitleTemplate.of(rule.title());
    }

    static List<CompiledRule> of(RuleCatalog catalog) {
        List<CompiledRule> compiled = new ArrayList<>(catalog.rules().size());
        catalog.rules().forEach(rule -> compiled.add(new CompiledRule(rule)));
        return List.copyOf(compiled);
    }

    Rule rule() {
        return rule;
    }

    boolean firesOn(Fact fact) {
        return firing.matches(fact);
    }

    /** Whether a fact of this kind can fire the rule (if it carries the attributes the rule asks for). */
    boolean firesOnKind(String kind) {
        return firing.ofKind(kind);
    }

    String titleFor(Fact fact, Map<String, String> given) {
        return title.fill(fact, given);
    }

    String titleFor(List<Fact> facts, Map<String, String> given) {
        return title.fill(facts, given);
    }
}
