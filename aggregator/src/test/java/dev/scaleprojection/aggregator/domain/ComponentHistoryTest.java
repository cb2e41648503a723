package dev.scaleprojection.aggregator.domain;

import static dev.scaleprojection.aggregator.domain.ComponentAssessmentTest.gap;
import static dev.scaleprojection.aggregator.domain.ComponentAssessmentTest.opened;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComponentHistoryTest {

    static final String ORDERS = "acme/shop/orders";
    static final OpenGap ENDPOINT = gap("configuration.hardcoded-endpoint", "fp1", Level.COMPOSED, Category.CONCERNING);
    static final OpenGap TENANT = gap("multi-tenancy.tenant-in-domain", "fp2", Level.COMPOSED, Category.BLOCKING);

    static GapRound round(long at, String cause, Level level, GapRound.Change... changes) {
        return new GapRound(ORDERS, at, cause, level, new TreeMap<>(), List.of(changes));
    }

    static HistoryEntry entry(long sequence, GapRound round) {
        return new HistoryEntry(sequence, round);
    }

    static GapRound.Change resolved(OpenGap gap) {
        return new GapRound.Change(GapRound.Change.Kind.RESOLVED, gap);
    }

    @Test
    void recordsTheFirstRoundOfAComponentEvenWithoutGaps() {
        assertThat(ComponentHistory.records(Optional.empty(), round(1_000, "scan:s1", Level.SERVICE))).isTrue();
    }

    @Test
    void recordsNothingForARoundThatChangesNeitherGapsNorLevels() {
        Optional<HistoryEntry> latest = Optional.of(entry(0, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT))));

        assertThat(ComponentHistory.records(latest, round(2_000, "scan:s2", Level.SERVICE))).isFalse();
    }

    @Test
    void recordsARoundThatOnlyChangesTheLevel() {
        Optional<HistoryEntry> latest = Optional.of(entry(0, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT))));

        assertThat(ComponentHistory.records(latest, round(2_000, "scan:s2", Level.COMPOSED))).isTrue();
    }

    @Test
    void recordsARoundThatOnlyMovesTheComponentToAnotherTeamSoTheGroupsPastCanBeFolded() {
        Optional<HistoryEntry> latest = Optional.of(entry(0, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT))));
        GapRound moved = new GapRound(ORDERS, 2_000, "scan:s2", Level.SERVICE, new TreeMap<>(), List.of(), Attribution.NONE,
                new Ownership(Optional.of("team-b"), Optional.empty()));

        assertThat(ComponentHistory.records(latest, moved)).isTrue();
        assertThat(new ComponentHistory(ORDERS, List.of(latest.get(), entry(1, moved))).current().orElseThrow().ownership().owner())
                .contains("team-b");
    }

    @Test
    void foldsTheLogUpToATimeIntoTheAssessmentOfThatTime() {
        ComponentHistory history = new ComponentHistory(ORDERS, List.of(
                entry(2, round(3_000, "scan:s3", Level.SERVICE, resolved(ENDPOINT))),
                entry(0, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT))),
                entry(1, round(2_000, "scan:s2", Level.SERVICE, opened(TENANT)))));

        assertThat(history.asOf(999)).isEmpty();
        assertThat(history.asOf(1_000).orElseThrow().gaps()).containsOnlyKeys(ENDPOINT.id());
        assertThat(history.asOf(2_500).orElseThrow().gaps()).containsOnlyKeys(ENDPOINT.id(), TENANT.id());
        assertThat(history.asOf(2_500).orElseThrow().cause()).isEqualTo("scan:s2");
        assertThat(history.current().orElseThrow().gaps()).containsOnlyKeys(TENANT.id());
    }

    @Test
    void ordersRoundsOfTheSameTimeByTheirSequence() {
        ComponentHistory history = new ComponentHistory(ORDERS, List.of(
                entry(8, round(1_000, "scan:s2", Level.SERVICE, resolved(ENDPOINT))),
                entry(7, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT)))));

        assertThat(history.asOf(1_000).orElseThrow().gaps()).isEmpty();
    }

    @Test
    void givesEachStepSinceATimeWithTheVerdictItLeftBehind() {
        ComponentHistory history = new ComponentHistory(ORDERS, List.of(
                entry(0, round(1_000, "scan:s1", Level.SERVICE, opened(ENDPOINT))),
                entry(1, round(2_000, "scan:s2", Level.SERVICE, opened(TENANT))),
                entry(2, round(3_000, "scan:s3", Level.SERVICE, resolved(TENANT)))));

        List<ComponentHistory.Step> steps = history.stepsSince(2_000);

        assertThat(steps).extracting(s -> s.entry().round().cause()).containsExactly("scan:s2", "scan:s3");
        assertThat(steps).extracting(s -> s.after().headline().verdict()).containsExactly(Verdict.IMPLICIT, Verdict.ACCRUING_DEBT);
    }
}
