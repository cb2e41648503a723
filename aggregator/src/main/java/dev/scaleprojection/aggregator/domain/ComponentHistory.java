package dev.scaleprojection.aggregator.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The log of one component's assessment changes, in event-time order. Folding it gives the assessment at any time and
 * the assessment after each entry, so history, "as of" and the current state cannot disagree. A round that changes
 * nothing (no gap change, same levels, same owner and domain) is not recorded: the log grows with changes, not with rescans.
 */
public record ComponentHistory(String componentId, List<HistoryEntry> entries) {

    private static final Comparator<HistoryEntry> EVENT_ORDER =
            Comparator.comparingLong(HistoryEntry::occurredAt).thenComparingLong(HistoryEntry::sequence);

    public ComponentHistory {
        entries = entries.stream().sorted(EVENT_ORDER).toList();
    }

    /** The entry and the component's assessment once it applied. */
    public record Step(HistoryEntry entry, ComponentAssessment after) {
    }

    /** Whether a round is worth an entry, given the latest entry of the component. */
    public static boolean records(Optional<HistoryEntry> latest, GapRound round) {
        return latest.map(last -> !round.changes().isEmpty()
                        || round.level() != last.round().level()
                        || !round.axisLevels().equals(last.round().axisLevels())
                        || !round.ownership().equals(last.round().ownership()))
                .orElse(true);
    }

    /** The assessment as it stood at {@code time} (inclusive), or nothing if the component had not been assessed by then. */
    public Optional<ComponentAssessment> asOf(long time) {
        ComponentAssessment assessment = null;
        for (HistoryEntry entry : entries) {
            if (entry.occurredAt() > time) {
                break;
            }
            assessment = (assessment == null ? ComponentAssessment.empty(componentId) : assessment).apply(entry.round());
        }
        return Optional.ofNullable(assessment);
    }

    public Optional<ComponentAssessment> current() {
        return asOf(Long.MAX_VALUE);
    }

    /** Every entry from {@code since} (inclusive) on, each with the assessment it left behind. */
    public List<Step> stepsSince(long since) {
        List<Step> steps = new ArrayList<>();
        ComponentAssessment assessment = ComponentAssessment.empty(componentId);
        for (HistoryEntry entry : entries) {
            assessment = assessment.apply(entry.round());
            if (entry.occurredAt() >= since) {
                steps.add(new Step(entry, assessment));
            }
        }
        return List.copyOf(steps);
    }
}
