package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Synchronous calls: each call is one finding (multi-region.sync-internal-call), and a component that waits on three or
 * more distinct services is one more finding about the component as a whole (multi-region.sync-call-fan-out) — never the
 * same call told twice at one target level.
 */
class FanOutRulesTest {

    private static final String CALL = "multi-region.sync-internal-call";
    private static final String FAN_OUT = "multi-region.sync-call-fan-out";

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    /** The component's calls, written {@code #target …}: each a coupling.sync-internal-call fact fp-0, fp-1, … */
    private static List<Fact> calls(String targets) {
        return CoOccurrenceRulesTest.facts(targets.trim().replace("#", "coupling.sync-internal-call#"));
    }

    /** The call and fan-out gaps for one target level, each written {@code call|fan-out[fingerprints]}, in gap-id order. */
    private String gapsAt(List<Fact> facts, Level target) {
        return classifier.classify(facts).gaps().values().stream()
                .filter(gap -> gap.targetLevel() == target && List.of(CALL, FAN_OUT).contains(gap.ruleId()))
                .map(gap -> (gap.ruleId().equals(FAN_OUT) ? "fan-out" : "call")
                        + gap.facts().stream().map(Fact::fingerprint).collect(Collectors.joining(" ", "[", "]")))
                .collect(Collectors.joining(", "));
    }

    /** The calls of a component deployed on Kubernetes (6 Orchestrated), whose next level both rules project onto. */
    private static List<Fact> orchestrated(String targets) {
        return CoOccurrenceRulesTest.facts(targets.trim().replace("#", "coupling.sync-internal-call#") + " deployment.kubernetes-workload");
    }

    @ParameterizedTest(name = "[{index}] {0} → at Governed: {1}")
    @CsvSource(delimiter = '|', value = {
        "#cart                  | call[fp-0]",
        "#cart #ads             | call[fp-0], call[fp-1]",
        "#cart #cart #cart      | call[fp-0], call[fp-1], call[fp-2]",
        "#cart #ads #ship       | fan-out[fp-0 fp-1 fp-2], call[fp-0], call[fp-1], call[fp-2]",
        "#cart #cart #ads #ship | fan-out[fp-0 fp-1 fp-2 fp-3], call[fp-0], call[fp-1], call[fp-2], call[fp-3]"})
    void tellsEachCallOnceAndAFanOutOnceForTheComponentAtTheSameTargetLevel(String targets, String expected) {
        assertThat(gapsAt(orchestrated(targets), Level.GOVERNED)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at level 2 → at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "#cart #ads #ship | COMPOSED     | call[fp-0], call[fp-1], call[fp-2]",
        "#cart #ads #ship | ORCHESTRATED | fan-out[fp-0 fp-1 fp-2]",
        "#cart #ads #ship | SCALED       | call[fp-0], call[fp-1], call[fp-2]",
        "#cart #ads       | ORCHESTRATED | ''"})
    void givesTheFanOutItsOwnLevelBesideTheCalls(String targets, Level target, String expected) {
        assertThat(gapsAt(calls(targets), target)).isEqualTo(expected);
    }

    @Test
    void titlesTheFanOutWithTheNumberOfServicesAndNamesThem() {
        Gap fanOut = classifier.classify(calls("#ship #cart #cart #ads")).gaps()
                .get(FAN_OUT + "/orchestrated/" + Classifier.COMPONENT_WIDE);

        assertThat(fanOut.title()).isEqualTo("Synchronous calls to 3 internal services: ads, cart, ship");
    }

    @Test
    void keepsTheFanOutGapWhenAnotherServiceIsCalledAndRetitlesIt() {
        // given a component calling three services
        ComponentState three = ComponentState.empty("acme/shop/web")
                .completeScan("s1", observed(calls("#cart #ads #ship")), List.of("fp-0", "fp-1", "fp-2"), 1_000L, classifier).state();

        // when a rescan finds a call to a fourth
        List<Fact> four = calls("#cart #ads #ship #pay");
        ClassificationRound round = three.completeScan("s2", observed(four), List.of("fp-0", "fp-1", "fp-2", "fp-3"), 2_000L, classifier)
                .round().orElseThrow();

        // then the fan-out gap keeps its id, re-titled, and only the new call opens gaps
        assertThat(round.changes()).filteredOn(change -> change.gap().ruleId().equals(FAN_OUT))
                .extracting(change -> change.kind() + " " + change.gap().id() + " " + change.gap().title())
                .containsExactly("RECATEGORIZED " + FAN_OUT + "/orchestrated/component Synchronous calls to 4 internal services: ads, cart, pay, ship");
        assertThat(round.changes()).filteredOn(change -> change.kind() == GapChange.Kind.OPENED)
                .allSatisfy(change -> assertThat(change.gap().facts()).extracting(Fact::fingerprint).containsExactly("fp-3"));
    }

    @Test
    void waivingOneCallSetsAsideItsGapsButNotTheFanOutWhichIsWaivedByItsId() {
        ComponentState scanned = ComponentState.empty("acme/shop/web")
                .completeScan("s1", observed(calls("#cart #ads #ship")), List.of("fp-0", "fp-1", "fp-2"), 1_000L, classifier).state();

        ClassificationRound round = scanned.assertThat(ComponentStateTest.waiver("w1", "fp-0", null), 2_000L, classifier).round().orElseThrow();

        assertThat(round.changes()).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(GapChange.Kind.WAIVED);
            assertThat(change.gap().ruleId()).isEqualTo(CALL);
        });
        assertThat(round.changes()).isNotEmpty();
        Assertion byId = new Assertion("w2", "ada", "an aggregator by design", Assertion.WAIVE, java.util.Optional.empty(),
                new java.util.TreeMap<>(Map.of("gap", FAN_OUT + "/orchestrated/component")), java.util.Optional.empty(), 3_000L);
        assertThat(scanned.assertThat(byId, 3_000L, classifier).round().orElseThrow().changes())
                .extracting(change -> change.kind() + " " + change.gap().id())
                .containsExactly("WAIVED " + FAN_OUT + "/orchestrated/component");
    }

    @ParameterizedTest(name = "[{index}] asserted {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                         | UNCERTAIN",
        "coupling.composition-layer | CONCERNING",
        "coupling.domain-fan-out    | BLOCKING"})
    void leavesTheFanOutOpenUntilSomeoneSaysWhetherTheComponentComposesAnswersOrNeedsOthersToDoItsWork(String statement,
                                                                                                      Category expected) {
        // given a component calling three services, classified among its facts and what a person asserted about it
        ComponentState state = ComponentState.empty("acme/shop/web")
                .completeScan("s1", observed(calls("#cart #ads #ship")), List.of("fp-0", "fp-1", "fp-2"), 1_000L,
                        classifier.within("acme/shop/web", SystemView.EMPTY)).state();
        if (!statement.isEmpty()) {
            Assertion asserted = new Assertion("a1", "ada", "what the component is", statement, java.util.Optional.empty(),
                    new java.util.TreeMap<>(), java.util.Optional.empty(), 2_000L);
            state = state.assertThat(asserted, 2_000L, classifier.within("acme/shop/web", SystemView.EMPTY)).state();
        }

        // then the fan-out gap is uncertain, saying which statement settles it for this component, or settled by it
        Gap fanOut = state.classification().orElseThrow().gaps().get(FAN_OUT + "/orchestrated/component");
        assertThat(fanOut.category()).isEqualTo(expected);
        if (expected == Category.UNCERTAIN) {
            assertThat(fanOut.settledBy()).contains("--component acme/shop/web --statement coupling.composition-layer")
                    .contains("--statement coupling.domain-fan-out");
        } else {
            assertThat(fanOut.settledBy()).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] asserted {0} → each call: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                         | multi-region.sync-internal-call/composed CONCERNING, multi-region.sync-internal-call/scaled BLOCKING",
        "coupling.domain-fan-out    | multi-region.sync-internal-call/composed CONCERNING, multi-region.sync-internal-call/scaled BLOCKING",
        "coupling.composition-layer | multi-region.sync-call-from-composition-layer/composed CONCERNING"})
    void tellsTheCallsOfAnAssertedCompositionLayerAsDeadlinesAndFallbacksNotAsARethinkAtScaled(String statement, String expected) {
        // given a web frontend calling three services, and what a person asserted about what it is
        ComponentState state = ComponentState.empty("acme/shop/web")
                .completeScan("s1", observed(calls("#cart #ads #ship")), List.of("fp-0", "fp-1", "fp-2"), 1_000L, classifier).state();
        if (!statement.isEmpty()) {
            Assertion asserted = new Assertion("a1", "ada", "what the component is", statement, java.util.Optional.empty(),
                    new java.util.TreeMap<>(), java.util.Optional.empty(), 2_000L);
            state = state.assertThat(asserted, 2_000L, classifier).state();
        }

        // then the gaps on the call to cart say what that call needs at each level
        assertThat(state.classification().orElseThrow().gaps().values()).filteredOn(gap -> !gap.ruleId().equals(FAN_OUT))
                .filteredOn(gap -> gap.facts().get(0).fingerprint().equals("fp-0"))
                .extracting(gap -> gap.ruleId() + "/" + gap.targetLevel().name().toLowerCase() + " " + gap.category())
                .containsExactlyInAnyOrder(expected.split(", "));
    }

    private static Map<String, Fact> observed(List<Fact> facts) {
        return ComponentStateTest.observed(facts.toArray(Fact[]::new));
    }
}
