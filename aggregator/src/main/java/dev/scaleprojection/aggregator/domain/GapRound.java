package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One classification round of a component as the aggregator receives it: its levels now and the gap changes, who caused
 * it if an assertion did (author and reason), and the component's owning team and domain as the catalog names them.
 */
public record GapRound(String componentId, long occurredAt, String cause, Level level, SortedMap<String, Level> axisLevels,
                       List<Change> changes, Attribution attribution, Ownership ownership) {

    public GapRound {
        changes = List.copyOf(changes);
        attribution = Objects.requireNonNullElse(attribution, Attribution.NONE);
        ownership = Objects.requireNonNullElse(ownership, Ownership.NONE);
    }

    /** A round caused by a scan or a rule change, of a component the catalog says nothing about. */
    public GapRound(String componentId, long occurredAt, String cause, Level level, SortedMap<String, Level> axisLevels,
                    List<Change> changes) {
        this(componentId, occurredAt, cause, level, axisLevels, changes, Attribution.NONE, Ownership.NONE);
    }

    /**
     * A gap that opened or changed (it is open afterwards), or that was resolved or waived (it is gone). A re-categorized
     * gap names the category it had before.
     */
    public record Change(Kind kind, OpenGap gap, Optional<Category> previousCategory) {
        public enum Kind { OPENED, RECATEGORIZED, RESOLVED, WAIVED }

        public Change {
            previousCategory = Objects.requireNonNullElse(previousCategory, Optional.empty());
        }

        public Change(Kind kind, OpenGap gap) {
            this(kind, gap, Optional.empty());
        }

        public boolean closes() {
            return kind == Kind.RESOLVED || kind == Kind.WAIVED;
        }
    }
}
