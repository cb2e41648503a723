package dev.scaleprojection.ingest.continuous;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failing repository again: after {@code first}, doubling with each consecutive failure up to
 * {@code max}. A success forgets the failures.
 */
record RetrySchedule(Duration first, Duration max) {

    RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry delays must be positive and max >= first, were " + first + " and " + max);
        }
    }

    Instant next(Instant failedAt, int consecutiveFailures) {
        Duration delay = first;
        for (int i = 1; i < consecutiveFailures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return failedAt.plus(delay.compareTo(max) > 0 ? max : delay);
    }
}
