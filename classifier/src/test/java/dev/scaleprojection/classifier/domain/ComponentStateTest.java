package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComponentStateTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    static Map<String, Fact> observed(Fact... facts) {
        Map<String, Fact> byFingerprint = new TreeMap<>();
        for (Fact fact : facts) {
            byFingerprint.put(fact.fingerprint(), fact);
        }
        return byFingerprint;
    }

    static Fact fact(String fingerprint, String kind, Map<String, String> attributes, int line) {
        return new Fact(fingerprint, kind, new TreeMap<>(attributes),
                new Evidence("shop", Optional.of("abc123"), "orders/src/Repo.java", line, line, "snippet"));
    }

    static final Fact HARDCODED_POSTGRES = fact("fp-pg", "endpoint.hardcoded", Map.of("technology", "postgresql", "host", "db.internal"), 12);
    static final Fact DOCKERFILE = fact("fp-docker", "deployment.dockerfile", Map.of("baseImage", "eclipse-temurin:17"), 1);

    @Test
    void opensConcerningGapWhenAnEndpointIsHardCodedInAService() {
        // given a component scanned with a Dockerfile and a hard-coded database URL
        ComponentState state = ComponentState.empty("acme/shop/orders");
        Map<String, Fact> observed = observed(HARDCODED_POSTGRES, DOCKERFILE);

        // when the scan completes
        ComponentState.Outcome outcome = state.completeScan("s1", observed, List.of("fp-pg", "fp-docker"), 1_000L, classifier);

        // then one Concerning configuration gap opens, to Composed (the level above Service)
        ClassificationRound round = outcome.round().orElseThrow();
        assertThat(round.levels().overall()).isEqualTo(Level.SERVICE);
        assertThat(round.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(GapChange.Kind.OPENED);
            assertThat(change.gap().category()).isEqualTo(Category.CONCERNING);
            assertThat(change.gap().targetLevel()).isEqualTo(Level.COMPOSED);
            assertThat(change.gap().title()).isEqualTo("postgresql endpoint db.internal hard-coded in code");
            assertThat(change.gap().id()).isEqualTo("configuration.hardcoded-endpoint/composed/fp-pg");
        });
        assertThat(round.cause()).isEqualTo("scan:s1");
        assertThat(round.occurredAt()).isEqualTo(1_000L);
    }

    @Test
    void changesNothingWhenTheSameScanIsPublishedAgain() {
        ComponentState first = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(HARDCODED_POSTGRES, DOCKERFILE), List.of("fp-pg", "fp-docker"), 1_000L, classifier).state();

        ComponentState.Outcome again = first.completeScan("s2", observed(HARDCODED_POSTGRES, DOCKERFILE), List.of("fp-pg", "fp-docker"), 2_000L, classifier);

        assertThat(again.round()).isEmpty();
    }

    @Test
    void resolvesTheGapWhenTheFactDisappearsOnRescan() {
        ComponentState first = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(HARDCODED_POSTGRES, DOCKERFILE), List.of("fp-pg", "fp-docker"), 1_000L, classifier).state();

        ClassificationRound round = first.completeScan("s2", observed(DOCKERFILE), List.of("fp-docker"), 2_000L, classifier)
                .round().orElseThrow();

        assertThat(round.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(GapChange.Kind.RESOLVED);
            assertThat(change.gap().id()).isEqualTo("configuration.hardcoded-endpoint/composed/fp-pg");
        });
        assertThat(first.completeScan("s2", observed(DOCKERFILE), List.of("fp-docker"), 2_000L, classifier).state().facts())
                .containsOnlyKeys("fp-docker");
    }

    @Test
    void keepsTheGapWhenTheCodeMovesToAnotherLine() {
        ComponentState first = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 1_000L, classifier).state();
        Fact moved = fact("fp-pg", "endpoint.hardcoded", Map.of("technology", "postgresql", "host", "db.internal"), 40);

        ComponentState.Outcome outcome = first.completeScan("s2", observed(moved), List.of("fp-pg"), 2_000L, classifier);

        // evidence moved with the code; the gap is the same gap, so the only change is its evidence
        assertThat(outcome.state().classification().orElseThrow().gaps()).containsOnlyKeys("configuration.hardcoded-endpoint/service/fp-pg");
        assertThat(outcome.round()).hasValueSatisfying(round ->
                assertThat(round.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(GapChange.Kind.RECATEGORIZED)));
    }

    @Test
    void reportsAnEmbeddedDatabaseAsConcerningForServiceAndBlockingForOrchestration() {
        Fact h2 = fact("fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "file"), 3);

        ClassificationRound round = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(h2), List.of("fp-h2"), 1_000L, classifier).round().orElseThrow();

        assertThat(round.levels().overall()).isEqualTo(Level.SCRIPT);
        assertThat(round.changes()).extracting(c -> c.gap().targetLevel() + ":" + c.gap().category())
                .containsExactly("ORCHESTRATED:BLOCKING", "SERVICE:CONCERNING");
    }

    @Test
    void keepsAFactFromBeforeThatAnIncrementalScanListedButDidNotResend() {
        ComponentState first = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(HARDCODED_POSTGRES, DOCKERFILE),
                List.of("fp-pg", "fp-docker"), 1_000L, classifier).state();

        ComponentState.Outcome outcome = first.completeScan("s2", observed(), List.of("fp-pg", "fp-docker"), 2_000L, classifier);

        assertThat(outcome.round()).isEmpty();
        assertThat(outcome.state().facts()).containsOnlyKeys("fp-pg", "fp-docker");
    }

    @Test
    void takesTheFactsOfAScanOnceAndDropsThoseOfAbandonedScans() {
        InMemoryPendingFacts pending = new InMemoryPendingFacts();
        pending.add("acme/shop/orders", "old", 0L, DOCKERFILE);
        pending.add("acme/shop/orders", "s2", PendingFacts.ABANDONED_AFTER_MILLIS + 10, HARDCODED_POSTGRES);

        PendingFacts.Taken taken = pending.take("acme/shop/orders", "s2", PendingFacts.ABANDONED_AFTER_MILLIS + 20);
        assertThat(taken.facts()).containsOnlyKeys("fp-pg");
        assertThat(pending.take("acme/shop/orders", "s2", PendingFacts.ABANDONED_AFTER_MILLIS + 20).facts())
                .as("nothing is removed until the scan has been classified").containsOnlyKeys("fp-pg");
        taken.release();
        assertThat(pending.take("acme/shop/orders", "s2", PendingFacts.ABANDONED_AFTER_MILLIS + 20).facts()).isEmpty();
        assertThat(pending.take("acme/shop/orders", "old", PendingFacts.ABANDONED_AFTER_MILLIS + 20).facts()).isEmpty();
    }

    static Assertion waiver(String id, String fingerprint, Long expiresAt) {
        return new Assertion(id, "ada", "test fixture, not production", Assertion.WAIVE, Optional.of(fingerprint), new TreeMap<>(),
                Optional.ofNullable(expiresAt), 1_500L);
    }

    @Test
    void waivesTheGapsOfAFindingUntilTheWaiverExpiresOnEventTime() {
        // given an open Concerning gap for a hard-coded endpoint
        ComponentState scanned = ComponentState.empty("acme/shop/orders")
                .completeScan("s1", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 1_000L, classifier).state();

        // when a person waives the finding until t=10_000
        ComponentState.Outcome waived = scanned.assertThat(waiver("w1", "fp-pg", 10_000L), 2_000L, classifier);

        // then the gap is waived, caused by the assertion
        ClassificationRound round = waived.round().orElseThrow();
        assertThat(round.cause()).isEqualTo("assertion:w1");
        assertThat(round.authorship()).contains(new Authorship("ada", "test fixture, not production"));
        assertThat(round.changes()).extracting(GapChange::kind).containsExactly(GapChange.Kind.WAIVED);
        assertThat(waived.state().classification().orElseThrow().gaps()).isEmpty();

        // and a rescan before expiry keeps it waived, while the first event after expiry reopens it
        ComponentState.Outcome before = waived.state().completeScan("s2", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 9_999L, classifier);
        assertThat(before.round()).isEmpty();
        ComponentState.Outcome after = before.state().completeScan("s3", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 10_000L, classifier);
        assertThat(after.round().orElseThrow().changes()).extracting(GapChange::kind).containsExactly(GapChange.Kind.OPENED);
    }

    @Test
    void reopensAWaivedGapWhenTheWaiverIsRevoked() {
        ComponentState waived = ComponentState.empty("acme/shop/orders")
                .completeScan("s1", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 1_000L, classifier).state()
                .assertThat(waiver("w1", "fp-pg", null), 2_000L, classifier).state();

        ClassificationRound round = waived.revoke("w1", new Authorship("grace", "the fixture went to production"), 3_000L, classifier)
                .round().orElseThrow();

        assertThat(round.cause()).isEqualTo("revoked:w1");
        assertThat(round.changes()).extracting(GapChange::kind).containsExactly(GapChange.Kind.OPENED);
        assertThat(round.authorship()).contains(new Authorship("grace", "the fixture went to production"));
    }

    @Test
    void refusesToRevokeAnAssertionTheComponentDoesNotHold() {
        ComponentState waived = ComponentState.empty("acme/shop/orders")
                .completeScan("s1", observed(HARDCODED_POSTGRES), List.of("fp-pg"), 1_000L, classifier).state()
                .assertThat(waiver("w1", "fp-pg", null), 2_000L, classifier).state();
        ComponentState revoked = waived.revoke("w1", new Authorship("grace", "-"), 3_000L, classifier).state();

        assertThatThrownBy(() -> waived.revoke("w9", new Authorship("grace", "-"), 3_000L, classifier))
                .isInstanceOf(ComponentState.UnknownAssertionException.class)
                .hasMessageContaining("acme/shop/orders holds no assertion 'w9'");
        assertThatThrownBy(() -> revoked.revoke("w1", new Authorship("grace", "again"), 4_000L, classifier))
                .isInstanceOf(ComponentState.UnknownAssertionException.class);
    }

    @Test
    void letsRulesUseAStatementAPersonAssertsAsAFact() {
        Assertion statement = new Assertion("a1", "ada", "we run it on a managed database", "state.external-store",
                Optional.empty(), new TreeMap<>(Map.of("engine", "postgresql")), Optional.empty(), 1_000L);

        ComponentState state = ComponentState.empty("acme/shop/orders").assertThat(statement, 1_000L, classifier).state();

        assertThat(classifier.classify(state.facts().values(), state.assertions().values(), 1_000L).levels().overall())
                .isEqualTo(Level.SCRIPT);
        assertThat(statement.asFact().kind()).isEqualTo("asserted.state.external-store");
        assertThat(statement.asFact().attribute("engine")).isEqualTo("postgresql");
    }

    @Test
    void emitsARoundForAComponentSeenForTheFirstTimeEvenWithoutGaps() {
        ClassificationRound round = ComponentState.empty("acme/shop/web").completeScan("s1", observed(DOCKERFILE), List.of("fp-docker"), 1_000L, classifier).round().orElseThrow();

        assertThat(round.changes()).isEmpty();
        assertThat(round.levels().overall()).isEqualTo(Level.SERVICE);
    }

    @org.junit.jupiter.api.Test
    void carriesTheOwnerAndDomainOfTheLatestScanOnEveryRound() {
        // given a component scanned with its catalog entry
        ComponentState.Outcome first = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(HARDCODED_POSTGRES),
                List.of("fp-pg"), Ownership.of("team-orders", "commerce"), 1_000L, classifier);
        assertThat(first.round().orElseThrow().ownership()).isEqualTo(Ownership.of("team-orders", "commerce"));

        // when the same facts are scanned again, then nothing changes
        assertThat(first.state().completeScan("s2", observed(HARDCODED_POSTGRES), List.of("fp-pg"),
                Ownership.of("team-orders", "commerce"), 2_000L, classifier).round()).isEmpty();

        // when only the owner changes, then a round without gap changes follows it, caused by the scan
        ComponentState.Outcome moved = first.state().completeScan("s3", observed(HARDCODED_POSTGRES), List.of("fp-pg"),
                Ownership.of("team-checkout", "commerce"), 3_000L, classifier);
        ClassificationRound round = moved.round().orElseThrow();
        assertThat(round.changes()).isEmpty();
        assertThat(round.cause()).isEqualTo("scan:s3");
        assertThat(round.ownership()).isEqualTo(Ownership.of("team-checkout", "commerce"));

        // and a later assertion's round carries the owner and domain kept in the state
        ClassificationRound asserted = moved.state().assertThat(waiver("w1", "fp-pg", null), 4_000L, classifier).round().orElseThrow();
        assertThat(asserted.ownership()).isEqualTo(Ownership.of("team-checkout", "commerce"));
    }

    @org.junit.jupiter.api.Test
    void followsADomainThatTheCatalogNoLongerNames() {
        ComponentState named = ComponentState.empty("acme/shop/orders").completeScan("s1", observed(DOCKERFILE), List.of("fp-docker"),
                Ownership.of("team-orders", "commerce"), 1_000L, classifier).state();

        ClassificationRound round = named.completeScan("s2", observed(DOCKERFILE), List.of("fp-docker"), Ownership.of("team-orders", " "),
                2_000L, classifier).round().orElseThrow();

        assertThat(round.ownership().owner()).contains("team-orders");
        assertThat(round.ownership().domain()).isEmpty();
    }
}
