package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComponentAssessmentTest {

    static OpenGap gap(String rule, String fingerprint, Level target, Category category) {
        return new OpenGap(rule + "/" + target + "/" + fingerprint, OpenGap.findingKey(rule, List.of(fingerprint)), rule, 1, target,
                category, "COMPUTE", "STATE", List.of(), "title", List.of(new EvidenceRef("shop", Optional.empty(), "a.java", 3, 3, "")), GapExplanation.NONE);
    }

    static GapRound round(Level level, GapRound.Change... changes) {
        return new GapRound("acme/shop/orders", 1_000L, "scan:s1", level, new TreeMap<>(), List.of(changes));
    }

    static GapRound.Change opened(OpenGap gap) {
        return new GapRound.Change(GapRound.Change.Kind.OPENED, gap);
    }

    @Test
    void countsEachFindingOnceAtItsMostDemandingTargetUpToTheLevel() {
        // an embedded database: Concerning to reach Service, Blocking to reach Orchestrated
        ComponentAssessment assessment = ComponentAssessment.empty("").apply(round(Level.SCRIPT,
                opened(gap("compute.embedded-database", "fp1", Level.SERVICE, Category.CONCERNING)),
                opened(gap("compute.embedded-database", "fp1", Level.ORCHESTRATED, Category.BLOCKING))));

        assertThat(assessment.verdicts()).extracting(v -> v.targetLevel() + ":" + v.verdict() + ":" + v.concerning() + "/" + v.blocking())
                .containsExactly("PROJECT:COHERENT:0/0", "SERVICE:ACCRUING_DEBT:1/0", "COMPOSED:ACCRUING_DEBT:1/0",
                        "ORCHESTRATED:IMPLICIT:0/1", "GOVERNED:IMPLICIT:0/1", "SCALED:IMPLICIT:0/1");
        assertThat(assessment.headline().verdict()).isEqualTo(Verdict.IMPLICIT);
        assertThat(assessment.componentId()).isEqualTo("acme/shop/orders");
    }

    @Test
    void dropsAGapWhenItIsResolved() {
        OpenGap gap = gap("configuration.hardcoded-endpoint", "fp1", Level.SERVICE, Category.CONCERNING);
        ComponentAssessment open = ComponentAssessment.empty("").apply(round(Level.SCRIPT, opened(gap)));

        ComponentAssessment resolved = open.apply(round(Level.SCRIPT, new GapRound.Change(GapRound.Change.Kind.RESOLVED, gap)));

        assertThat(resolved.gaps()).isEmpty();
        assertThat(resolved.headline().verdict()).isEqualTo(Verdict.COHERENT);
    }

    @ParameterizedTest(name = "{0} concerning, {1} blocking and {2} uncertain give {3}")
    @CsvSource({"0,0,0,100.0", "1,0,0,80.0", "0,1,0,50.0", "2,1,0,40.0", "4,0,0,50.0", "0,0,1,80.0", "1,0,3,50.0"})
    void computesTheCoherenceIndexWithTheDefaultWeights(int concerning, int blocking, int uncertain, double index) {
        assertThat(CoherenceIndex.DEFAULT.of(concerning, blocking, uncertain)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource({"0,0,0", "3,0,1", "0,2,0", "5,5,5"})
    void neverRaisesTheIndexWhenAGapIsAddedOrBecomesBlocking(int concerning, int blocking, int uncertain) {
        CoherenceIndex index = new CoherenceIndex(0.25, 1.0, 0.5);
        double now = index.of(concerning, blocking, uncertain);

        assertThat(index.of(concerning, blocking + 1, uncertain)).isLessThan(now);
        assertThat(index.of(concerning, blocking, uncertain + 1)).isLessThan(now);
        assertThat(index.of(concerning + 1, blocking, uncertain)).isLessThan(now);
        assertThat(index.of(concerning, blocking + 1, uncertain)).isLessThanOrEqualTo(index.of(concerning, blocking, uncertain + 1));
    }

    @Test
    void refusesAnUncertainWeightAboveBlockingsOrBelowZeroNamingIt() {
        assertThatThrownBy(() -> new CoherenceIndex(0.25, 1.0, 1.5)).hasMessageContaining("uncertain");
        assertThatThrownBy(() -> new CoherenceIndex(0.25, 1.0, -0.1)).hasMessageContaining("uncertain");
        assertThat(new CoherenceIndex(0.3, 1.0).uncertainWeight()).isEqualTo(0.3);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({"CLEAN,COHERENT", "UNCERTAIN,ACCRUING_DEBT", "CONCERNING,ACCRUING_DEBT", "BLOCKING,IMPLICIT"})
    void countsAnUncertainGapApartButJudgesItAsConcerning(Category category, Verdict verdict) {
        ComponentAssessment assessment = ComponentAssessment.empty("").apply(round(Level.SCRIPT,
                opened(gap("state.shared-store", "fp1", Level.SERVICE, category)),
                opened(gap("observability.logs", "fp2", Level.SERVICE, Category.CLEAN))));

        LevelVerdict headline = assessment.headline();

        assertThat(headline.verdict()).isEqualTo(verdict);
        assertThat(headline.clean() + headline.concerning() + headline.blocking() + headline.uncertain()).isEqualTo(2);
        assertThat(headline.uncertain()).isEqualTo(category == Category.UNCERTAIN ? 1 : 0);
        assertThat(headline.clean()).isEqualTo(category == Category.CLEAN ? 2 : 1);
    }

    @Test
    void keepsTheAssertionsAuthorAndTheCatalogsOwnerOfTheLatestRound() {
        GapRound asserted = new GapRound("acme/shop/orders", 2_000L, "assertion:a1", Level.SCRIPT, new TreeMap<>(), List.of(),
                new Attribution(Optional.of("alice"), Optional.of("tenancy is handled upstream")),
                new Ownership(Optional.of("team-orders"), Optional.of("commerce")));

        ComponentAssessment assessment = ComponentAssessment.empty("").apply(round(Level.SCRIPT)).apply(asserted);

        assertThat(assessment.attribution().author()).contains("alice");
        assertThat(assessment.attribution().reason()).contains("tenancy is handled upstream");
        assertThat(assessment.ownership()).isEqualTo(new Ownership(Optional.of("team-orders"), Optional.of("commerce")));
        assertThat(assessment.apply(round(Level.SCRIPT)).attribution()).isEqualTo(Attribution.NONE);
    }
}
