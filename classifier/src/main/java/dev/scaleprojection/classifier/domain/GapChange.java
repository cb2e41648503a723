package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Category;
import java.util.Optional;

/** One change to a component's gaps: the gap as it is now (or was, when resolved) and, when re-categorized, what it was. */
public record GapChange(Kind kind, Gap gap, Optional<Category> previousCategory) {

    public enum Kind { OPENED, RECATEGORIZED, RESOLVED, WAIVED }
}
