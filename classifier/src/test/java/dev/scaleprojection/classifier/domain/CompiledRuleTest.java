package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compiled form the classifier uses for every fact of every classification answers what the rule's definition
 * says: which facts fire it, and the title it gives them.
 */
class CompiledRuleTest {

    /** The title filling of earlier releases, a regular expression over the title: the reference. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.-]+)}");

    private static String filledByRegex(String title, Fact fact, Map<String, String> given) {
        Matcher matcher = PLACEHOLDER.matcher(title);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = given.containsKey(matcher.group(1)) ? given.get(matcher.group(1))
                    : fact.attributes().getOrDefault(matcher.group(1), "?");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value.isEmpty() ? "?" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static final Fact POSTGRES = ComponentStateTest.fact("fp-1", "endpoint.hardcoded",
            Map.of("technology", "postgresql", "host", "db.internal", "port", "", "path$", "x"), 3);

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Hard-coded {technology} endpoint {host}       | Hard-coded postgresql endpoint db.internal",
        "{host}:{port}                                 | db.internal:?",
        "{missing} and {technology}                    | ? and postgresql",
        "no placeholder                                | no placeholder",
        "{} {{host}} {host {technology}}               | {} {db.internal} {host postgresql}",
        "{path$} {a b} {-} {componentCount}            | {path$} {a b} ? 3",
        "trailing {                                    | trailing {",
        "{host}{technology}{                           | db.internalpostgresql{",
    })
    void fillsPlaceholdersAsTheRegularExpressionDid(String title, String expected) {
        Map<String, String> given = Map.of("componentCount", "3");
        assertThat(TitleTemplate.of(title).fill(POSTGRES, given)).isEqualTo(expected).isEqualTo(filledByRegex(title, POSTGRES, given));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "[{technology} endpoint|Endpoint] {host} ; technology=postgresql, host=db ; postgresql endpoint db",
        "[{technology} endpoint|Endpoint] {host} ; technology=unknown, host=db ; Endpoint db",
        "[{technology} endpoint|Endpoint] {host} ; host=db ; Endpoint db",
        "[{technology} endpoint|Endpoint] {host} ; technology=, host=db ; Endpoint db",
        "Published contract[ in {context}] ; context=catalog ; Published contract in catalog",
        "Published contract[ in {context}] ; context=root ; Published contract",
        "Run as [{user}|nobody] ; user=root ; Run as root",
        "Autoscaled[ from {min}][ to {max} replicas] ; max=10 ; Autoscaled to 10 replicas",
        "Autoscaled[ from {min}][ to {max} replicas] ; min=unset, max=? ; Autoscaled",
        "Autoscaled[ from {min} to {max}|] ; min=2, max=unspecified ; Autoscaled",
        "[{a} and {b}|only {b}] ; a=1, b=2 ; 1 and 2",
        "[{a} and {b}|only {b}] ; b=2 ; only 2",
        "[no placeholder]-[ |x]- ; a=1 ; no placeholder- -",
        "[{a}|{b} ; a=1, b=2 ; [1|2",
        "{a} ] [{a}] ; a=1 ; 1 ] 1"})
    void readsAChoiceAsItsSecondPartWhereAPlaceholderInItHasNoValue(String title, String pairs, String expected) {
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.trim().split("=", -1);
            attributes.put(kv[0], kv[1]);
        }
        Fact fact = ComponentStateTest.fact("fp", "endpoint.hardcoded", attributes, 1);

        assertThat(TitleTemplate.of(title).fill(fact, Map.of())).isEqualTo(expected);
        assertThat(TitleTemplate.of(title).fill(List.of(fact), Map.of())).isEqualTo(expected);
    }

    @Test
    void fillsRandomTitlesAsTheRegularExpressionDid() {
        Random random = new Random(7);
        String alphabet = "{}{}ab.-_$ h";
        Map<String, String> attributes = Map.of("a", "A", "b", "", "ab", "$1\\x", "a.b", "dotted", "h", "H");
        Fact fact = ComponentStateTest.fact("fp", "endpoint.hardcoded", attributes, 1);
        Map<String, String> given = Map.of("b", "given-b", "a-", "");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            int length = random.nextInt(16);
            for (int c = 0; c < length; c++) {
                title.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = title.toString();
            assertThat(TitleTemplate.of(text).fill(fact, given)).as(text).isEqualTo(filledByRegex(text, fact, given));
        }
    }

    /**
     * What a predicate fires on, as its definition words it: a kind it names (exactly or by prefix) and every attribute,
     * "*" standing for any value the scanner found.
     */
    private static boolean firesByDefinition(FactPredicate predicate, Fact fact) {
        boolean ofKind = predicate.kinds().stream().anyMatch(pattern -> pattern.endsWith(".*")
                ? fact.kind().startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(fact.kind()));
        return ofKind && predicate.attributes().entrySet().stream().allMatch(attribute -> attribute.getValue().equals("*")
                ? !TitleTemplate.noValue(attribute.getKey(), fact.attribute(attribute.getKey()))
                : attribute.getValue().equals(fact.attribute(attribute.getKey())));
    }

    @Test
    void firesOnExactlyTheFactsTheRulesFireOn() {
        RuleCatalog catalog = RuleCatalogLoader.builtin();
        Set<String> kinds = new LinkedHashSet<>();
        Map<String, Set<String>> values = new TreeMap<>();
        for (Rule rule : catalog.rules()) {
            for (String kind : rule.when().kinds()) {
                kinds.add(kind.endsWith(".*") ? kind.substring(0, kind.length() - 1) + "x" : kind);
                kinds.add(kind.endsWith(".*") ? kind.substring(0, kind.length() - 2) : kind + ".more");
            }
            rule.when().attributes().forEach((name, value) -> values.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        }
        kinds.add("unknown.kind");
        values.values().forEach(set -> set.add("other"));
        List<String> kindList = new ArrayList<>(kinds);
        Random random = new Random(11);
        List<CompiledRule> compiled = CompiledRule.of(catalog);
        int fired = 0;
        for (int i = 0; i < 5_000; i++) {
            Map<String, String> attributes = new TreeMap<>();
            values.forEach((name, candidates) -> {
                if (random.nextInt(3) > 0) {
                    List<String> list = new ArrayList<>(candidates);
                    attributes.put(name, list.get(random.nextInt(list.size())));
                }
            });
            Fact fact = ComponentStateTest.fact("fp-" + i, kindList.get(random.nextInt(kindList.size())), attributes, 1);
            for (CompiledRule rule : compiled) {
                boolean fires = rule.firesOn(fact);
                assertThat(fires).as(rule.rule().id() + " on " + fact).isEqualTo(firesByDefinition(rule.rule().when(), fact));
                fired += fires ? 1 : 0;
            }
        }
        assertThat(fired).as("facts that fire some rule, so that the comparison covers both answers").isGreaterThan(1_000);
    }
}
