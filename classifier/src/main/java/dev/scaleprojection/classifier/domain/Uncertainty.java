package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a rule's facts do not decide. A firing fact carrying {@code undecidedWhen} (say {@code mode: memory}) leaves the
 * category open: UNCERTAIN at each of the rule's levels. An UNCERTAIN gap says what would settle it ({@code settledBy});
 * a fact of a kind in {@code settlements} (usually {@code asserted.<statement>}) does, with the categories it names. A
 * settling fact that carries an attribute of the gap's facts (an assertion made with {@code host=api.stripe.com})
 * settles only gaps whose facts all have that value, and it comes before one that names none.
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

    /**
     * The categories that a settling fact present decides for a gap standing on {@code standingOn}, if one applies to
     * it: the one naming most of the gap's attributes, then the first in kind order.
     */
    public Optional<SortedMap<Level, Category>> settlementAmong(List<Fact> standingOn, Collection<Fact> component) {
        SortedMap<Level, Category> decided = null;
        int mostNamed = -1;
        for (Map.Entry<String, SortedMap<Level, Category>> settlement : settlements.entrySet()) {
            for (Fact settling : component) {
                int named = FactPredicate.kindMatches(settlement.getKey(), settling.kind()) ? attributesNamed(settling, standingOn) : -1;
                if (named > mostNamed) {
                    decided = settlement.getValue();
                    mostNamed = named;
                }
            }
        }
        return Optional.ofNullable(decided);
    }

    /** How many of the gap's attributes the settling fact names, each with the value of every fact; -1 where one differs. */
    private static int attributesNamed(Fact settling, List<Fact> standingOn) {
        int named = 0;
        for (Map.Entry<String, String> attribute : settling.attributes().entrySet()) {
            if (standingOn.stream().anyMatch(fact -> !fact.attribute(attribute.getKey()).isEmpty())) {
                if (!standingOn.stream().allMatch(fact -> attribute.getValue().equals(fact.attribute(attribute.getKey())))) {
                    return -1;
                }
                named++;
            }
        }
        return named;
    }
}
