package dev.scaleprojection.domain;

/**
 * What a change at scale says about the architecture, least severe first. UNCERTAIN is kept apart from the three
 * the pattern names: the facts do not decide between them, and the gap says what evidence would.
 */
public enum Category {
    /** Infrastructure only: the domain model is coherent. */
    CLEAN,
    /** Logic changes: domain debt is accruing. */
    CONCERNING,
    /** A rethink: fix the abstractions before scaling. */
    BLOCKING,
    /** The facts do not decide; a fact or a manual assertion would settle it. */
    UNCERTAIN
}
