package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule survives the trip through the rules topic's Avro and through the JSON of the rules store,
 * predicates and uncertainty included.
 */
class RuleMappingTest {

    static java.util.List<Rule> builtin() {
        return RuleCatalogLoader.builtin().rules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtin")
    void readsBackTheRuleItPublished(Rule rule) {
        assertThat(RuleMapping.fromAvro(RuleMapping.toAvro(rule))).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtin")
    void readsBackTheRuleTheRulesStoreWrote(Rule rule) {
        var serde = new dev.scaleprojection.platform.streams.JsonSerde<>(Rule.class);

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", rule))).isEqualTo(rule);
    }
}
