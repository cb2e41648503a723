package dev.scaleprojection.classifier.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one event did to a component's assessment: its levels now and the gap changes, with the cause and event time,
 * who and why when an assertion caused it, and the component's owner and domain as of its latest scan.
 */
public record ClassificationRound(String componentId, long occurredAt, String cause, ComponentLevels levels, List<GapChange> changes,
                                  Optional<Authorship> authorship, Ownership ownership) {

    public ClassificationRound {
        changes = List.copyOf(changes);
        authorship = Objects.requireNonNullElse(authorship, Optional.empty());
        ownership = Objects.requireNonNullElse(ownership, Ownership.UNKNOWN);
    }
}
