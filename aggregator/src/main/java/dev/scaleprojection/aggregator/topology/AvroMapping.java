package dev.scaleprojection.aggregator.topology;

import dev.scaleprojection.aggregator.domain.Attribution;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ComponentId;
import dev.scaleprojection.aggregator.domain.EvidenceRef;
import dev.scaleprojection.aggregator.domain.GapExplanation;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.aggregator.domain.Ownership;
import dev.scaleprojection.aggregator.domain.Scope;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.avro.AxisLevel;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.FactRef;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/** Translates between the published language (Avro) and the aggregator's domain. No decisions are taken here. */
public final class AvroMapping {

    private AvroMapping() {
    }

    public static GapRound round(GapChanged changed) {
        TreeMap<String, Level> axisLevels = new TreeMap<>();
        for (AxisLevel axisLevel : changed.getAxisLevels()) {
            axisLevels.put(axisLevel.getAxis().name(), Level.valueOf(axisLevel.getLevel().name()));
        }
        return new GapRound(changed.getComponentId(), changed.getOccurredAt().toEpochMilli(), changed.getCause(),
                Level.valueOf(changed.getLevel().name()), axisLevels,
                changed.getChanges().stream().map(AvroMapping::change).toList(),
                new Attribution(Optional.ofNullable(changed.getAuthor()), Optional.ofNullable(changed.getReason())),
                new Ownership(Optional.ofNullable(changed.getOwner()), Optional.ofNullable(changed.getDomain())));
    }

    private static GapRound.Change change(GapChange change) {
        OpenGap gap = new OpenGap(change.getGapId(),
                OpenGap.findingKey(change.getRuleId(), change.getFacts().stream().map(FactRef::getFingerprint).toList()),
                change.getRuleId(), change.getRuleVersion(), Level.valueOf(change.getTargetLevel().name()),
                Category.valueOf(change.getCategory().name()), change.getConcern().name(), change.getAxis().name(),
                change.getScaleVectors().stream().map(Enum::name).toList(), change.getTitle(),
                change.getFacts().stream().map(fact -> evidence(fact.getEvidence())).toList(),
                new GapExplanation(change.getCurrentState(), change.getAtScale(), change.getRequired(), change.getRemediation(),
                        change.getSettledBy()));
        return new GapRound.Change(GapRound.Change.Kind.valueOf(change.getKind().name()), gap,
                Optional.ofNullable(change.getPreviousCategory()).map(category -> Category.valueOf(category.name())));
    }

    private static EvidenceRef evidence(dev.scaleprojection.avro.Evidence e) {
        return new EvidenceRef(e.getRepository(), Optional.ofNullable(e.getCommit()), e.getPath(), e.getStartLine(), e.getEndLine(), e.getSnippet());
    }

    public static ComponentAssessed assessed(ComponentAssessment assessment) {
        ComponentId id = assessment.id();
        return ComponentAssessed.newBuilder()
                .setComponentId(assessment.componentId())
                .setOrganization(id.organization())
                .setSystem(id.system())
                .setLevel(level(assessment.level()))
                .setAxisLevels(assessment.axisLevels().entrySet().stream()
                        .map(e -> new AxisLevel(dev.scaleprojection.avro.Axis.valueOf(e.getKey()), level(e.getValue()))).toList())
                .setVerdicts(assessment.verdicts().stream().map(AvroMapping::levelVerdict).toList())
                .setGaps(assessment.gaps().values().stream().map(AvroMapping::openGap).toList())
                .setAssessedAt(Instant.ofEpochMilli(assessment.assessedAt()))
                .setCause(assessment.cause())
                .setAuthor(assessment.attribution().author().orElse(null))
                .setReason(assessment.attribution().reason().orElse(null))
                .setOwner(assessment.ownership().owner().orElse(null))
                .setDomain(assessment.ownership().domain().orElse(null))
                .build();
    }

    private static dev.scaleprojection.avro.LevelVerdict levelVerdict(LevelVerdict verdict) {
        return new dev.scaleprojection.avro.LevelVerdict(level(verdict.targetLevel()),
                dev.scaleprojection.avro.Verdict.valueOf(verdict.verdict().name()), verdict.clean(), verdict.concerning(), verdict.blocking(), verdict.uncertain());
    }

    private static dev.scaleprojection.avro.OpenGap openGap(OpenGap gap) {
        return dev.scaleprojection.avro.OpenGap.newBuilder()
                .setGapId(gap.id())
                .setTargetLevel(level(gap.targetLevel()))
                .setCategory(dev.scaleprojection.avro.GapCategory.valueOf(gap.category().name()))
                .setConcern(dev.scaleprojection.avro.Concern.valueOf(gap.concern()))
                .setAxis(dev.scaleprojection.avro.Axis.valueOf(gap.axis()))
                .setRuleId(gap.ruleId())
                .setRuleVersion(gap.ruleVersion())
                .setTitle(gap.title())
                .setWaived(false)
                .setCurrentState(gap.explanation().currentState())
                .setAtScale(gap.explanation().atScale())
                .setRequired(gap.explanation().required())
                .setRemediation(gap.explanation().remediation())
                .setSettledBy(gap.explanation().settledBy())
                .setEvidence(gap.evidence().stream().map(e -> new dev.scaleprojection.avro.Evidence(
                        e.repository(), e.commit().orElse(null), e.path(), e.startLine(), e.endLine(), e.snippet())).toList())
                .build();
    }

    public static ScoreChanged scoreChanged(String scopeKey, ScopeScore score) {
        Scope scope = Scope.parse(scopeKey);
        return ScoreChanged.newBuilder()
                .setScope(scopeKey)
                .setOrganization(scope.organization())
                .setSystem(scope.kind() == Scope.Kind.SYSTEM ? scope.name().orElseThrow() : null)
                .setOwner(scope.kind() == Scope.Kind.OWNER ? scope.name().orElseThrow() : null)
                .setDomain(scope.kind() == Scope.Kind.DOMAIN ? scope.name().orElseThrow() : null)
                .setCoherenceIndex(score.coherenceIndex())
                .setComponents(score.components().size())
                .setCoherent(score.count(Verdict.COHERENT))
                .setAccruingDebt(score.count(Verdict.ACCRUING_DEBT))
                .setImplicit(score.count(Verdict.IMPLICIT))
                .setClean(score.clean())
                .setConcerning(score.concerning())
                .setBlocking(score.blocking())
                .setUncertain(score.uncertain())
                .setWorstComponents(score.worstComponents())
                .setChangedAt(Instant.ofEpochMilli(score.latest().map(s -> s.assessedAt()).orElse(0L)))
                .setCause(score.latest().map(s -> s.componentId() + " " + s.cause()).orElse(""))
                .build();
    }

    private static dev.scaleprojection.avro.Level level(Level level) {
        return dev.scaleprojection.avro.Level.valueOf(level.name());
    }
}
