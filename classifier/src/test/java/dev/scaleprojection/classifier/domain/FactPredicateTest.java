package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Co-occurrence across a component's facts: required and absent kinds, a minimum count, and several bounded contexts. */
class FactPredicateTest {

    private static Set<String> kinds(String list) {
        return list == null || list.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(list.trim().split("\\s+")));
    }

    /** Facts written as {@code kind@context}, numbered in order. */
    private static List<Fact> facts(String list) {
        List<Fact> facts = new ArrayList<>();
        for (String fact : list.trim().split("\\s+")) {
            String[] kindAndContext = fact.split("@");
            Map<String, String> attributes = kindAndContext.length > 1 ? Map.of("context", kindAndContext[1]) : Map.of();
            facts.add(ComponentStateTest.fact("fp-" + facts.size(), kindAndContext[0], attributes, facts.size() + 1));
        }
        return facts;
    }

    @ParameterizedTest(name = "[{index}] requires [{1}] absent [{2}] min {3} contexts {4} among {0}: {5}")
    @CsvSource(delimiter = '|', value = {
        "coupling.call                                   |                        |                  | 1 | 0 | true",
        "coupling.call                                   | deployment.autoscaler  |                  | 1 | 0 | false",
        "coupling.call deployment.autoscaler             | deployment.autoscaler  |                  | 1 | 0 | true",
        "coupling.call contract.openapi                  |                        | contract.*       | 1 | 0 | false",
        "coupling.call contract.avro                     |                        | contract.openapi | 1 | 0 | true",
        "coupling.call coupling.call                     |                        |                  | 3 | 0 | false",
        "coupling.call coupling.call coupling.call       |                        |                  | 3 | 0 | true",
        "coupling.call@orders coupling.call@orders       |                        |                  | 1 | 2 | false",
        "coupling.call@orders coupling.call@customers    |                        |                  | 1 | 2 | true",
        "coupling.call@orders coupling.call@root         |                        |                  | 1 | 2 | false",
        "coupling.call@orders contract.avro@customers    |                        |                  | 1 | 2 | false"})
    void firesOnlyWhenTheComponentShowsWhatThePredicateAsks(String component, String requires, String absent, int minCount,
                                                           int acrossContexts, boolean fires) {
        FactPredicate predicate = new FactPredicate(new TreeSet<>(Set.of("coupling.call")), null, new TreeSet<>(kinds(requires)),
                new TreeSet<>(kinds(absent)), minCount, acrossContexts, 0, List.of(), "", List.of());
        List<Fact> facts = facts(component);

        List<Fact> matching = facts.stream().filter(predicate::matches).toList();

        assertThat(predicate.holdsAmong(matching, facts)).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource({"contract.*, contract.openapi, true", "contract.*, contractor.x, false", "contract.openapi, contract.openapi.v2, false"})
    void readsATrailingWildcardAsAPrefixOfKinds(String pattern, String kind, boolean matches) {
        assertThat(FactPredicate.kindMatches(pattern, kind)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "[{index}] calls to [{0}], at least {1} distinct targets: {2}")
    @CsvSource(delimiter = '|', value = {
        "cart cart cart         | 3 | false",
        "cart catalog shipping  | 3 | true",
        "cart cart catalog      | 2 | true",
        "cart                   | 1 | true"})
    void countsDistinctValuesOfAnAttributeWhenAsked(String targets, int minCount, boolean fires) {
        // given one call fact per target, and a predicate counting distinct targets
        FactPredicate predicate = new FactPredicate(new TreeSet<>(Set.of("coupling.call")), null, null, null, minCount, 0, 0,
                List.of(), "target", List.of());
        List<Fact> facts = new ArrayList<>();
        for (String target : targets.trim().split("\\s+")) {
            facts.add(ComponentStateTest.fact("fp-" + facts.size(), "coupling.call", Map.of("target", target), facts.size() + 1));
        }

        // then it holds only with enough distinct targets
        assertThat(predicate.holdsAmong(facts, facts)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "[{index}] kinds [{0}] let a fact of kind {1} fire: {2}")
    @CsvSource(delimiter = '|', value = {
        "endpoint.hardcoded                  | endpoint.hardcoded   | true",
        "endpoint.hardcoded endpoint.configured | endpoint.configured | true",
        "endpoint.*                          | endpoint.configured  | true",
        "endpoint.*                          | endpoints.configured | false",
        "endpoint.hardcoded                  | endpoint.configured  | false",
        "state.*                             | endpoint.hardcoded   | false",
    })
    void tellsTheKindsWhoseFactsCanFireItSoTheClassifierAsksEachFactOnlyTheRulesOfItsKind(String kinds, String kind, boolean fires) {
        assertThat(FactPredicate.of(kinds(kinds), Map.of()).factTest().ofKind(kind)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "[{index}] {0}={1} for {2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "overriddenBy | *           | environment | true",
        "overriddenBy | *           | unset       | false",
        "overriddenBy | *           | unknown     | false",
        "overriddenBy | *           |             | false",
        "context      | *           | root        | false",
        "context      | *           | orders      | true",
        "overriddenBy | environment | environment | true",
        "overriddenBy | environment | config      | false"})
    void wantsAnAttributeWithAnyValueTheScannerFoundWhenAskedForStar(String attribute, String wanted, String value, boolean matches) {
        FactPredicate predicate = FactPredicate.of(List.of("state.embedded-database"), Map.of(attribute, wanted));
        Map<String, String> attributes = value == null ? Map.of() : Map.of(attribute, value);

        assertThat(predicate.matches(ComponentStateTest.fact("fp", "state.embedded-database", attributes, 1))).isEqualTo(matches);
    }
}
