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
}
