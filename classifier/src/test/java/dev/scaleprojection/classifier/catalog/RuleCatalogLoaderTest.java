package dev.scaleprojection.classifier.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuleCatalogLoaderTest {

    private static final String VALID = """
            rules:
              - id: configuration.hardcoded-endpoint
                version: 1
                concern: CONFIGURATION
                axis: ISOLATION
                title: "x"
                when: {kinds: [endpoint.hardcoded]}
                categories: {SERVICE: CONCERNING}
                explanation: {currentState: a, atScale: b, required: c}
            """;

    private static final String VALID_UNCERTAIN = """
            rules:
              - id: compute.embedded-database
                version: 1
                concern: COMPUTE
                axis: STATE
                title: "x"
                when: {kinds: [state.embedded-database], requires: [deployment.*], absent: [x.y], minCount: 2, acrossContexts: 2}
                categories: {SERVICE: CONCERNING}
                uncertain:
                  when: {mode: memory}
                  settledBy: "assert it"
                  settles:
                    asserted.state.disposable: {SERVICE: CLEAN}
                explanation: {currentState: a, atScale: b, required: c}
            """;

    @Test
    void readsThePredicateAndTheUncertaintyOfARule() {
        var rule = RuleCatalogLoader.read(new StringReader(VALID_UNCERTAIN), "org.yml").rules().get(0);

        assertThat(rule.when().requires()).containsExactly("deployment.*");
        assertThat(rule.when().absent()).containsExactly("x.y");
        assertThat(rule.when().minCount()).isEqualTo(2);
        assertThat(rule.when().acrossContexts()).isEqualTo(2);
        assertThat(rule.uncertainty()).hasValueSatisfying(u -> {
            assertThat(u.undecidedWhen()).containsEntry("mode", "memory");
            assertThat(u.settledBy()).isEqualTo("assert it");
            assertThat(u.settlements()).containsOnlyKeys("asserted.state.disposable");
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "settledBy: \"assert it\"|settledBy: \"\"|field 'uncertain.settledBy' is required",
        "{SERVICE: CLEAN}|{SERVICE: UNCERTAIN}|field 'uncertain.settles.asserted.state.disposable' must decide",
        "{SERVICE: CLEAN}|{}|field 'uncertain.settles.asserted.state.disposable' must give a category",
        "when: {mode: memory}|when: {}|field 'uncertain.when' must name the attributes that leave the category open",
        "minCount: 2|minCount: 0|field 'when.minCount' must be a whole number of at least 1",
        "absent: [x.y]|absent: x.y|field 'when.absent' must be a list",
        "requires: [deployment.*]|require: [deployment.*]|field 'when.require' is not a known field"})
    void refusesAnUncertainOrCoOccurrenceRuleWithABadFieldNamingIt(String good, String bad, String message) {
        String catalog = VALID_UNCERTAIN.replace(good, bad);

        assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("org.yml: rule 'compute.embedded-database'")
                .hasMessageContaining(message);
    }

    @Test
    void refusesAnUncertainCategoryThatDoesNotSayWhatSettlesIt() {
        String catalog = VALID.replace("SERVICE: CONCERNING", "SERVICE: UNCERTAIN");

        assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("rule 'configuration.hardcoded-endpoint', field 'uncertain.settledBy' is required when a category is UNCERTAIN");
    }

    @Test
    void acceptsAnUncertainCategoryWithWhatSettlesIt() {
        String catalog = VALID.replace("SERVICE: CONCERNING", "SERVICE: UNCERTAIN") + """
                    uncertain: {settledBy: "assert where the endpoint comes from"}
                """;

        var rule = RuleCatalogLoader.read(new StringReader(catalog), "org.yml").rules().get(0);

        assertThat(rule.settledBy()).isEqualTo("assert where the endpoint comes from");
    }

    @Test
    void loadsTheBuiltInCatalog() {
        assertThat(RuleCatalogLoader.builtin().rules()).extracting(r -> r.id()).contains(
                "configuration.hardcoded-endpoint", "configuration.configured-endpoint", "compute.embedded-database");
    }

    @ParameterizedTest(name = "{0} has a Clean signature and one that is not")
    @org.junit.jupiter.params.provider.EnumSource(dev.scaleprojection.domain.Concern.class)
    void coversEveryConcernWithACleanAndANonCleanSignature(dev.scaleprojection.domain.Concern concern) {
        var rules = RuleCatalogLoader.builtin().rules().stream().filter(r -> r.concern() == concern).toList();

        assertThat(rules).anySatisfy(r -> assertThat(r.categories().values()).contains(dev.scaleprojection.domain.Category.CLEAN));
        assertThat(rules).anySatisfy(r -> assertThat(r.categories().values())
                .containsAnyOf(dev.scaleprojection.domain.Category.CONCERNING, dev.scaleprojection.domain.Category.BLOCKING));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "version: 1|version: 0|field 'version' must be a whole number",
        "concern: CONFIGURATION|concern: TENANCY|field 'concern' 'TENANCY' is not one of",
        "SERVICE: CONCERNING|SERVICE: AWFUL|field 'categories.SERVICE' 'AWFUL' is not one of",
        "[endpoint.hardcoded]|[]|field 'when.kinds' must name at least one fact kind",
        "title: \"x\"|title: \"\"|field 'title' is required"})
    void refusesACatalogWithABadFieldNamingTheRuleAndField(String good, String bad, String message) {
        String catalog = VALID.replace(good, bad);

        assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("org.yml: rule 'configuration.hardcoded-endpoint'")
                .hasMessageContaining(message);
    }

    private static final String VALID_ACROSS_COMPONENTS = """
            rules:
              - id: multi-region.shared-contract
                version: 1
                concern: MULTI_REGION
                axis: CONTEXT
                title: "{namespace}.{name} in {componentCount} components ({components})"
                when: {kinds: [contract.avro], acrossComponents: 2, sameAttributes: [namespace, name]}
                categories: {ORCHESTRATED: CONCERNING}
                explanation: {currentState: a, atScale: b, required: c}
            """;

    @Test
    void readsARuleThatLooksAcrossTheComponentsOfASystem() {
        var rule = RuleCatalogLoader.read(new StringReader(VALID_ACROSS_COMPONENTS), "org.yml").rules().get(0);

        assertThat(rule.when().acrossComponents()).isEqualTo(2);
        assertThat(rule.when().sameAttributes()).containsExactly("namespace", "name");
        assertThat(rule.when().spansSystem()).isTrue();
    }

    @Test
    void readsARuleThatLooksAcrossContextsForFactsSharingAttributes() {
        var rule = RuleCatalogLoader.read(new StringReader(VALID_ACROSS_COMPONENTS.replace("acrossComponents: 2", "acrossContexts: 2")),
                "org.yml").rules().get(0);

        assertThat(rule.when().acrossContexts()).isEqualTo(2);
        assertThat(rule.when().sameAttributes()).containsExactly("namespace", "name");
        assertThat(rule.when().spansSystem()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "acrossComponents: 2|acrossComponents: 1|field 'when.acrossComponents' must be at least 2",
        "acrossComponents: 2|acrossComponents: 0|field 'when.acrossComponents' must be a whole number of at least 1",
        "acrossComponents: 2, |minCount: 2, |field 'when.sameAttributes' applies only with acrossComponents or acrossContexts",
        "sameAttributes: [namespace, name]|sameAttributes: name|field 'when.sameAttributes' must be a list",
        "sameAttributes: [namespace, name]|sameAttributes: [namespace, name], entityNames: [holder]|field 'when.entityNames' names holder, which is not among sameAttributes",
        "sameAttributes: [namespace, name]|sameAttributes: [namespace, name], entityNames: name|field 'when.entityNames' must be a list"})
    void refusesARuleAcrossComponentsWithABadFieldNamingIt(String good, String bad, String message) {
        String catalog = VALID_ACROSS_COMPONENTS.replace(good, bad);

        assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("org.yml: rule 'multi-region.shared-contract'")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "minCount: 3, countDistinct: target|field 'when.countDistinct' must name one attribute|minCount: 3, countDistinct: ''",
        "minCount: 3, countDistinct: target|field 'when.countDistinct' must name one attribute|minCount: 3, countDistinct: [a, b]",
        "minCount: 3, countDistinct: target|field 'when.countDistinct' applies only with minCount|countDistinct: target"})
    void readsACountOfDistinctValuesAndRefusesOneThatCannotCount(String good, String message, String bad) {
        String valid = """
                rules:
                  - id: multi-region.sync-call-fan-out
                    version: 2
                    concern: MULTI_REGION
                    axis: CONTEXT
                    title: "calls to {target}"
                    when: {kinds: [coupling.sync-internal-call], %s}
                    categories: {ORCHESTRATED: BLOCKING}
                    explanation: {currentState: a, atScale: b, required: c}
                """;

        assertThat(RuleCatalogLoader.read(new StringReader(valid.formatted(good)), "org.yml").rules().get(0).when().countDistinct())
                .isEqualTo("target");
        assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(valid.formatted(bad)), "org.yml"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("rule 'multi-region.sync-call-fan-out'")
                .hasMessageContaining(message);
    }
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | FACT",
        "'gapPer: fact'                       | FACT",
        "'gapPer: component'                  | COMPONENT",
        "'gapPer: calls'                      | field 'gapPer' 'calls' is not one of [FACT, COMPONENT]",
        "'gapPer: component, acrossComponents: 2' | field 'gapPer' cannot be component with when.acrossComponents"})
    void readsWhetherARuleGivesOneGapPerFactOrOneForTheComponent(String gapPer, String expected) {
        String[] fields = gapPer.split(", ");
        String catalog = """
                rules:
                  - id: multi-region.sync-call-fan-out
                    version: 4
                    concern: MULTI_REGION
                    axis: CONTEXT
                    title: "calls to {count} services"
                    %s
                    when: {kinds: [coupling.sync-internal-call], minCount: 3%s}
                    categories: {ORCHESTRATED: BLOCKING}
                    explanation: {currentState: a, atScale: b, required: c}
                """.formatted(fields[0], fields.length > 1 ? ", " + fields[1] : "");

        if (expected.startsWith("field")) {
            assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                    .isInstanceOf(InvalidCatalogException.class)
                    .hasMessageContaining("rule 'multi-region.sync-call-fan-out'").hasMessageContaining(expected);
        } else {
            assertThat(RuleCatalogLoader.read(new StringReader(catalog), "org.yml").rules().get(0).gapPer()).hasToString(expected);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                  | []",
        "'supersededBy: [data-sovereignty.personal-data-in-several-components]' | [data-sovereignty.personal-data-in-several-components]",
        "'supersededBy: [data-sovereignty.personal-data-owned]' | field 'supersededBy' cannot name the rule itself",
        "'supersededBy: [Several Components]'                 | field 'supersededBy' must name rule ids",
        "'supersededBy: data-sovereignty.x'                   | field 'supersededBy' must be a list"})
    void readsTheRulesThatSupersedeARuleAndRefusesItselfOrWhatIsNoRuleId(String supersededBy, String expected) {
        String catalog = """
                rules:
                  - id: data-sovereignty.personal-data-owned
                    version: 5
                    concern: DATA_SOVEREIGNTY
                    axis: CONTEXT
                    title: "{piiKind} stored"
                    %s
                    when: {kinds: [data.personal-data-stored]}
                    categories: {GOVERNED: CLEAN}
                    explanation: {currentState: a, atScale: b, required: c}
                """.formatted(supersededBy);

        if (expected.startsWith("field")) {
            assertThatThrownBy(() -> RuleCatalogLoader.read(new StringReader(catalog), "org.yml"))
                    .isInstanceOf(InvalidCatalogException.class)
                    .hasMessageContaining("rule 'data-sovereignty.personal-data-owned'").hasMessageContaining(expected);
        } else {
            assertThat(RuleCatalogLoader.read(new StringReader(catalog), "org.yml").rules().get(0).supersededBy()).hasToString(expected);
        }
    }
}
