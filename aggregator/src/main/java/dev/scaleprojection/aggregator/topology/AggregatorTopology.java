package dev.scaleprojection.aggregator.topology;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ComponentSummary;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.HistoryEntry;
import dev.scaleprojection.aggregator.domain.Scope;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.domain.TrendBucket;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.platform.streams.DecodeProcessor;
import dev.scaleprojection.platform.streams.Decoded;
import dev.scaleprojection.platform.streams.JsonSerde;
import dev.scaleprojection.schemas.Topics;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * gaps.v1 → assessment per component (assessments.v1) → score per organization, system, owning team and business
 * domain (scores.v1); beside
 * them, the history of every component's changes and the daily and weekly gap flows of every organization and system.
 * Undecodable records go to dead-letters.v1 with the reason in headers.
 */
public final class AggregatorTopology {

    public static final String ASSESSMENTS_STORE = "aggregator-assessments-by-component";
    public static final String ORGANIZATION_SCORES_STORE = "aggregator-scores-by-organization";
    public static final String SYSTEM_SCORES_STORE = "aggregator-scores-by-system";
    /** Per owning team within an organization (keys {@code org|owner|team}, see {@link Scope}). */
    public static final String OWNER_SCORES_STORE = "aggregator-scores-by-owner";
    /** Per business domain within an organization (keys {@code org|domain|name}). */
    public static final String DOMAIN_SCORES_STORE = "aggregator-scores-by-domain";
    /** Per component, every change of its assessment with its cause; keys from {@link dev.scaleprojection.aggregator.domain.HistoryKey}. */
    public static final String HISTORY_STORE = "aggregator-history-by-component";
    /** Per organization and per system, per day and per ISO week of event time: gaps opened and resolved by category. */
    public static final String TRENDS_STORE = "aggregator-trends-by-scope-and-period";
    static final String STAGE = "aggregator";

    private AggregatorTopology() {
    }

    public record AggregatorSerdes(Serde<GapChanged> gaps, Serde<ComponentAssessed> assessments, Serde<ScoreChanged> scores) {
    }

    public static Topology build(AggregatorSerdes serdes, CoherenceIndex weights) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HISTORY_STORE),
                Serdes.String(), new JsonSerde<>(HistoryEntry.class)));
        KStream<String, Decoded<GapChanged>> decoded = builder
                .stream(Topics.GAPS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("gaps-source"))
                .processValues(() -> new DecodeProcessor<>(serdes.gaps().deserializer(), STAGE), Named.as("decode-gaps"));

        KStream<String, GapRound> rounds = decoded.split(Named.as("gaps-"))
                .branch((componentId, value) -> value.isUndecodable(), Branched.withConsumer(undecodable -> undecodable
                        .mapValues(value -> ((Decoded.Undecodable<GapChanged>) value).originalBytes(), Named.as("undecodable-bytes"))
                        .to(Topics.DEAD_LETTERS.name(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("dead-letters-sink")),
                        "undecodable"))
                .defaultBranch(Branched.as("valid"))
                .get("gaps-valid")
                .mapValues(value -> AvroMapping.round(((Decoded.Value<GapChanged>) value).value()), Named.as("gap-rounds"));

        rounds.process(HistoryProcessor::new, Named.as("record-history"), HISTORY_STORE);
        countTrends(rounds);

        KTable<String, ComponentAssessment> assessments = rounds
                .groupByKey(Grouped.with("gap-rounds-by-component", Serdes.String(), new JsonSerde<>(GapRound.class)))
                .aggregate(() -> ComponentAssessment.empty(""), (componentId, round, assessment) -> assessment.apply(round),
                        Named.as("assess-component"),
                        Materialized.<String, ComponentAssessment, KeyValueStore<Bytes, byte[]>>as(ASSESSMENTS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(ComponentAssessment.class)));

        assessments.toStream(Named.as("assessment-changes"))
                .mapValues(AvroMapping::assessed, Named.as("to-component-assessed"))
                .to(Topics.ASSESSMENTS.name(), Produced.with(Serdes.String(), serdes.assessments()).withName("assessments-sink"));

        rollUp(assessments, weights, "organization", ORGANIZATION_SCORES_STORE, a -> a.id().organization(), serdes.scores());
        rollUp(assessments, weights, "system", SYSTEM_SCORES_STORE, a -> a.id().systemScope(), serdes.scores());
        // a component the catalog puts in no team or domain maps to no key, and so to no group's score
        rollUp(assessments, weights, "owner", OWNER_SCORES_STORE,
                a -> Scope.ownerOf(a.id(), a.ownership()).map(Scope::key).orElse(null), serdes.scores());
        rollUp(assessments, weights, "domain", DOMAIN_SCORES_STORE,
                a -> Scope.domainOf(a.id(), a.ownership()).map(Scope::key).orElse(null), serdes.scores());
        return builder.build();
    }

    private static void countTrends(KStream<String, GapRound> rounds) {
        rounds.flatMap((componentId, round) -> TrendBucket.of(round).stream().map(bucket -> KeyValue.pair(bucket.key(), bucket)).toList(),
                        Named.as("trend-contributions"))
                .groupByKey(Grouped.with("trend-contributions-by-period", Serdes.String(), new JsonSerde<>(TrendBucket.class)))
                .reduce(TrendBucket::plus, Named.as("count-trends"),
                        Materialized.<String, TrendBucket, KeyValueStore<Bytes, byte[]>>as(TRENDS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(TrendBucket.class)));
    }

    private static void rollUp(KTable<String, ComponentAssessment> assessments, CoherenceIndex weights, String scopeName,
                               String storeName, Function<ComponentAssessment, String> scopeOf, Serde<ScoreChanged> scoreSerde) {
        assessments
                .groupBy((componentId, assessment) -> KeyValue.pair(scopeOf.apply(assessment), ComponentSummary.of(assessment, weights)),
                        Grouped.with("summaries-by-" + scopeName, Serdes.String(), new JsonSerde<>(ComponentSummary.class)))
                .aggregate(ScopeScore::empty, (scope, summary, score) -> score.with(summary), (scope, summary, score) -> score.without(summary),
                        Named.as("score-" + scopeName),
                        Materialized.<String, ScopeScore, KeyValueStore<Bytes, byte[]>>as(storeName)
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(ScopeScore.class)))
                .toStream(Named.as(scopeName + "-score-changes"))
                .mapValues(AvroMapping::scoreChanged, Named.as("to-" + scopeName + "-score-changed"))
                .to(Topics.SCORES.name(), Produced.with(Serdes.String(), scoreSerde).withName(scopeName + "-scores-sink"));
    }
}
