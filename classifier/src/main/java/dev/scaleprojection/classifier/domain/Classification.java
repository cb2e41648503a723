package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A component's levels and its gaps for every target level above them, by gap id. */
public record Classification(ComponentLevels levels, SortedMap<String, Gap> gaps) {

    public static final Classification NONE = new Classification(ComponentLevels.of(Level.SCRIPT, java.util.Map.of()), new TreeMap<>());

    public Classification {
        gaps = Collections.unmodifiableSortedMap(new TreeMap<>(gaps));
    }
}
