package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AxisLevel;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactRef;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.Assertion;
import dev.scaleprojection.classifier.domain.Authorship;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Gap;
import dev.scaleprojection.classifier.domain.GapChange;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/** Translates between the published language (Avro) and the classifier's domain. No decisions are taken here. */
final class AvroMapping {

    private AvroMapping() {
    }

    static Fact fact(FactObserved observed) {
        dev.scaleprojection.avro.Evidence e = observed.getEvidence();
        return new Fact(observed.getFingerprint(), observed.getKind(), new TreeMap<>(observed.getAttributes()),
                new Evidence(e.getRepository(), Optional.ofNullable(e.getCommit()), e.getPath(), e.getStartLine(), e.getEndLine(), e.getSnippet()));
    }

    static Assertion assertion(AssertionMade made, long madeAt) {
        return new Assertion(made.getAssertionId(), made.getAuthor(), made.getReason(), made.getKind(),
                Optional.ofNullable(made.getTargetFingerprint()), new TreeMap<>(made.getAttributes()),
                Optional.ofNullable(made.getExpiresAt()).map(Instant::toEpochMilli), madeAt);
    }

    static GapChanged gapChanged(ClassificationRound round) {
        return GapChanged.newBuilder()
                .setComponentId(round.componentId())
                .setOccurredAt(Instant.ofEpochMilli(round.occurredAt()))
                .setCause(round.cause())
                .setLevel(level(round.levels().overall()))
                .setAxisLevels(round.levels().byAxis().entrySet().stream()
                        .map(e -> new AxisLevel(dev.scaleprojection.avro.Axis.valueOf(e.getKey().name()), level(e.getValue())))
                        .toList())
                .setChanges(round.changes().stream().map(AvroMapping::gapChange).toList())
                .setAuthor(round.authorship().map(Authorship::author).orElse(null))
                .setReason(round.authorship().map(Authorship::reason).orElse(null))
                .setOwner(round.ownership().owner().orElse(null))
                .setDomain(round.ownership().domain().orElse(null))
                .build();
    }

    private static dev.scaleprojection.avro.GapChange gapChange(GapChange change) {
        Gap gap = change.gap();
        return dev.scaleprojection.avro.GapChange.newBuilder()
                .setGapId(gap.id())
                .setKind(dev.scaleprojection.avro.GapChangeKind.valueOf(change.kind().name()))
                .setTargetLevel(level(gap.targetLevel()))
                .setCategory(dev.scaleprojection.avro.GapCategory.valueOf(gap.category().name()))
                .setPreviousCategory(change.previousCategory().map(c -> dev.scaleprojection.avro.GapCategory.valueOf(c.name())).orElse(null))
                .setConcern(dev.scaleprojection.avro.Concern.valueOf(gap.concern().name()))
                .setAxis(dev.scaleprojection.avro.Axis.valueOf(gap.axis().name()))
                .setScaleVectors(gap.scaleVectors().stream().map(v -> dev.scaleprojection.avro.ScaleVector.valueOf(v.name())).toList())
                .setRuleId(gap.ruleId())
                .setRuleVersion(gap.ruleVersion())
                .setTitle(gap.title())
                .setFacts(gap.facts().stream().map(AvroMapping::factRef).toList())
                .setCurrentState(gap.explanation().currentState())
                .setAtScale(gap.explanation().atScale())
                .setRequired(gap.explanation().required())
                .setRemediation(gap.explanation().remediation())
                .setSettledBy(gap.settledBy())
                .build();
    }

    private static FactRef factRef(Fact fact) {
        Evidence e = fact.evidence();
        return new FactRef(fact.fingerprint(), fact.kind(), new dev.scaleprojection.avro.Evidence(
                e.repository(), e.commit().orElse(null), e.path(), e.startLine(), e.endLine(), e.snippet()));
    }

    private static dev.scaleprojection.avro.Level level(dev.scaleprojection.domain.Level level) {
        return dev.scaleprojection.avro.Level.valueOf(level.name());
    }
}
