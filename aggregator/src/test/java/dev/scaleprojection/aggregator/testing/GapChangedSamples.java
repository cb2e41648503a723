package dev.scaleprojection.aggregator.testing;

import dev.scaleprojection.avro.Axis;
import dev.scaleprojection.avro.Concern;
import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactRef;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.avro.ScaleVector;
import java.time.Instant;
import java.util.List;

/** Gap rounds as the classifier publishes them, for tests: a component at Service level and its gap changes. */
public final class GapChangedSamples {

    private GapChangedSamples() {
    }

    public static GapChanged round(String componentId, Instant at, String cause, GapChange... changes) {
        return round(componentId, at, cause, Level.SERVICE, changes);
    }

    public static GapChanged round(String componentId, Instant at, String cause, Level level, GapChange... changes) {
        return GapChanged.newBuilder().setComponentId(componentId).setOccurredAt(at).setCause(cause).setLevel(level)
                .setAxisLevels(List.of()).setChanges(List.of(changes)).build();
    }

    /** The round as the classifier sends it for a component the catalog places in a team and a domain (either may be null). */
    public static GapChanged owned(GapChanged round, String owner, String domain) {
        return GapChanged.newBuilder(round).setOwner(owner).setDomain(domain).build();
    }

    /** The round as the classifier sends it when an assertion (made or revoked) caused it. */
    public static GapChanged asserted(GapChanged round, String author, String reason) {
        return GapChanged.newBuilder(round).setAuthor(author).setReason(reason).build();
    }

    /** An uncertain gap: the facts do not decide its category; {@code settledBy} says what would. */
    public static GapChange uncertain(GapChangeKind kind, String ruleId, String fingerprint, Level target, String settledBy) {
        return builder(kind, ruleId, fingerprint, target, GapCategory.UNCERTAIN).setSettledBy(settledBy).build();
    }

    public static GapChange change(GapChangeKind kind, String ruleId, String fingerprint, Level target, GapCategory category) {
        return builder(kind, ruleId, fingerprint, target, category).build();
    }

    /** A gap change whose category was another before (a re-categorization). */
    public static GapChange recategorized(String ruleId, String fingerprint, Level target, GapCategory from, GapCategory to) {
        return builder(GapChangeKind.RECATEGORIZED, ruleId, fingerprint, target, to).setPreviousCategory(from).build();
    }

    /** A gap change with a concern and scale vectors of its own. */
    public static GapChange change(GapChangeKind kind, String ruleId, String fingerprint, Level target, GapCategory category,
                                   Concern concern, List<ScaleVector> vectors) {
        return builder(kind, ruleId, fingerprint, target, category).setConcern(concern).setScaleVectors(vectors).build();
    }

    private static GapChange.Builder builder(GapChangeKind kind, String ruleId, String fingerprint, Level target, GapCategory category) {
        return GapChange.newBuilder().setGapId(ruleId + "@" + target + ":" + fingerprint).setKind(kind).setTargetLevel(target)
                .setCategory(category).setConcern(Concern.CONFIGURATION).setAxis(Axis.CONTEXT).setRuleId(ruleId).setRuleVersion(1)
                .setTitle(ruleId).setFacts(List.of(new FactRef(fingerprint, "endpoint.hardcoded",
                        new Evidence("shop", "abc", "orders/src/Repo.java", 12, 12, "\"jdbc:postgresql://db:5432/x\""))));
    }
}
