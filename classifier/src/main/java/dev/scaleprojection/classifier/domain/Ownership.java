package dev.scaleprojection.classifier.domain;

import java.util.Objects;
import java.util.Optional;

/** Who owns a component and in which business domain it sits, as the catalog named them at its latest scan. */
public record Ownership(Optional<String> owner, Optional<String> domain) {

    public static final Ownership UNKNOWN = new Ownership(Optional.empty(), Optional.empty());

    public Ownership {
        owner = Objects.requireNonNullElse(owner, Optional.<String>empty()).filter(name -> !name.isBlank());
        domain = Objects.requireNonNullElse(domain, Optional.<String>empty()).filter(name -> !name.isBlank());
    }

    public static Ownership of(String owner, String domain) {
        return new Ownership(Optional.ofNullable(owner), Optional.ofNullable(domain));
    }
}
