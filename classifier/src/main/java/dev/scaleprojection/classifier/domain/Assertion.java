package dev.scaleprojection.classifier.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a person asserts about a component. A {@code waive} assertion sets aside the gaps of one finding (by its fact
 * fingerprint, or one gap by id) until it expires; any other kind is a statement the scanner cannot see (such as
 * {@code tenant-isolation.repository-layer}) and takes part in classification as a fact of kind {@code asserted.<kind>}.
 */
public record Assertion(String id, String author, String reason, String kind, Optional<String> targetFingerprint,
                        SortedMap<String, String> attributes, Optional<Long> expiresAt, long madeAt) {

    public static final String WAIVE = "waive";

    public Assertion {
        Objects.requireNonNull(id, "id");
        targetFingerprint = Objects.requireNonNullElse(targetFingerprint, Optional.empty());
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(attributes, Map.of())));
        expiresAt = Objects.requireNonNullElse(expiresAt, Optional.empty());
    }

    public boolean isWaiver() {
        return WAIVE.equals(kind);
    }

    /** In force at event time {@code at}: expiry is driven by event time, never by a clock. */
    public boolean activeAt(long at) {
        return expiresAt.map(expiry -> at < expiry).orElse(true);
    }

    /**
     * A waiver of a finding sets aside the gaps that stand on that finding alone: a gap on several (a fan-out of calls)
     * is not waived with one of them, only by its id.
     */
    public boolean waives(Gap gap) {
        return isWaiver() && (targetFingerprint.map(fp -> gap.facts().size() == 1 && gap.facts().get(0).fingerprint().equals(fp))
                .orElse(false) || gap.id().equals(attributes.get("gap")));
    }

    /** A statement as a fact, so that rules can use what people assert. */
    public Fact asFact() {
        return new Fact("assertion:" + id, "asserted." + kind, attributes,
                new Evidence("manual assertion", Optional.empty(), "by " + author, 0, 0, reason));
    }
}
