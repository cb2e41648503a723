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

/**
 * What settles an uncertain gap names the gap's own component, so that the assertion it quotes can be run as written;
 * a rule that learns to name it re-words the open gaps in place, once.
 */
class SettledByTest {

    private static final String ORDERS = "acme/shop/orders";
    private static final RuleCatalog BUILTIN = RuleCatalogLoader.builtin();

    private static Fact fact(String kind, String pairs) {
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.trim().split("=");
            attributes.put(kv[0], kv[1]);
        }
        return ComponentStateTest.fact("fp-1", kind, attributes, 7);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "state.embedded-database     | engine=h2, mode=memory                    | compute.embedded-database",
        "tenancy.tenant-id-in-domain | layer=web, identifier=tenantId            | multi-tenancy.tenant-id-in-web-layer",
        "data.personal-data-stored   | piiKind=email, field=email, context=root  | data-sovereignty.personal-data-owned",
        "endpoint.hardcoded          | technology=http, network=public, host=api.example.com | configuration.hardcoded-endpoint",
        "state.shared-mutable-state  | collection=caffeine, mutation=cache       | compute.shared-mutable-state"})
    void namesTheComponentInTheAssertionThatWouldSettleAnUncertainGap(String kind, String pairs, String rule) {
        Classification classified = new Classifier(BUILTIN).within(ORDERS, SystemView.EMPTY).classify(List.of(fact(kind, pairs)));

        assertThat(classified.gaps().values()).filteredOn(gap -> gap.ruleId().equals(rule)).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.category()).isEqualTo(Category.UNCERTAIN);
            assertThat(gap.settledBy()).contains("scale-projection assert --component " + ORDERS + " --statement ")
                    .doesNotContain("{component}").doesNotContain("COMPONENT");
        });
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "host=api.stripe.com    | --statement configuration.third-party-api --attribute host=api.stripe.com --author",
        "host=api.stripe.com    | --statement configuration.own-public-endpoint --attribute host=api.stripe.com`",
        "host=shop.acme.com     | Assert whose host shop.acme.com is:"})
    void namesTheHostOfAPublicEndpointInTheAssertionThatWouldSettleIt(String host, String expected) {
        Fact endpoint = fact("endpoint.hardcoded", "technology=http, network=public, " + host);

        Classification classified = new Classifier(BUILTIN).within(ORDERS, SystemView.EMPTY).classify(List.of(endpoint));

        assertThat(classified.gaps().values()).filteredOn(gap -> gap.ruleId().equals("configuration.hardcoded-endpoint"))
                .singleElement().satisfies(gap -> assertThat(gap.settledBy()).contains(expected).doesNotContain("{host}"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Buyer   | --statement data-sovereignty.distinct-subjects --attribute holder=Buyer --author",
        "Buyer   | --statement data-sovereignty.copied-subjects --attribute holder=Buyer`",
        "Member  | Assert whose data Member holds:"})
    void namesTheHolderInTheAssertionThatWouldSettleWhetherTheSamePeopleAreStoredTwice(String holder, String expected) {
        Fact ordering = ComponentStateTest.fact("fp-1", "data.personal-data-stored",
                Map.of("piiKind", "name", "field", "Name", "holder", holder, "context", "ordering"), 3);
        Fact identity = ComponentStateTest.fact("fp-2", "data.personal-data-stored",
                Map.of("piiKind", "name", "field", "Name", "holder", "ApplicationUser", "context", "identity"), 3);
        Classifier classifier = new Classifier(BUILTIN);
        SystemView view = SystemView.EMPTY.with(ORDERS, classifier.signals(List.of(ordering), List.of(), 0L))
                .with("acme/shop/identity", classifier.signals(List.of(identity), List.of(), 0L));

        Classification classified = classifier.within(ORDERS, view).classify(List.of(ordering), List.of(), 0L);

        assertThat(classified.gaps().values()).filteredOn(gap -> gap.ruleId().equals("data-sovereignty.personal-data-kind-in-several-components"))
                .singleElement().satisfies(gap -> assertThat(gap.settledBy()).contains(expected).doesNotContain("{holder}"));
    }

    @ParameterizedTest(name = "{2} from version {3} to the catalog's")
    @CsvSource(delimiter = '|', value = {
        "state.embedded-database     | engine=h2, mode=memory                   | compute.embedded-database            | 2",
        "data.personal-data-stored   | piiKind=email, field=email, context=root | data-sovereignty.personal-data-owned | 3",
        "state.shared-mutable-state  | collection=caffeine, mutation=cache      | compute.shared-mutable-state         | 2",
        "state.shared-mutable-state  | collection=caffeine, mutation=cache      | compute.shared-mutable-state         | 3"})
    void rewordsTheOpenGapsOfARuleThatLearnedToNameTheComponentOnceWithoutReopeningThem(String kind, String pairs, String ruleId,
                                                                                           int before) {
        // given a component classified by the rule as it was, saying "--component COMPONENT"
        Rule current = BUILTIN.rules().stream().filter(rule -> rule.id().equals(ruleId)).findFirst().orElseThrow();
        ComponentState classified = ComponentState.empty(ORDERS).completeScan("s1", Map.of("fp-1", fact(kind, pairs)), List.of("fp-1"),
                1_000L, new Classifier(catalogWith(placeholderOf(current, before))).within(ORDERS, SystemView.EMPTY)).state();

        // when the rule as the catalog has it now is in force
        Classifier now = new Classifier(BUILTIN).within(ORDERS, SystemView.EMPTY);
        ComponentState.Outcome reworded = classified.reclassify("rule:" + current.reference(), 2_000L, now);

        // then every gap keeps its id and category and names the component, and applying the rule again changes nothing
        ClassificationRound round = reworded.round().orElseThrow();
        assertThat(round.changes()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(GapChange.Kind.RECATEGORIZED);
            assertThat(change.previousCategory()).contains(change.gap().category());
            assertThat(change.gap().settledBy()).contains("--component " + ORDERS);
        });
        assertThat(reworded.state().classification().orElseThrow().gaps().keySet())
                .isEqualTo(classified.classification().orElseThrow().gaps().keySet());
        assertThat(reworded.state().reclassify("rule:" + current.reference(), 3_000L, now).round()).isEmpty();
    }

    /** The rule at {@code version}, its settledBy naming no component, as the previous catalog had it. */
    private static Rule placeholderOf(Rule rule, int version) {
        Uncertainty u = rule.uncertainty().orElseThrow();
        return new Rule(rule.id(), version, rule.concern(), rule.axis(), rule.scaleVectors(), rule.title(), rule.when(), rule.categories(),
                Optional.of(new Uncertainty(u.undecidedWhen(), u.settledBy().replace("{component}", "COMPONENT"), u.settlements())),
                rule.explanation(), rule.gapPer(), rule.supersededBy());
    }

    private static RuleCatalog catalogWith(Rule replacement) {
        return new RuleCatalog(BUILTIN.rules().stream().map(rule -> rule.id().equals(replacement.id()) ? replacement : rule).toList());
    }
}
