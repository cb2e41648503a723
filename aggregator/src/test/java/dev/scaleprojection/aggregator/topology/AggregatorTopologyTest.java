package dev.scaleprojection.aggregator.topology;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.owned;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.uncertain;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.avro.Verdict;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregator topology in a TopologyTestDriver, with Avro through a real schema registry (on a real broker):
 * gap rounds in, an assessment per component and a score per organization and per system out.
 */
class AggregatorTopologyTest {

    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");
    static final Instant T4 = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;
    static AggregatorTopology.AggregatorSerdes serdes;

    TopologyTestDriver driver;
    TestInputTopic<String, GapChanged> gaps;
    TestInputTopic<String, byte[]> rawGaps;
    TestOutputTopic<String, ComponentAssessed> assessments;
    TestOutputTopic<String, ScoreChanged> scores;
    TestOutputTopic<String, byte[]> deadLetters;
    final Map<String, ScoreChanged> latestScores = new HashMap<>();

    @BeforeAll
    static void startRegistry() {
        registry = RegistryBackedSerdes.start(dataDir);
        serdes = registry.serdes();
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregator-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("state-" + System.nanoTime()).toString());
        driver = new TopologyTestDriver(AggregatorTopology.build(serdes, CoherenceIndex.DEFAULT), props);
        gaps = driver.createInputTopic(Topics.GAPS.name(), new StringSerializer(), serdes.gaps().serializer());
        rawGaps = driver.createInputTopic(Topics.GAPS.name(), new StringSerializer(), new ByteArraySerializer());
        assessments = driver.createOutputTopic(Topics.ASSESSMENTS.name(), new StringDeserializer(), serdes.assessments().deserializer());
        scores = driver.createOutputTopic(Topics.SCORES.name(), new StringDeserializer(), serdes.scores().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void assessesAComponentAndScoresItsOrganizationAndSystemWhenAConcerningGapOpens() {
        GapChange hardcodedEndpoint = change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING);

        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1", hardcodedEndpoint), T1);

        var assessed = assessments.readRecord();
        assertThat(assessed.key()).isEqualTo(ORDERS);
        assertThat(assessed.timestamp()).isEqualTo(T1.toEpochMilli());
        assertThat(assessed.value().getGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.getGapId()).isEqualTo(hardcodedEndpoint.getGapId());
            assertThat(gap.getCategory()).isEqualTo(GapCategory.CONCERNING);
            assertThat(gap.getEvidence().get(0).getStartLine()).isEqualTo(12);
        });
        assertThat(assessed.value().getVerdicts()).extracting(v -> v.getTargetLevel() + ":" + v.getVerdict())
                .containsExactly("COMPOSED:ACCRUING_DEBT", "ORCHESTRATED:ACCRUING_DEBT", "GOVERNED:ACCRUING_DEBT", "SCALED:ACCRUING_DEBT");
        assertThat(assessmentsStore().get(ORDERS).gaps()).containsOnlyKeys(hardcodedEndpoint.getGapId());

        Map<String, ScoreChanged> scoresNow = scoresNow();
        assertThat(scoresNow).containsOnlyKeys("acme", "acme/shop");
        assertThat(scoresNow.values()).allSatisfy(score -> {
            assertThat(score.getCoherenceIndex()).isEqualTo(80.0);
            assertThat(score.getAccruingDebt()).isEqualTo(1);
            assertThat(score.getConcerning()).isEqualTo(1);
            assertThat(score.getWorstComponents()).containsExactly(ORDERS);
            assertThat(score.getChangedAt()).isEqualTo(T1);
        });
        assertThat(scoresNow.get("acme").getSystem()).isNull();
        assertThat(scoresNow.get("acme/shop").getSystem()).isEqualTo("shop");
    }

    @Test
    void averagesTheOrganizationIndexOverItsComponentsWhenACleanComponentJoins() {
        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)), T1);

        gaps.pipeInput(WEB, round(WEB, T2, "scan:s2"), T2);

        assertThat(lastAssessment(WEB).getGaps()).isEmpty();
        ScoreChanged organization = scoresNow().get("acme");
        assertThat(organization.getCoherenceIndex()).isEqualTo(90.0);
        assertThat(organization.getComponents()).isEqualTo(2);
        assertThat(organization.getCoherent()).isEqualTo(1);
        assertThat(organization.getAccruingDebt()).isEqualTo(1);
        assertThat(organization.getWorstComponents()).containsExactly(ORDERS);
        assertThat(organization.getChangedAt()).isEqualTo(T2);
        assertThat(scoresNow().get("acme/shop").getCoherenceIndex()).isEqualTo(90.0);
    }

    @Test
    void restoresFullCoherenceWhenALaterRoundResolvesTheGap() {
        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)), T1);
        gaps.pipeInput(WEB, round(WEB, T2, "scan:s2"), T2);

        gaps.pipeInput(ORDERS, round(ORDERS, T3, "scan:s3",
                change(GapChangeKind.RESOLVED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)), T3);

        ComponentAssessed orders = lastAssessment(ORDERS);
        assertThat(orders.getGaps()).isEmpty();
        assertThat(orders.getVerdicts()).extracting(v -> v.getVerdict()).containsOnly(Verdict.COHERENT);
        assertThat(assessmentsStore().get(ORDERS).gaps()).isEmpty();

        Map<String, ScoreChanged> scoresNow = scoresNow();
        assertThat(scoresNow.values()).allSatisfy(score -> {
            assertThat(score.getCoherenceIndex()).isEqualTo(100.0);
            assertThat(score.getComponents()).isEqualTo(2);
            assertThat(score.getCoherent()).isEqualTo(2);
            assertThat(score.getWorstComponents()).isEmpty();
            assertThat(score.getChangedAt()).isEqualTo(T3);
            assertThat(score.getCause()).isEqualTo(ORDERS + " scan:s3");
        });
        assertThat(organizationScoresStore().get("acme").coherenceIndex()).isEqualTo(100.0);
        assertThat(organizationScoresStore().get("acme").components()).containsOnlyKeys(ORDERS, WEB);
        assertThat(systemScoresStore().get("acme/shop").coherenceIndex()).isEqualTo(100.0);
    }

    @Test
    void neverRaisesTheOrganizationIndexWhenAnotherComponentGetsABlockingGapAtALowerTargetLevel() {
        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)), T1);
        gaps.pipeInput(WEB, round(WEB, T2, "scan:s2",
                change(GapChangeKind.OPENED, "compute.embedded-database", "fp-h2", Level.SCALED, GapCategory.CONCERNING)), T2);
        double before = scoresNow().get("acme").getCoherenceIndex();

        gaps.pipeInput(WEB, round(WEB, T3, "scan:s3",
                change(GapChangeKind.OPENED, "compute.embedded-database", "fp-h2", Level.ORCHESTRATED, GapCategory.BLOCKING)), T3);

        double after = scoresNow().get("acme").getCoherenceIndex();
        assertThat(after).isLessThanOrEqualTo(before);
        // the same finding still counts once, at its most demanding target (Scaled, Concerning), in the headline
        assertThat(after).isEqualTo(80.0);
        assertThat(lastAssessment(WEB).getVerdicts()).extracting(v -> v.getTargetLevel() + ":" + v.getVerdict())
                .containsExactly("COMPOSED:COHERENT", "ORCHESTRATED:IMPLICIT", "GOVERNED:IMPLICIT", "SCALED:ACCRUING_DEBT");
        assertThat(organizationScoresStore().get("acme").coherenceIndex()).isEqualTo(after);
    }

    @Test
    void lowersTheOrganizationIndexWhenAnotherComponentGetsABlockingGapForANewFinding() {
        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.SCALED, GapCategory.CONCERNING)), T1);
        gaps.pipeInput(WEB, round(WEB, T2, "scan:s2"), T2);
        double before = scoresNow().get("acme").getCoherenceIndex();

        gaps.pipeInput(WEB, round(WEB, T3, "scan:s3",
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING)), T3);

        ScoreChanged after = scoresNow().get("acme");
        assertThat(after.getCoherenceIndex()).isLessThan(before).isEqualTo(65.0);
        assertThat(after.getImplicit()).isEqualTo(1);
        assertThat(after.getWorstComponents()).containsExactly(WEB, ORDERS);
    }

    @Test
    void countsAnUncertainGapApartAndJudgesTheComponentAsAccruingDebt() {
        gaps.pipeInput(ORDERS, round(ORDERS, T1, "scan:s1", uncertain(GapChangeKind.OPENED, "state.shared-store", "fp-redis",
                Level.COMPOSED, "a fact naming who else writes to the store, or an assertion that nobody does")), T1);

        ComponentAssessed orders = lastAssessment(ORDERS);
        assertThat(orders.getGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.getCategory()).isEqualTo(GapCategory.UNCERTAIN);
            assertThat(gap.getSettledBy()).startsWith("a fact naming");
        });
        assertThat(orders.getVerdicts()).allSatisfy(v -> {
            assertThat(v.getVerdict()).isEqualTo(Verdict.ACCRUING_DEBT);
            assertThat(v.getUncertain()).isEqualTo(1);
            assertThat(v.getClean()).isZero();
        });
        ScoreChanged organization = scoresNow().get("acme");
        assertThat(organization.getUncertain()).isEqualTo(1);
        assertThat(organization.getConcerning()).isZero();
        assertThat(organization.getAccruingDebt()).isEqualTo(1);
        assertThat(organization.getCoherenceIndex()).isEqualTo(80.0);
    }

    @Test
    void scoresEveryOwnerAndDomainAndMovesAComponentsWeightWhenItChangesTeam() {
        gaps.pipeInput(ORDERS, owned(round(ORDERS, T1, "scan:s1",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.BLOCKING)),
                "team-a", "commerce"), T1);
        gaps.pipeInput(WEB, owned(round(WEB, T2, "scan:s2"), "team-a", "commerce"), T2);
        assertThat(scoresNow().get("acme|owner|team-a").getComponents()).isEqualTo(2);
        assertThat(scoresNow().get("acme|owner|team-a").getOwner()).isEqualTo("team-a");
        assertThat(scoresNow().get("acme|domain|commerce").getDomain()).isEqualTo("commerce");

        gaps.pipeInput(ORDERS, owned(round(ORDERS, T3, "scan:s3"), "team-b", null), T3);

        Map<String, ScoreChanged> now = scoresNow();
        assertThat(now.get("acme|owner|team-a").getComponents()).isEqualTo(1);
        assertThat(now.get("acme|owner|team-a").getCoherenceIndex()).isEqualTo(100.0);
        assertThat(now.get("acme|owner|team-b").getComponents()).isEqualTo(1);
        assertThat(now.get("acme|owner|team-b").getImplicit()).isEqualTo(1);
        assertThat(now.get("acme|owner|team-b").getOrganization()).isEqualTo("acme");
        assertThat(now.get("acme|owner|team-b").getSystem()).isNull();
        assertThat(now.get("acme|domain|commerce").getComponents()).isEqualTo(1);
        assertThat(now.get("acme").getComponents()).isEqualTo(2);
        assertThat(ownerScoresStore().get("acme|owner|team-b").components()).containsOnlyKeys(ORDERS);
        ComponentAssessed orders = lastAssessment(ORDERS);
        assertThat(orders.getOwner()).isEqualTo("team-b");
        assertThat(orders.getDomain()).isNull();
    }

    @Test
    void routesUndecodableBytesToTheDeadLetterTopicAndGoesOn() {
        byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);

        rawGaps.pipeInput(ORDERS, garbage, T1);
        gaps.pipeInput(ORDERS, round(ORDERS, T2, "scan:s2",
                change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg", Level.COMPOSED, GapCategory.CONCERNING)), T2);

        var deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo(ORDERS);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.GAPS.name());
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.STAGE)).isEqualTo(AggregatorTopology.STAGE);
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.ERROR)).isNotBlank();
        assertThat(deadLetters.isEmpty()).isTrue();

        assertThat(lastAssessment(ORDERS).getGaps()).hasSize(1);
        assertThat(scoresNow().get("acme").getCoherenceIndex()).isEqualTo(80.0);
    }

    @Test
    void namesEveryProcessorRepartitionTopicAndStore() {
        String description = AggregatorTopology.build(serdes, CoherenceIndex.DEFAULT).describe().toString();

        assertThat(description).contains("gaps-source", "decode-gaps", "assess-component", "dead-letters-sink", "assessments-sink",
                "record-history", AggregatorTopology.HISTORY_STORE, "trend-contributions", "trend-contributions-by-period", "count-trends",
                AggregatorTopology.TRENDS_STORE, AggregatorTopology.ASSESSMENTS_STORE, AggregatorTopology.ORGANIZATION_SCORES_STORE,
                AggregatorTopology.SYSTEM_SCORES_STORE, "summaries-by-organization", "summaries-by-system", "organization-scores-sink",
                "system-scores-sink", AggregatorTopology.OWNER_SCORES_STORE, AggregatorTopology.DOMAIN_SCORES_STORE,
                "summaries-by-owner", "summaries-by-domain", "owner-scores-sink", "domain-scores-sink");
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    }

    /** The scores topic read so far, last record per scope: KTable updates may emit intermediate records. */
    Map<String, ScoreChanged> scoresNow() {
        latestScores.putAll(scores.readKeyValuesToMap());
        return Map.copyOf(latestScores);
    }

    ComponentAssessed lastAssessment(String componentId) {
        return assessments.readKeyValuesToMap().get(componentId);
    }

    KeyValueStore<String, ComponentAssessment> assessmentsStore() {
        return driver.getKeyValueStore(AggregatorTopology.ASSESSMENTS_STORE);
    }

    KeyValueStore<String, ScopeScore> organizationScoresStore() {
        return driver.getKeyValueStore(AggregatorTopology.ORGANIZATION_SCORES_STORE);
    }

    KeyValueStore<String, ScopeScore> ownerScoresStore() {
        return driver.getKeyValueStore(AggregatorTopology.OWNER_SCORES_STORE);
    }

    KeyValueStore<String, ScopeScore> systemScoresStore() {
        return driver.getKeyValueStore(AggregatorTopology.SYSTEM_SCORES_STORE);
    }

    static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
