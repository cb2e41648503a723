package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The observed Clean signature of partitioning: entities holding other contexts' entities by id are one Clean gap for
 * the component, unless an ORM reference or a transaction across contexts in the same component says otherwise.
 */
class ReferencesByIdObservedRuleTest {

    private static final String RULE = "partitioning.references-by-id-observed";

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    /** Facts written as {@code kind[:from>to:Target]}. */
    private static List<Fact> facts(String written) {
        List<Fact> facts = new ArrayList<>();
        for (String fact : written.trim().split("\\s+")) {
            String[] parts = fact.split(":");
            Map<String, String> attributes = parts.length == 1 ? Map.of("contexts", "a,b", "writes", "A,B")
                    : Map.of("fromContext", parts[1].split(">")[0], "toContext", parts[1].split(">")[1],
                    "context", parts[1].split(">")[0], "target", parts[2], "holder", "Holder", "field", "id");
            facts.add(ComponentStateTest.fact("fp-" + facts.size(), parts[0], attributes, facts.size() + 1));
        }
        return facts;
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // kgrzybek/modular-monolith-with-ddd: MeetingFee keeps a MeetingId
        "context.reference-by-id:payments>meetings:Meeting "
                + "| Aggregates of payments refer to meetings by id: Meeting",
        "context.reference-by-id:payments>meetings:Meeting context.reference-by-id:administration>useraccess:User "
                + "| 'Aggregates of administration, payments refer to meetings, useraccess by id: Meeting, User'",
        // saleor: a by-value id beside ForeignKeys across apps — the relations decide
        "context.reference-by-id:order>product:ProductVariant context.cross-context-reference:order>account:User | none",
        "context.reference-by-id:payments>meetings:Meeting context.cross-context-transaction | none"})
    void tellsReferencesByIdCleanOnlyWhereNoReferenceOrTransactionCrossesContextsInTheComponent(String component, String title) {
        List<Gap> gaps = classifier.classify(facts(component)).gaps().values().stream()
                .filter(gap -> gap.ruleId().equals(RULE)).toList();

        if (title == null) {
            assertThat(gaps).isEmpty();
        } else {
            assertThat(gaps).singleElement().satisfies(gap -> {
                assertThat(gap.title()).isEqualTo(title);
                assertThat(gap.category()).isEqualTo(Category.CLEAN);
                assertThat(gap.targetLevel()).isEqualTo(Level.COMPOSED);
                assertThat(gap.explanation().currentState()).contains("by value");
            });
        }
    }
}
