package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A component's levels, its open gaps for every target level above them, and the gaps waived by an assertion, by gap id. */
public record Classification(ComponentLevels levels, SortedMap<String, Gap> gaps, SortedMap<String, Gap> waived) {

    public static final Classification NONE =
            new Classification(ComponentLevels.of(Level.SCRIPT, java.util.Map.of()), new TreeMap<>(), new TreeMap<>());

    public Classification {
        gaps = Collections.unmodifiableSortedMap(new TreeMap<>(gaps));
        waived = Collections.unmodifiableSortedMap(new TreeMap<>(java.util.Objects.requireNonNullElse(waived, new TreeMap<>())));
    }
}
