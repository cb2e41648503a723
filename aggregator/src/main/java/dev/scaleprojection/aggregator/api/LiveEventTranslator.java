package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentId;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.live.LiveEvent;
import dev.scaleprojection.aggregator.live.LiveEventFeed;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.aggregator.topology.AvroMapping;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.SchemaRegistryException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What the live stream says of a gap round on gaps.v1 ({@code gap-changed}: the component, cause, time, level and every
 * change as the history shows it, with the assertion's author and reason and the component's owner and domain) and of
 * a score on scores.v1 ({@code score-changed}: an organization's or system's figures; {@code group-score-changed}: an
 * owning team's or business domain's).
 */
public final class LiveEventTranslator implements LiveEventFeed.Translator {

    public static final String GAP_CHANGED = "gap-changed";
    public static final String SCORE_CHANGED = "score-changed";
    /** A team's or domain's score: apart from {@code score-changed}, whose readers take a score without system for the organization's. */
    public static final String GROUP_SCORE_CHANGED = "group-score-changed";

    record GapChangedEvent(String componentId, String organization, String system, String occurredAt, String cause, int level,
                           List<HistoryDocument.Change> changes, String author, String reason, String owner, String domain) {
    }

    record ScoreChangedEvent(String scope, String organization, String system, double coherenceIndex, int components, int coherent,
                             int accruingDebt, int implicit, int clean, int concerning, int blocking, List<String> worstComponents,
                             String changedAt, String cause, int uncertain, String owner, String domain) {
    }

    private final Deserializer<GapChanged> gaps;
    private final Deserializer<ScoreChanged> scores;

    public LiveEventTranslator(AggregatorTopology.AggregatorSerdes serdes) {
        this.gaps = serdes.gaps().deserializer();
        this.scores = serdes.scores().deserializer();
    }

    /** The topics the live stream reads, with the codes that name their partitions in event ids. */
    public static List<LiveEventFeed.Source> sources() {
        return List.of(new LiveEventFeed.Source("g", Topics.GAPS.name()), new LiveEventFeed.Source("s", Topics.SCORES.name()));
    }

    @Override
    public Optional<LiveEvent.Content> translate(String topic, byte[] value) {
        try {
            if (topic.equals(Topics.GAPS.name())) {
                return Optional.of(gapChanged(AvroMapping.round(gaps.deserialize(topic, value))));
            }
            if (topic.equals(Topics.SCORES.name())) {
                return Optional.of(scoreChanged(scores.deserialize(topic, value)));
            }
            return Optional.empty();
        } catch (SchemaRegistryException registryUnavailable) {
            throw registryUnavailable;
        } catch (RuntimeException undecodable) {
            return Optional.empty();
        }
    }

    private static LiveEvent.Content gapChanged(GapRound round) {
        ComponentId id = ComponentId.parse(round.componentId());
        return new LiveEvent.Content(GAP_CHANGED, id.organization(), Optional.of(id.system()), Json.line(new GapChangedEvent(
                round.componentId(), id.organization(), id.system(), Instant.ofEpochMilli(round.occurredAt()).toString(), round.cause(),
                round.level().number(), round.changes().stream().map(HistoryDocument::change).toList(),
                round.attribution().author().orElse(null), round.attribution().reason().orElse(null),
                round.ownership().owner().orElse(null), round.ownership().domain().orElse(null))));
    }

    private static LiveEvent.Content scoreChanged(ScoreChanged score) {
        boolean group = score.getOwner() != null || score.getDomain() != null;
        return new LiveEvent.Content(group ? GROUP_SCORE_CHANGED : SCORE_CHANGED, score.getOrganization(), Optional.ofNullable(score.getSystem()), Json.line(
                new ScoreChangedEvent(score.getScope(), score.getOrganization(), score.getSystem(), score.getCoherenceIndex(),
                        score.getComponents(), score.getCoherent(), score.getAccruingDebt(), score.getImplicit(), score.getClean(),
                        score.getConcerning(), score.getBlocking(), List.copyOf(score.getWorstComponents()),
                        score.getChangedAt().toString(), score.getCause(), score.getUncertain(), score.getOwner(), score.getDomain())));
    }
}
