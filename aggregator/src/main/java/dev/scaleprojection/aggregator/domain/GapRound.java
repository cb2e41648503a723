package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.SortedMap;

/** One classification round of a component as the aggregator receives it: its levels now and the gap changes. */
public record GapRound(String componentId, long occurredAt, String cause, Level level, SortedMap<String, Level> axisLevels,
                       List<Change> changes) {

    public GapRound {
        changes = List.copyOf(changes);
    }

    /** A gap that opened or changed (it is open afterwards), or that was resolved or waived (it is gone). */
    public record Change(Kind kind, OpenGap gap) {
        public enum Kind { OPENED, RECATEGORIZED, RESOLVED, WAIVED }

        public boolean closes() {
            return kind == Kind.RESOLVED || kind == Kind.WAIVED;
        }
    }
}
