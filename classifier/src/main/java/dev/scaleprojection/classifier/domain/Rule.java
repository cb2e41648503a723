package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A classification rule as data: the facts its predicate matches fire it, and from each threshold level on the change
 * it asks for falls in the given category — or is UNCERTAIN where the facts do not decide (see {@link Uncertainty}).
 * Titles may name fact attributes as {name}. A rule gives one gap per firing fact, or with {@link GapPer#COMPONENT} one gap
 * for the component as a whole, standing on all its firing facts (a fan-out is one finding, not one per call). A rule
 * {@code supersededBy} others gives no gap on facts that they give gaps on: the more specific finding is told instead
 * (personal data stored by several components is not also "owned" and Clean).
 */
public record Rule(String id, int version, Concern concern, Axis axis, List<ScaleVector> scaleVectors, String title,
                   FactPredicate when, SortedMap<Level, Category> categories, Optional<Uncertainty> uncertainty,
                   Explanation explanation, GapPer gapPer, SortedSet<String> supersededBy) {

    /** In {@code uncertain.settledBy}: the id of the component whose gap it is. */
    public static final String COMPONENT_PLACEHOLDER = "{component}";

    /** What one gap of the rule stands on: each firing fact, or the component's firing facts together. */
    public enum GapPer { FACT, COMPONENT }

    public Rule {
        scaleVectors = List.copyOf(scaleVectors);
        Objects.requireNonNull(when, "when");
        gapPer = Objects.requireNonNullElse(gapPer, GapPer.FACT);
        supersededBy = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNullElse(supersededBy, Set.of())));
        if (supersededBy.contains(id)) {
            throw new IllegalArgumentException("rule " + id + " cannot be superseded by itself");
        }
        if (gapPer == GapPer.COMPONENT && when.spansSystem()) {
            throw new IllegalArgumentException("rule " + id + " looks across components: each component's gap stands on its own facts");
        }
        categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
        uncertainty = Objects.requireNonNullElse(uncertainty, Optional.empty());
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no categories");
        }
        if (categories.containsValue(Category.UNCERTAIN) && uncertainty.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " gives UNCERTAIN without saying what settles it");
        }
    }

    /** A rule that gives one gap per firing fact. */
    public Rule(String id, int version, Concern concern, Axis axis, List<ScaleVector> scaleVectors, String title, FactPredicate when,
                SortedMap<Level, Category> categories, Optional<Uncertainty> uncertainty, Explanation explanation) {
        this(id, version, concern, axis, scaleVectors, title, when, categories, uncertainty, explanation, GapPer.FACT, null);
    }

    public String reference() {
        return id + "@" + version;
    }

    public boolean firesOn(Fact fact) {
        return when.matches(fact);
    }

    /** What an UNCERTAIN gap of this rule says would settle it ("" for a rule that is never uncertain). */
    public String settledBy() {
        return uncertainty.map(Uncertainty::settledBy).orElse("");
    }

    /**
     * … for one component: {@value #COMPONENT_PLACEHOLDER} reads as its id, so that the assertion it names can be run as
     * written (a classifier that names no component leaves the text as the rule has it).
     */
    public String settledBy(String componentId) {
        return componentId.isEmpty() ? settledBy() : settledBy().replace(COMPONENT_PLACEHOLDER, componentId);
    }

    /**
     * … for one gap: any other {attribute} reads as the value of the gap's facts (as in a title), so that an assertion
     * it quotes can name the one finding it settles ({@code --attribute host={host}}).
     */
    public String settledBy(String componentId, List<Fact> facts) {
        String forComponent = settledBy(componentId);
        return forComponent.indexOf('{') < 0 ? forComponent : TitleTemplate.of(forComponent).fill(facts, Map.of("component", componentId.isEmpty() ? COMPONENT_PLACEHOLDER : componentId));
    }

    /**
     * The categories by threshold level for one firing fact, among the component's facts: the rule's own, all
     * UNCERTAIN when the fact leaves them open, and those a settling fact decides when any of them is UNCERTAIN.
     */
    public SortedMap<Level, Category> categoriesFor(Fact fact, Collection<Fact> component) {
        return categoriesFor(List.of(fact), component);
    }

    /** … for a gap standing on several firing facts: open when any of them leaves it open. */
    public SortedMap<Level, Category> categoriesFor(List<Fact> standingOn, Collection<Fact> component) {
        if (uncertainty.isEmpty()) {
            return categories;
        }
        SortedMap<Level, Category> open = categories;
        if (standingOn.stream().anyMatch(uncertainty.get()::leavesOpen)) {
            open = new TreeMap<>();
            for (Level level : categories.keySet()) {
                open.put(level, Category.UNCERTAIN);
            }
        }
        return open.containsValue(Category.UNCERTAIN) ? uncertainty.get().settlementAmong(standingOn, component).orElse(open) : open;
    }

    /** The title with {attribute} placeholders filled from the fact; unknown attributes read as "?". */
    public String titleFor(Fact fact) {
        return titleFor(fact, Map.of());
    }

    /** … with placeholders the classifier fills first (such as {components} for a rule that looks across components). */
    public String titleFor(Fact fact, Map<String, String> given) {
        return TitleTemplate.of(title).fill(fact, given);
    }

    /**
     * The category per target level for a component now at {@code current}: each threshold applies from its level,
     * and one already reached is projected onto the next level up.
     */
    public SortedMap<Level, Category> categoriesAbove(Level current) {
        return projected(categories, current);
    }

    static SortedMap<Level, Category> projected(SortedMap<Level, Category> thresholds, Level current) {
        SortedMap<Level, Category> projected = new TreeMap<>();
        current.next().ifPresent(next -> thresholds.forEach((from, category) -> projected.put(Level.max(from, next), category)));
        return projected;
    }
}
