package dev.scaleprojection.classifier.domain;

import java.util.Map;

/**
 * The facts of scans still in progress, per component and scan, until the scan's ScanCompleted takes them. Kept apart
 * from {@link ComponentState} so that each observed fact costs one small write, not a rewrite of the whole state.
 */
public interface PendingFacts {

    void add(String componentId, String scanId, long observedAt, Fact fact);

    /**
     * Removes and returns, by fingerprint, the facts of this scan; facts of other scans of the component observed more
     * than {@link #ABANDONED_AFTER_MILLIS} before {@code completedAt} are dropped as abandoned.
     */
    Map<String, Fact> take(String componentId, String scanId, long completedAt);

    /** A scan that has not completed a day after a later one did never will. */
    long ABANDONED_AFTER_MILLIS = 24L * 60 * 60 * 1000;
}
