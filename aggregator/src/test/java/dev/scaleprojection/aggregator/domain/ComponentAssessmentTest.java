package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

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

    @ParameterizedTest(name = "{0} concerning and {1} blocking give {2}")
    @CsvSource({"0,0,100.0", "1,0,80.0", "0,1,50.0", "2,1,40.0", "4,0,50.0"})
    void computesTheCoherenceIndexWithTheDefaultWeights(int concerning, int blocking, double index) {
        assertThat(CoherenceIndex.DEFAULT.of(concerning, blocking)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "3,0", "0,2", "5,5"})
    void neverRaisesTheIndexWhenABlockingGapIsAdded(int concerning, int blocking) {
        assertThat(CoherenceIndex.DEFAULT.of(concerning, blocking + 1)).isLessThan(CoherenceIndex.DEFAULT.of(concerning, blocking));
    }
}
