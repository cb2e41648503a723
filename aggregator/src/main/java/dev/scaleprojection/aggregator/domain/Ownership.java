package dev.scaleprojection.aggregator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The groups the catalog puts a component in between its system and its organization: the owning team and the
 * business domain, as of the component's latest scan. Either may be unknown.
 */
public record Ownership(Optional<String> owner, Optional<String> domain) {

    public static final Ownership NONE = new Ownership(Optional.empty(), Optional.empty());

    public Ownership {
        owner = Objects.requireNonNullElse(owner, Optional.<String>empty()).filter(s -> !s.isBlank());
        domain = Objects.requireNonNullElse(domain, Optional.<String>empty()).filter(s -> !s.isBlank());
    }
}
