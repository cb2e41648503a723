package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a rule's facts do not decide. A firing fact carrying {@code undecidedWhen} (say {@code mode: memory}) leaves the
 * category open: UNCERTAIN at each of the rule's levels. An UNCERTAIN gap says what would settle it ({@code settledBy});
 * a fact of a kind in {@code settlements} (usually {@code asserted.<statement>}) does, with the categories it names.
 */
public record Uncertainty(SortedMap<String, String> undecidedWhen, String settledBy,
                          SortedMap<String, SortedMap<Level, Category>> settlements) {

    public Uncertainty {
        undecidedWhen = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(undecidedWhen, Map.of())));
        if (settledBy == null || settledBy.isBlank()) {
            throw new IllegalArgumentException("an uncertain rule must say what settles it");
        }
        SortedMap<String, SortedMap<Level, Category>> copy = new TreeMap<>();
        Objects.requireNonNullElse(settlements, Map.<String, SortedMap<Level, Category>>of())
                .forEach((kind, categories) -> copy.put(kind, Collections.unmodifiableSortedMap(new TreeMap<>(categories))));
        settlements = Collections.unmodifiableSortedMap(copy);
    }

    /** The fact leaves the category open. */
    public boolean leavesOpen(Fact fact) {
        return !undecidedWhen.isEmpty()
                && undecidedWhen.entrySet().stream().allMatch(e -> e.getValue().equals(fact.attribute(e.getKey())));
    }

    /** The categories the first settling fact present decides (settlements in kind order), if one is present. */
    public Optional<SortedMap<Level, Category>> settlementAmong(Collection<Fact> component) {
        return settlements.entrySet().stream()
                .filter(s -> component.stream().anyMatch(f -> FactPredicate.kindMatches(s.getKey(), f.kind())))
                .map(Map.Entry::getValue).findFirst();
    }
}
