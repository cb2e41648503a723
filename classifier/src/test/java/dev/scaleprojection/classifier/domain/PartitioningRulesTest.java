package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The partitioning rules: each fact the cross-context detector reports is told by the rule whose words fit it. */
class PartitioningRulesTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @CsvSource(delimiter = '|', value = {
        // saleor: a Django ForeignKey from the warehouse app to the channel app
        "context.cross-context-reference   | fromContext=warehouse; toContext=channel; target=Channel; relation=ForeignKey "
                + "| partitioning.cross-context-reference   | warehouse reaches into channel: Channel | object reference",
        // paperless-ngx: one transaction.atomic() writing auth's and contenttypes' models
        "context.cross-context-transaction | contexts=auth,contenttypes; writes=ContentType,Permission "
                + "| partitioning.cross-context-transaction | One transaction writes to several contexts (auth,contenttypes): ContentType,Permission "
                + "| transaction"})
    void tellsACrossContextFindingWithTheRuleWhoseTitleAndExplanationFitIt(String kind, String pairs, String rule, String title,
                                                                           String currentState) {
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : pairs.split(";")) {
            String[] nameAndValue = pair.trim().split("=", 2);
            attributes.put(nameAndValue[0], nameAndValue[1]);
        }
        Fact fact = ComponentStateTest.fact("fp-1", kind, attributes, 4);

        assertThat(classifier.classify(List.of(fact)).gaps().values()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.ruleId()).isEqualTo(rule);
            assertThat(gap.title()).isEqualTo(title).doesNotContain("?");
            assertThat(gap.explanation().currentState()).contains(currentState);
            assertThat(gap.category()).isEqualTo(dev.scaleprojection.domain.Category.BLOCKING);
        });
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // yas: Debezium publishes the order service's own table
        "database=order; tables=public.order; outbox=false | partitioning.change-data-capture        | CONCERNING "
                + "| The rows of order's tables published as they change (public.order)",
        "database=order; outbox=false                       | partitioning.change-data-capture        | CONCERNING "
                + "| The rows of order's tables published as they change",
        // the outbox event router: events the service wrote for others
        "database=order; tables=public.outbox; outbox=true  | partitioning.change-data-capture-outbox | CLEAN "
                + "| Events published from order's outbox by change data capture"})
    void tellsChangeDataCaptureOfTablesFromAnOutboxOnce(String pairs, String rule, String category, String title) {
        Map<String, String> attributes = new TreeMap<>(Map.of("connector", "postgresql", "name", "debezium-order"));
        for (String pair : pairs.split(";")) {
            String[] nameAndValue = pair.trim().split("=", 2);
            attributes.put(nameAndValue[0], nameAndValue[1]);
        }
        Fact fact = ComponentStateTest.fact("fp-1", "integration.change-data-capture", attributes, 4);

        assertThat(classifier.classify(List.of(fact)).gaps().values()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.ruleId()).isEqualTo(rule);
            assertThat(gap.title()).isEqualTo(title);
            assertThat(gap.category()).isEqualTo(dev.scaleprojection.domain.Category.valueOf(category));
        });
    }
}
