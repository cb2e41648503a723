package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in rules whose facts may not decide: which facts leave a gap UNCERTAIN, and which assertion settles it. */
class UncertainGapsTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    private static Map<String, String> attributes(String pairs) {
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.trim().split("=");
            attributes.put(kv[0], kv[1]);
        }
        return attributes;
    }

    @ParameterizedTest(name = "{0} with {1}: {3} at {2}")
    @CsvSource(delimiter = '|', value = {
        "state.embedded-database   | engine=h2, mode=file                          | SERVICE      | CONCERNING | compute.embedded-database",
        "state.embedded-database   | engine=h2, mode=unspecified                   | SERVICE      | CONCERNING | compute.embedded-database",
        "state.embedded-database   | engine=h2, mode=memory                        | SERVICE      | UNCERTAIN  | compute.embedded-database",
        "state.embedded-database   | engine=h2, mode=memory                        | ORCHESTRATED | UNCERTAIN  | compute.embedded-database",
        "tenancy.tenant-id-in-domain | layer=domain, identifier=tenantId           | ORCHESTRATED | CONCERNING | multi-tenancy.tenant-id-in-domain",
        "tenancy.tenant-id-in-domain | layer=domain, identifier=tenantId           | GOVERNED     | BLOCKING   | multi-tenancy.tenant-id-in-domain",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId              | ORCHESTRATED | UNCERTAIN  | multi-tenancy.tenant-id-in-web-layer",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId              | GOVERNED     | UNCERTAIN  | multi-tenancy.tenant-id-in-web-layer",
        "data.personal-data-stored | piiKind=email, field=email, context=customers | GOVERNED     | CLEAN      | data-sovereignty.personal-data-owned",
        "data.personal-data-stored | piiKind=email, field=email, context=root      | GOVERNED     | UNCERTAIN  | data-sovereignty.personal-data-owned",
        "endpoint.hardcoded        | technology=http, network=public, host=api.dicebear.com | SERVICE | UNCERTAIN | configuration.hardcoded-endpoint",
        "endpoint.hardcoded        | technology=http, network=private, host=10.0.2.2 | SERVICE    | CONCERNING | configuration.hardcoded-endpoint",
        "endpoint.hardcoded        | technology=http, network=loopback, host=localhost | SERVICE  | CONCERNING | configuration.hardcoded-endpoint",
        "endpoint.hardcoded        | technology=postgresql, network=public, host=orders.rds.amazonaws.com | SERVICE | CONCERNING | configuration.hardcoded-endpoint",
        "state.shared-mutable-state | collection=caffeine, mutation=cache           | SERVICE      | UNCERTAIN  | compute.shared-mutable-state",
        "state.shared-mutable-state | collection=caffeine, mutation=cache           | ORCHESTRATED | UNCERTAIN  | compute.shared-mutable-state",
        "state.shared-mutable-state | collection=http-session, mutation=session     | ORCHESTRATED | CONCERNING | compute.in-process-session",
        "state.shared-mutable-state | collection=HashMap, mutation=put, scope=static | ORCHESTRATED | BLOCKING   | compute.shared-mutable-state"})
    void reportsAGapAsUncertainOnlyWhereTheFactLeavesItOpen(String kind, String pairs, String target, Category expected, String rule) {
        Fact fact = ComponentStateTest.fact("fp-1", kind, attributes(pairs), 7);

        Gap gap = classifier.classify(List.of(fact)).gaps().get(rule + "/" + target.toLowerCase() + "/fp-1");

        assertThat(gap.category()).isEqualTo(expected);
        if (expected == Category.UNCERTAIN) {
            assertThat(gap.settledBy()).contains("scale-projection assert").contains("--statement");
        } else {
            assertThat(gap.settledBy()).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] a tenant id in the {0} layer → {1}")
    @CsvSource(delimiter = '|', value = {
        "domain | multi-tenancy.tenant-id-in-domain    | Domain code takes the tenant",
        "web    | multi-tenancy.tenant-id-in-web-layer | the code does not show whether"})
    void tellsATenantIdInTheWebLayerAsAnOpenQuestionNotAsDomainLogic(String layer, String rule, String currentState) {
        Fact fact = ComponentStateTest.fact("fp-1", "tenancy.tenant-id-in-domain", Map.of("layer", layer, "identifier", "tenantId"), 7);

        assertThat(classifier.classify(List.of(fact)).gaps().values()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.ruleId()).isEqualTo(rule);
            assertThat(gap.explanation().currentState()).contains(currentState);
        });
    }

    @ParameterizedTest(name = "{0} ({1}) asserted {3}: {5} at {4}")
    @CsvSource(delimiter = '|', value = {
        "state.embedded-database     | engine=h2, mode=memory                   | compute.embedded-database            | state.embedded-database.primary-store | ORCHESTRATED | BLOCKING",
        "state.embedded-database     | engine=h2, mode=memory                   | compute.embedded-database            | state.embedded-database.disposable    | SERVICE      | CLEAN",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId           | multi-tenancy.tenant-id-in-web-layer | tenant-isolation.repository-layer     | GOVERNED     | CLEAN",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId           | multi-tenancy.tenant-id-in-web-layer | tenant-isolation.domain               | ORCHESTRATED | CONCERNING",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId           | multi-tenancy.tenant-id-in-web-layer | tenant-isolation.domain               | GOVERNED     | BLOCKING",
        "data.personal-data-stored   | piiKind=email, field=email, context=root | data-sovereignty.personal-data-owned | data-sovereignty.single-owner         | GOVERNED     | CLEAN",
        "data.personal-data-stored   | piiKind=email, field=email, context=root | data-sovereignty.personal-data-owned | data-sovereignty.shared-store         | GOVERNED     | BLOCKING",
        "endpoint.hardcoded          | technology=http, network=public          | configuration.hardcoded-endpoint     | configuration.third-party-api         | SERVICE      | CLEAN",
        "endpoint.hardcoded          | technology=http, network=public          | configuration.hardcoded-endpoint     | configuration.own-public-endpoint     | SERVICE      | CONCERNING",
        "state.shared-mutable-state  | collection=caffeine, mutation=cache      | compute.shared-mutable-state         | state.in-process-cache.disposable     | ORCHESTRATED | CLEAN",
        "state.shared-mutable-state  | collection=caffeine, mutation=cache      | compute.shared-mutable-state         | state.in-process-cache.authoritative  | ORCHESTRATED | BLOCKING"})
    void settlesAnUncertainGapWithTheAssertionItNamesAsARecategorization(String kind, String pairs, String rule, String statement,
                                                                         String target, Category decided) {
        // given a component whose fact leaves the gap open
        Fact fact = ComponentStateTest.fact("fp-1", kind, attributes(pairs), 7);
        ComponentState scanned = ComponentState.empty("acme/shop/orders")
                .completeScan("s1", Map.of("fp-1", fact), List.of("fp-1"), 1_000L, classifier).state();
        String gapId = rule + "/" + target.toLowerCase() + "/fp-1";
        assertThat(scanned.classification().orElseThrow().gaps().get(gapId).category()).isEqualTo(Category.UNCERTAIN);

        // when a person asserts the statement its settledBy names
        Assertion assertion = new Assertion("a1", "ada", "we looked", statement, Optional.empty(), new TreeMap<>(), Optional.empty(), 2_000L);
        ClassificationRound round = scanned.assertThat(assertion, 2_000L, classifier).round().orElseThrow();

        // then the same gap is re-categorized to the decided category, caused by the assertion, and no longer says what settles it
        assertThat(round.cause()).isEqualTo("assertion:a1");
        assertThat(round.authorship()).contains(new Authorship("ada", "we looked"));
        assertThat(round.changes()).filteredOn(change -> change.gap().id().equals(gapId)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(GapChange.Kind.RECATEGORIZED);
            assertThat(change.previousCategory()).contains(Category.UNCERTAIN);
            assertThat(change.gap().category()).isEqualTo(decided);
            assertThat(change.gap().settledBy()).isEmpty();
        });
    }

    /** Two public hosts in one component: an assertion naming a host settles that host's gap, and comes before a blanket one. */
    @ParameterizedTest(name = "[{index}] asserted {0} → api.stripe.com {1}, shop.acme.com {2}")
    @CsvSource(delimiter = '|', value = {
        "third-party-api                                                  | CLEAN      | CLEAN",
        "third-party-api host=api.stripe.com                              | CLEAN      | UNCERTAIN",
        "third-party-api host=api.stripe.com; own-public-endpoint host=shop.acme.com | CLEAN | CONCERNING",
        "third-party-api host=api.stripe.com; own-public-endpoint         | CLEAN      | CONCERNING",
        "own-public-endpoint host=elsewhere.example.com                   | UNCERTAIN  | UNCERTAIN",
        "third-party-api ticket=OPS-1                                     | CLEAN      | CLEAN"})
    void settlesOnlyTheEndpointWhoseHostTheAssertionNames(String asserted, Category stripe, Category shop) {
        Fact stripeCall = ComponentStateTest.fact("fp-stripe", "endpoint.hardcoded", attributes("technology=http, network=public, host=api.stripe.com"), 7);
        Fact shopCall = ComponentStateTest.fact("fp-shop", "endpoint.hardcoded", attributes("technology=http, network=public, host=shop.acme.com"), 9);
        List<Assertion> assertions = new java.util.ArrayList<>();
        for (String statement : asserted.split(";")) {
            String[] kindAndAttribute = statement.trim().split(" ");
            TreeMap<String, String> named = new TreeMap<>();
            if (kindAndAttribute.length > 1) {
                named.putAll(attributes(kindAndAttribute[1]));
            }
            assertions.add(new Assertion("a" + assertions.size(), "ada", "we looked", "configuration." + kindAndAttribute[0],
                    Optional.empty(), named, Optional.empty(), 2_000L));
        }

        Classification classified = classifier.classify(List.of(stripeCall, shopCall), assertions, 2_000L);

        assertThat(classified.gaps().get("configuration.hardcoded-endpoint/service/fp-stripe").category()).isEqualTo(stripe);
        assertThat(classified.gaps().get("configuration.hardcoded-endpoint/service/fp-shop").category()).isEqualTo(shop);
    }

    @org.junit.jupiter.api.Test
    void reopensTheQuestionWhenTheSettlingAssertionIsRevoked() {
        Fact h2 = ComponentStateTest.fact("fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "memory"), 3);
        Assertion disposable = new Assertion("a1", "ada", "a cache", "state.embedded-database.disposable", Optional.empty(),
                new TreeMap<>(), Optional.empty(), 2_000L);
        ComponentState settled = ComponentState.empty("acme/shop/orders")
                .completeScan("s1", Map.of("fp-h2", h2), List.of("fp-h2"), 1_000L, classifier).state()
                .assertThat(disposable, 2_000L, classifier).state();

        ClassificationRound round = settled.revoke("a1", new Authorship("grace", "it is the store after all"), 3_000L, classifier)
                .round().orElseThrow();

        assertThat(round.changes()).extracting(c -> c.kind() + " " + c.previousCategory().orElseThrow() + "→" + c.gap().category())
                .containsOnly("RECATEGORIZED CLEAN→UNCERTAIN");
        assertThat(round.authorship()).contains(new Authorship("grace", "it is the store after all"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // vietnam-devs/coolstore's gateway: ctx.Session.SetString(...)
        "collection=http-session, mutation=session                     | compute.in-process-session/orchestrated CONCERNING",
        // netbox: SESSION_ENGINE = 'django.contrib.sessions.backends.file'
        "collection=file-session, mutation=session                     | compute.in-process-session/orchestrated CONCERNING",
        "collection=HashMap, mutation=put, scope=static                 | compute.shared-mutable-state/orchestrated BLOCKING, compute.shared-mutable-state/service CONCERNING"})
    void tellsSessionsKeptInTheProcessAsAProviderToMoveNotAsARethink(String pairs, String expected) {
        Fact fact = ComponentStateTest.fact("fp-1", "state.shared-mutable-state", attributes(pairs), 7);

        assertThat(classifier.classify(List.of(fact)).gaps().values())
                .extracting(gap -> gap.ruleId() + "/" + gap.targetLevel().name().toLowerCase() + " " + gap.category())
                .containsExactlyInAnyOrder(expected.split(", "));
    }

    @org.junit.jupiter.api.Test
    void keepsSessionStateInTheProcessDecidedWhenTheComponentsCacheIsAssertedDisposable() {
        // given a component with a disposable cache asserted, and sessions kept in the process
        Fact cache = ComponentStateTest.fact("fp-cache", "state.shared-mutable-state", Map.of("collection", "caffeine", "mutation", "cache"), 3);
        Fact session = ComponentStateTest.fact("fp-session", "state.shared-mutable-state",
                Map.of("collection", "http-session", "mutation", "session"), 9);
        Assertion disposable = new Assertion("a1", "ada", "rates, read through", "state.in-process-cache.disposable", Optional.empty(),
                new TreeMap<>(), Optional.empty(), 2_000L);

        // when it is classified
        var gaps = classifier.classify(List.of(cache, session), List.of(disposable), 2_000L).gaps();

        // then the cache is Clean and the sessions, which the facts decided, stay Concerning
        assertThat(gaps.get("compute.shared-mutable-state/orchestrated/fp-cache").category()).isEqualTo(Category.CLEAN);
        assertThat(gaps.get("compute.in-process-session/orchestrated/fp-session").category()).isEqualTo(Category.CONCERNING);
    }
}
