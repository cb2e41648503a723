package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Personal data leaving its context, by the channel the detector reports: out of the process (an event, an HTTP call,
 * an analytics vendor) every receiver keeps a copy and the contract is the rethink; in a log line the fix stays a
 * logic change in that line.
 */
class PersonalDataEgressRulesTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    private static Fact egress(String channel) {
        return ComponentStateTest.fact("fp-1", "data.personal-data-egress",
                Map.of("channel", channel, "piiKind", "email", "field", "email", "holder", "EmailService", "context", "notification",
                        "expression", "recipient.getEmail()"), 52);
    }

    /** The gaps of a component at 3 Project with the one fact: rule → category per target level. */
    private Map<String, Map<Level, Category>> gapsOf(Fact fact) {
        Fact project = ComponentStateTest.fact("fp-pom", "build.manifest", Map.of(), 1);
        return classifier.classify(List.of(fact, project)).gaps().values().stream()
                .collect(Collectors.groupingBy(Gap::ruleId, TreeMap::new,
                        Collectors.toMap(Gap::targetLevel, Gap::category, (a, b) -> a, TreeMap::new)));
    }

    @ParameterizedTest(name = "channel {0}: {1}, {2}")
    @CsvSource(delimiter = '|', value = {
        "event     | data-sovereignty.personal-data-leaves-context | {SERVICE=CONCERNING, GOVERNED=BLOCKING}",
        "http      | data-sovereignty.personal-data-in-call         | {SERVICE=CONCERNING, GOVERNED=BLOCKING}",
        "analytics | data-sovereignty.personal-data-to-analytics    | {SERVICE=CONCERNING, GOVERNED=BLOCKING}",
        "log       | data-sovereignty.personal-data-in-log          | {SERVICE=CONCERNING}",
        // the address must reach the mail provider: which provider, where, is configuration
        "mail      | data-sovereignty.personal-data-by-mail         | {SERVICE=CLEAN}"})
    void categorizesPersonalDataLeavingItsContextByTheChannelItLeavesBy(String channel, String rule, String categoriesByTarget) {
        Map<String, Map<Level, Category>> gaps = gapsOf(egress(channel));

        assertThat(gaps).containsOnlyKeys(rule);
        assertThat(gaps.get(rule)).hasToString(categoriesByTarget);
    }

    @ParameterizedTest(name = "channel {0} fires no egress rule")
    @CsvSource({"''", "websocket"})
    void firesNoEgressRuleOnAChannelItDoesNotKnow(String channel) {
        assertThat(gapsOf(egress(channel))).isEmpty();
    }

    @ParameterizedTest(name = "channel {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "event     | Personal data (email) carried in an event: EmailService.email",
        "http      | Personal data (email) sent in an HTTP call from EmailService: recipient.getEmail()",
        "analytics | Personal data (email) sent to an analytics service from EmailService: recipient.getEmail()",
        "log       | Personal data (email) written to a log in EmailService: recipient.getEmail()",
        "mail      | Personal data (email) sent by mail from EmailService: recipient.getEmail()"})
    void titlesTheGapWithTheChannelAndTheField(String channel, String title) {
        assertThat(classifier.classify(List.of(egress(channel))).gaps().values()).extracting(Gap::title).containsOnly(title);
    }

    @org.junit.jupiter.api.Test
    void explainsALoggedFieldAsAChangeToTheLogStatementNotToTheModel() {
        Gap gap = classifier.classify(List.of(egress("log"))).gaps().values().iterator().next();

        assertThat(gap.explanation().required()).contains("log statement").contains("not in the model");
        assertThat(gap.explanation().atScale()).contains("residency and erasure");
    }
}
