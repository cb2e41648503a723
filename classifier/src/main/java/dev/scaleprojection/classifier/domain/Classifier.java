package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Applies the rule catalog to a component's current facts: infers its levels, then for every rule whose predicate holds
 * and every fact that fires it (or once for the component, on all of them, for a rule with {@link Rule.GapPer#COMPONENT}),
 * one gap per target level above the component at which the rule asks for a change —
 * UNCERTAIN, with what would settle it, where the facts leave the category open. A rule that looks across components
 * reads what the other components of the system show in the {@link SystemView} the classifier is {@link #within}.
 */
public final class Classifier {

    /** What the id of a gap standing on the component as a whole names instead of one fact's fingerprint. */
    static final String COMPONENT_WIDE = "component";
    /** Each level's name in a gap id, by ordinal: lower-cased once, not once per gap. */
    private static final String[] LEVEL_NAMES = Arrays.stream(Level.values())
            .map(level -> level.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private final RulesByKind rules;
    private final Supersession supersession;
    private final String componentId;
    private final SystemView system;

    public Classifier(RuleCatalog catalog) {
        this(new RulesByKind(CompiledRule.of(catalog)), Supersession.of(catalog), "", SystemView.EMPTY);
    }

    private Classifier(RulesByKind rules, Supersession supersession, String componentId, SystemView system) {
        this.rules = rules;
        this.supersession = supersession;
        this.componentId = componentId;
        this.system = system;
    }

    /** The same rules, classifying the component {@code componentId} among the other components of its system. */
    public Classifier within(String componentId, SystemView system) {
        return new Classifier(rules, supersession, componentId, system);
    }

    public Classification classify(Collection<Fact> facts) {
        return classify(facts, List.of(), Long.MIN_VALUE);
    }

    /**
     * With the assertions made about the component: statements join the facts; waivers in force at event time
     * {@code at} set their gaps aside.
     */
    public Classification classify(Collection<Fact> observed, Collection<Assertion> assertions, long at) {
        List<Assertion> active = assertions.stream().filter(a -> a.activeAt(at)).toList();
        List<Fact> ordered = inForce(observed, active);
        ComponentLevels levels = LevelInference.infer(ordered);
        SystemView[] view = {null};
        Supplier<SystemView> withThisComponent = () -> view[0] != null ? view[0] : (view[0] = system.with(componentId, signalsAmong(ordered)));
        SortedMap<String, Gap> gaps = new TreeMap<>();
        List<Fact>[] firingByRule = rules.firing(ordered);
        for (int index = 0; index < firingByRule.length; index++) {
            CompiledRule compiled = rules.rules().get(index);
            Rule rule = compiled.rule();
            List<Fact> firing = firingByRule[index];
            if (firing == null || firing.isEmpty() || !rule.when().holdsAmong(firing, ordered)) {
                continue;
            }
            if (rule.gapPer() == Rule.GapPer.COMPONENT) {
                String title = compiled.titleFor(firing, Map.of("count", Long.toString(rule.when().count(firing))));
                addGaps(gaps, rule, COMPONENT_WIDE, firing, title, rule.categoriesFor(firing, ordered), levels.overall());
                continue;
            }
            for (Fact fact : firing) {
                Optional<String> title = titleFor(compiled, fact, withThisComponent);
                if (title.isPresent()) {
                    addGaps(gaps, rule, fact.fingerprint(), List.of(fact), title.get(), rule.categoriesFor(fact, ordered), levels.overall());
                }
            }
        }
        supersession.drop(gaps);
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

    /**
     * What the component shows the rules that look across components: per rule id, the shared values of the facts
     * that fire it where the component's own conditions hold.
     */
    public SortedMap<String, SortedSet<String>> signals(Collection<Fact> observed, Collection<Assertion> assertions, long at) {
        return signalsAmong(inForce(observed, assertions.stream().filter(a -> a.activeAt(at)).toList()));
    }

    private SortedMap<String, SortedSet<String>> signalsAmong(List<Fact> ordered) {
        SortedMap<String, SortedSet<String>> signals = new TreeMap<>();
        List<Fact>[] firingByRule = rules.firing(ordered);
        for (int index = 0; index < firingByRule.length; index++) {
            Rule rule = rules.rules().get(index).rule();
            List<Fact> firing = firingByRule[index];
            if (!rule.when().spansSystem() || firing == null || firing.isEmpty() || !rule.when().holdsAmong(firing, ordered)) {
                continue;
            }
            SortedSet<String> values = new TreeSet<>();
            firing.forEach(fact -> rule.when().sharedValueOf(fact).ifPresent(values::add));
            if (!values.isEmpty()) {
                signals.put(rule.id(), values);
            }
        }
        return signals;
    }

    /** The gap's title, or empty when a rule that looks across components finds too few sharing the fact. */
    private static Optional<String> titleFor(CompiledRule compiled, Fact fact, Supplier<SystemView> view) {
        Rule rule = compiled.rule();
        if (!rule.when().spansSystem()) {
            return Optional.of(compiled.titleFor(fact, Map.of()));
        }
        SortedSet<String> sharing = rule.when().sharedValueOf(fact).map(value -> view.get().componentsSharing(rule.id(), value))
                .orElse(new TreeSet<>());
        if (sharing.size() < rule.when().acrossComponents()) {
            return Optional.empty();
        }
        return Optional.of(compiled.titleFor(fact, Map.of("componentCount", Integer.toString(sharing.size()),
                "components", String.join(", ", sharing.stream().map(SystemView::nameOf).toList()))));
    }

    private static List<Fact> inForce(Collection<Fact> observed, List<Assertion> active) {
        List<Fact> facts = new ArrayList<>(HolderContexts.resolved(observed));
        active.stream().filter(a -> !a.isWaiver()).map(Assertion::asFact).forEach(facts::add);
        return facts.stream().sorted(Comparator.comparing(Fact::fingerprint)).toList();
    }

    /**
     * One gap per target level above the component ({@code current}), standing on {@code facts} and named by
     * {@code standsOn} in its id; an UNCERTAIN one says what settles it, for this component.
     */
    private void addGaps(SortedMap<String, Gap> gaps, Rule rule, String standsOn, List<Fact> facts, String title,
                         SortedMap<Level, Category> thresholds, Level current) {
        for (Map.Entry<Level, Category> target : Rule.projected(thresholds, current).entrySet()) {
            Category category = target.getValue();
            String id = rule.id() + "/" + LEVEL_NAMES[target.getKey().ordinal()] + "/" + standsOn;
            gaps.put(id, new Gap(id, rule.id(), rule.version(), target.getKey(), category, rule.concern(), rule.axis(),
                    rule.scaleVectors(), title, facts, rule.explanation(), category == Category.UNCERTAIN ? rule.settledBy(componentId, facts) : ""));
        }
    }
}
