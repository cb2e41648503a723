package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTest {

    private static Rule rule(Map<Level, Category> categories) {
        return new Rule("compute.embedded-database", 1, dev.scaleprojection.domain.Concern.COMPUTE, dev.scaleprojection.domain.Axis.STATE,
                java.util.List.of(), "Embedded {engine}", FactPredicate.of(java.util.Set.of("state.embedded-database"), Map.of()),
                new TreeMap<>(categories), java.util.Optional.empty(), new Explanation("now", "at scale", "required", ""));
    }

    @ParameterizedTest(name = "a component at {0} gets {1}")
    @CsvSource(delimiter = ';', value = {
        "SCRIPT;       {SERVICE=CONCERNING, ORCHESTRATED=BLOCKING}",
        "SERVICE;      {COMPOSED=CONCERNING, ORCHESTRATED=BLOCKING}",
        "COMPOSED;     {ORCHESTRATED=BLOCKING}",
        "ORCHESTRATED; {GOVERNED=BLOCKING}",
        "SCALED;       {}"})
    void projectsThresholdsAlreadyReachedOntoTheNextLevel(Level current, String expected) {
        Rule rule = rule(Map.of(Level.SERVICE, Category.CONCERNING, Level.ORCHESTRATED, Category.BLOCKING));

        assertThat(rule.categoriesAbove(current)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"engine=h2; Embedded h2", "other=x; Embedded ?"})
    void fillsTitlePlaceholdersFromFactAttributes(String attribute, String title) {
        String[] pair = attribute.split("=");
        Fact fact = ComponentStateTest.fact("fp", "state.embedded-database", Map.of(pair[0], pair[1]), 1);

        assertThat(rule(Map.of(Level.SERVICE, Category.CONCERNING)).titleFor(fact)).isEqualTo(title);
    }
}
