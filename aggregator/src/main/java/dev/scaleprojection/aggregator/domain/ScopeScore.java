package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Verdict;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The score of a scope (an organization, or one of its systems): the components in it and their summaries. Its index is
 * the mean of the components' indexes; the worst components are ranked by verdict first, then by index.
 */
public record ScopeScore(SortedMap<String, ComponentSummary> components) {

    static final int WORST_SHOWN = 5;

    public ScopeScore {
        components = Collections.unmodifiableSortedMap(new TreeMap<>(components));
    }

    public static ScopeScore empty() {
        return new ScopeScore(new TreeMap<>());
    }

    /** The score of a scope made of these components. */
    public static ScopeScore of(Collection<ComponentSummary> summaries) {
        ScopeScore score = empty();
        for (ComponentSummary summary : summaries) {
            score = score.with(summary);
        }
        return score;
    }

    /** This score's components split by the system they belong to: the systems' scores, by system name. */
    public SortedMap<String, ScopeScore> bySystem() {
        SortedMap<String, ScopeScore> systems = new TreeMap<>();
        for (ComponentSummary summary : components.values()) {
            systems.merge(ComponentId.parse(summary.componentId()).system(), empty().with(summary), (a, b) -> a.with(summary));
        }
        return Collections.unmodifiableSortedMap(systems);
    }

    /** This score's components grouped by owning team; components without one are in no group. */
    public SortedMap<String, ScopeScore> byOwner() {
        return groupedBy(summary -> summary.ownership().owner());
    }

    /** This score's components grouped by business domain; components without one are in no group. */
    public SortedMap<String, ScopeScore> byDomain() {
        return groupedBy(summary -> summary.ownership().domain());
    }

    private SortedMap<String, ScopeScore> groupedBy(Function<ComponentSummary, Optional<String>> group) {
        SortedMap<String, ScopeScore> groups = new TreeMap<>();
        for (ComponentSummary summary : components.values()) {
            group.apply(summary).ifPresent(name -> groups.merge(name, empty().with(summary), (a, b) -> a.with(summary)));
        }
        return Collections.unmodifiableSortedMap(groups);
    }

    public ScopeScore with(ComponentSummary summary) {
        SortedMap<String, ComponentSummary> next = new TreeMap<>(components);
        next.put(summary.componentId(), summary);
        return new ScopeScore(next);
    }

    public ScopeScore without(ComponentSummary summary) {
        SortedMap<String, ComponentSummary> next = new TreeMap<>(components);
        next.remove(summary.componentId());
        return new ScopeScore(next);
    }

    /** The latest change among the components: when, and why, this score last moved. */
    public Optional<ComponentSummary> latest() {
        return components.values().stream().max(Comparator.comparingLong(ComponentSummary::assessedAt).thenComparing(ComponentSummary::componentId));
    }

    public double coherenceIndex() {
        double mean = components.values().stream().mapToDouble(ComponentSummary::index).average().orElse(100.0);
        return Math.round(mean * 10.0) / 10.0;
    }

    public int count(Verdict verdict) {
        return (int) components.values().stream().filter(c -> c.verdict() == verdict).count();
    }

    public int clean() {
        return components.values().stream().mapToInt(ComponentSummary::clean).sum();
    }

    public int concerning() {
        return components.values().stream().mapToInt(ComponentSummary::concerning).sum();
    }

    public int blocking() {
        return components.values().stream().mapToInt(ComponentSummary::blocking).sum();
    }

    public int uncertain() {
        return components.values().stream().mapToInt(ComponentSummary::uncertain).sum();
    }

    public List<String> worstComponents() {
        return components.values().stream()
                .filter(c -> c.verdict() != Verdict.COHERENT)
                .sorted(Comparator.comparing(ComponentSummary::verdict).reversed()
                        .thenComparingDouble(ComponentSummary::index)
                        .thenComparing(ComponentSummary::componentId))
                .limit(WORST_SHOWN)
                .map(ComponentSummary::componentId)
                .toList();
    }
}
