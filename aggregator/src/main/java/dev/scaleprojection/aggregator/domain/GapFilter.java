package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.Optional;

/**
 * Which of a component's gaps a reader asks for. A level keeps the gaps that stand in the way of reaching it (target at
 * or below it); category, concern and scale vector keep the gaps that have them. Nothing given keeps every gap.
 */
public record GapFilter(Optional<Level> level, Optional<Category> category, Optional<Concern> concern, Optional<ScaleVector> vector) {

    public static final GapFilter ALL = new GapFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean keeps(OpenGap gap) {
        return level.map(target -> !gap.targetLevel().isAbove(target)).orElse(true)
                && category.map(wanted -> gap.category() == wanted).orElse(true)
                && concern.map(wanted -> gap.concern().equals(wanted.name())).orElse(true)
                && vector.map(wanted -> gap.scaleVectors().contains(wanted.name())).orElse(true);
    }
}
