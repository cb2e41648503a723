package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in rules that look at the whole component: which of them fire for a component's facts. */
class CoOccurrenceRulesTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());

    /** Facts written as {@code kind[@context][#target]}, each with the attributes its detector reports (a target of its own by default). */
    static List<Fact> facts(String list) {
        List<Fact> facts = new ArrayList<>();
        for (String written : list.trim().split("\\s+")) {
            String[] factAndTarget = written.split("#");
            String fact = factAndTarget[0];
            String target = factAndTarget.length > 1 ? factAndTarget[1] : "svc-" + facts.size();
            String[] kindAndContext = fact.split("@");
            Map<String, String> attributes = new TreeMap<>(Map.of("target", target, "piiKind", "email", "field", "email"));
            if (kindAndContext.length > 1) {
                attributes.put("context", kindAndContext[1]);
            }
            facts.add(ComponentStateTest.fact("fp-" + facts.size(), kindAndContext[0], attributes, facts.size() + 1));
        }
        return facts;
    }

    @ParameterizedTest(name = "[{index}] {0} → {2} fires: {1}")
    @CsvSource(delimiter = '|', value = {
        "deployment.autoscaler                                                  | true  | compute.stateless-service",
        "deployment.autoscaler state.shared-mutable-state                       | false | compute.stateless-service",
        "deployment.autoscaler state.embedded-database                          | false | compute.stateless-service",
        // jhipster-sample-app: H2 in the dev profile only, PostgreSQL in prod
        "deployment.autoscaler state.development-database                       | true  | compute.stateless-service",
        "state.development-database                                             | true  | compute.development-database",
        "state.development-database                                             | false | compute.embedded-database",
        "state.embedded-database                                                | false | compute.development-database",
        "coupling.sync-internal-call coupling.sync-internal-call                | false | multi-region.sync-call-fan-out",
        "coupling.sync-internal-call coupling.sync-internal-call coupling.sync-internal-call | true | multi-region.sync-call-fan-out",
        "coupling.sync-internal-call#cart coupling.sync-internal-call#cart coupling.sync-internal-call#cart | false | multi-region.sync-call-fan-out",
        "coupling.sync-internal-call#cart coupling.sync-internal-call#cart coupling.sync-internal-call#ads coupling.sync-internal-call#ship | true | multi-region.sync-call-fan-out",
        "data.personal-data-stored@customers data.personal-data-stored@customers | false | data-sovereignty.personal-data-in-several-contexts",
        "data.personal-data-stored@customers data.personal-data-stored@orders   | true  | data-sovereignty.personal-data-in-several-contexts",
        "data.personal-data-stored@customers data.personal-data-stored@root     | false | data-sovereignty.personal-data-in-several-contexts",
        "data.personal-data-stored@customers data.personal-data-stored@customers | true | data-sovereignty.personal-data-owned",
        "data.personal-data-stored@customers data.personal-data-stored@orders   | false | data-sovereignty.personal-data-owned"})
    void firesARuleOnlyWhenTheComponentAsAWholeShowsItsPattern(String component, boolean fires, String rule) {
        TreeSet<String> rules = new TreeSet<>();
        classifier.classify(facts(component)).gaps().values().forEach(gap -> rules.add(gap.ruleId()));

        assertThat(rules.contains(rule)).as("%s among %s", rule, rules).isEqualTo(fires);
    }

    /**
     * A component storing e-mail addresses in customers and orders, phone numbers in customers alone, and e-mail and
     * names in code no context names: only the e-mail fields of the two named contexts are stored by several contexts.
     */
    @ParameterizedTest(name = "[{index}] {0} stored by {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "email | customers | data-sovereignty.personal-data-in-several-contexts",
        "email | orders    | data-sovereignty.personal-data-in-several-contexts",
        "phone | customers | data-sovereignty.personal-data-owned",
        "email | root      | data-sovereignty.personal-data-owned",
        "name  | root      | data-sovereignty.personal-data-owned"})
    void callsAFieldStoredBySeveralContextsOnlyWhereSeveralNamedContextsStoreItsKind(String piiKind, String context, String expected) {
        List<Fact> component = new ArrayList<>();
        for (String written : List.of("email@customers", "email@orders", "phone@customers", "email@root", "name@root")) {
            String[] kindAndContext = written.split("@");
            component.add(ComponentStateTest.fact(written, "data.personal-data-stored", Map.of("piiKind", kindAndContext[0],
                    "field", kindAndContext[0], "holder", "Holder", "context", kindAndContext[1]), component.size() + 1));
        }

        TreeSet<String> rules = new TreeSet<>();
        classifier.classify(component).gaps().values().stream()
                .filter(gap -> gap.facts().get(0).fingerprint().equals(piiKind + "@" + context))
                .forEach(gap -> rules.add(gap.ruleId()));

        assertThat(rules).containsExactly(expected);
    }

    /**
     * The method's categories: Concerning asks for logic (a deadline and a fallback in the caller), Blocking for a
     * rethink (where the boundary lies). One explanation serves both gaps of a call, so it says which change is which,
     * and what it requires is the rethink, with the logic change as what the call needs until then.
     */
    @ParameterizedTest(name = "[{index}] {0} says {1}, not {2}")
    @CsvSource(delimiter = '|', value = {
        "required    | Rethink the boundary                  | keep the callee in the caller's region",
        "required    | command that must answer now          | give the call a deadline",
        "required    | events                                | ''",
        "required    | A deadline and a fallback are what the call needs until then, not the fix | ''",
        "atScale     | a logic change (Concerning)           | ''",
        "atScale     | (Blocking at Scaled)                  | ''",
        "remediation | until then, put a deadline            | ''"})
    void explainsASynchronousCallWithTheChangeEachOfItsCategoriesNames(String part, String says, String doesNotSay) {
        Gap gap = classifier.classify(facts("coupling.sync-internal-call#payment")).gaps().values().stream()
                .filter(g -> g.ruleId().equals("multi-region.sync-internal-call")).findFirst().orElseThrow();
        Explanation explanation = gap.explanation();
        String text = switch (part) {
            case "required" -> explanation.required();
            case "atScale" -> explanation.atScale();
            default -> explanation.remediation();
        };

        assertThat(text).contains(says);
        if (!doesNotSay.isEmpty()) {
            assertThat(text).doesNotContain(doesNotSay);
        }
    }

    /** microblog: `os.environ.get('DATABASE_URL') or 'sqlite:///' + …` — the embedded database is the default when none is named. */
    @ParameterizedTest(name = "[{index}] overriddenBy={0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "environment   | compute.embedded-database-fallback CLEAN SERVICE",
        "configuration | compute.embedded-database-fallback CLEAN SERVICE",
        // what a scanner writes for "none" is no value: the database is the component's own
        "unset         | compute.embedded-database BLOCKING ORCHESTRATED, compute.embedded-database CONCERNING SERVICE",
        "''            | compute.embedded-database BLOCKING ORCHESTRATED, compute.embedded-database CONCERNING SERVICE"})
    void callsAnEmbeddedDatabaseUsedOnlyWhenNoneIsConfiguredAConnectionStringAway(String overriddenBy, String expected) {
        Map<String, String> attributes = new TreeMap<>(Map.of("engine", "sqlite", "mode", "file"));
        if (!overriddenBy.isEmpty()) {
            attributes.put("overriddenBy", overriddenBy);
        }
        Fact sqlite = ComponentStateTest.fact("fp-sqlite", "state.embedded-database", attributes, 1);

        assertThat(classifier.classify(List.of(sqlite)).gaps().values().stream()
                .map(gap -> gap.ruleId() + " " + gap.category() + " " + gap.targetLevel()).sorted().toList())
                .containsExactlyElementsOf(List.of(expected.split(", ")));
    }
}
