package dev.scaleprojection.classifier.domain;

import java.util.Objects;

/** Who made or revoked the assertion behind a classification round, and why, in their words. */
public record Authorship(String author, String reason) {

    public Authorship {
        Objects.requireNonNull(author, "author");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
