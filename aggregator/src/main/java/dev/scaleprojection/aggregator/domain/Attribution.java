package dev.scaleprojection.aggregator.domain;

import java.util.Objects;
import java.util.Optional;

/** Who caused a round by making or revoking an assertion, and why in their words; nothing for scans and rule changes. */
public record Attribution(Optional<String> author, Optional<String> reason) {

    public static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

    public Attribution {
        author = Objects.requireNonNullElse(author, Optional.<String>empty()).filter(s -> !s.isBlank());
        reason = Objects.requireNonNullElse(reason, Optional.<String>empty()).filter(s -> !s.isBlank());
    }
}
