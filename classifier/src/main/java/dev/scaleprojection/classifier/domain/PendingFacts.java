package dev.scaleprojection.classifier.domain;

import java.util.Map;

/**
 * The facts of scans still in progress, per component and scan, until the scan's ScanCompleted takes them. Kept apart
 * from {@link ComponentState} so that each observed fact costs one small write, not a rewrite of the whole state.
 */
public interface PendingFacts {

    void add(String componentId, String scanId, long observedAt, Fact fact);

    /**
     * The facts of this scan, by fingerprint. They stay pending until {@link Taken#release()} — called once the scan has
     * been classified, so that a scan that could not be leaves nothing changed — which removes them, and the facts of
     * other scans of the component observed more than {@link #ABANDONED_AFTER_MILLIS} before {@code completedAt}.
     */
    Taken take(String componentId, String scanId, long completedAt);

    /** A scan that has not completed a day after a later one did never will. */
    long ABANDONED_AFTER_MILLIS = 24L * 60 * 60 * 1000;

    /**
     * A scan whose last fact was observed this long before the latest event time seen will not complete either, even
     * if no later scan of its component ever does (a component taken out of the inventory after its scan broke off):
     * far longer than any scan takes, so a scan in progress is never dropped.
     */
    long EXPIRED_AFTER_MILLIS = 7 * ABANDONED_AFTER_MILLIS;

    /** Drops the facts of every scan whose last fact was observed more than {@link #EXPIRED_AFTER_MILLIS} before {@code now}. */
    void expire(long now);

    record Taken(Map<String, Fact> facts, Runnable releaser) {

        public Taken {
            facts = Map.copyOf(facts);
        }

        public void release() {
            releaser.run();
        }
    }
}
