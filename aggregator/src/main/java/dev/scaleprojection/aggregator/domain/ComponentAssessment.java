package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A component's assessment: its level and open gaps, folded from gap rounds, with the cause (and, for an assertion, its
 * author and reason) of the latest round and the owner and domain it named. For each target level above the component,
 * the verdict counts every finding once, in the category of its most demanding target up to that level.
 */
public record ComponentAssessment(String componentId, Level level, SortedMap<String, Level> axisLevels,
                                  SortedMap<String, OpenGap> gaps, long assessedAt, String cause, long previousAssessedAt,
                                  Attribution attribution, Ownership ownership) {

    public ComponentAssessment {
        axisLevels = Collections.unmodifiableSortedMap(new TreeMap<>(axisLevels));
        gaps = Collections.unmodifiableSortedMap(new TreeMap<>(gaps));
        attribution = Objects.requireNonNullElse(attribution, Attribution.NONE);
        ownership = Objects.requireNonNullElse(ownership, Ownership.NONE);
    }

    public static ComponentAssessment empty(String componentId) {
        return new ComponentAssessment(componentId, Level.SCRIPT, new TreeMap<>(), new TreeMap<>(), 0L, "", 0L,
                Attribution.NONE, Ownership.NONE);
    }

    public ComponentAssessment apply(GapRound round) {
        SortedMap<String, OpenGap> next = new TreeMap<>(gaps);
        for (GapRound.Change change : round.changes()) {
            if (change.closes()) {
                next.remove(change.gap().id());
            } else {
                next.put(change.gap().id(), change.gap());
            }
        }
        return new ComponentAssessment(round.componentId(), round.level(), round.axisLevels(), next, round.occurredAt(), round.cause(),
                assessedAt, round.attribution(), round.ownership());
    }

    public ComponentId id() {
        return ComponentId.parse(componentId);
    }

    public List<LevelVerdict> verdicts() {
        List<LevelVerdict> verdicts = new ArrayList<>();
        for (Level target = level.next().orElse(null); target != null; target = target.next().orElse(null)) {
            verdicts.add(verdictAt(target));
        }
        return List.copyOf(verdicts);
    }

    /** The verdict for the highest level: every gap counts. A component at the top level is coherent by definition. */
    public LevelVerdict headline() {
        return verdictAt(Level.SCALED);
    }

    public LevelVerdict verdictAt(Level target) {
        Map<String, OpenGap> mostDemanding = new HashMap<>();
        for (OpenGap gap : gaps.values()) {
            if (!gap.targetLevel().isAbove(target)) {
                mostDemanding.merge(gap.findingKey(), gap, (a, b) -> a.targetLevel().compareTo(b.targetLevel()) >= 0 ? a : b);
            }
        }
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (OpenGap gap : mostDemanding.values()) {
            counts.merge(gap.category(), 1, Integer::sum);
        }
        return LevelVerdict.of(target, counts.getOrDefault(Category.CLEAN, 0), counts.getOrDefault(Category.CONCERNING, 0),
                counts.getOrDefault(Category.BLOCKING, 0), counts.getOrDefault(Category.UNCERTAIN, 0));
    }

    public double coherenceIndex(CoherenceIndex index) {
        LevelVerdict headline = headline();
        return index.of(headline.concerning(), headline.blocking(), headline.uncertain());
    }
}
