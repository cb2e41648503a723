package dev.scaleprojection.classifier.domain;

import java.util.List;

/** What one event did to a component's assessment: its levels now and the gap changes, with the cause and event time. */
public record ClassificationRound(String componentId, long occurredAt, String cause, ComponentLevels levels, List<GapChange> changes) {

    public ClassificationRound {
        changes = List.copyOf(changes);
    }
}
