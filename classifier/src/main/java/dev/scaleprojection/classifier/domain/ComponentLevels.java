package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Axis;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A component's current level overall and on each axis its facts speak to. */
public record ComponentLevels(Level overall, SortedMap<Axis, Level> byAxis) {

    public ComponentLevels {
        byAxis = Collections.unmodifiableSortedMap(new TreeMap<>(byAxis));
    }

    public static ComponentLevels of(Level overall, Map<Axis, Level> byAxis) {
        return new ComponentLevels(overall, new TreeMap<>(byAxis));
    }
}
