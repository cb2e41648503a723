package dev.scaleprojection.domain;

/** What a change at scale says about the architecture, least severe first. */
public enum Category {
    /** Infrastructure only: the domain model is coherent. */
    CLEAN,
    /** Logic changes: domain debt is accruing. */
    CONCERNING,
    /** A rethink: fix the abstractions before scaling. */
    BLOCKING
}
