package dev.scaleprojection.classifier.domain;

/** A rule's explanation in the pattern's own terms, and what to do about it. */
public record Explanation(String currentState, String atScale, String required, String remediation) {
}
