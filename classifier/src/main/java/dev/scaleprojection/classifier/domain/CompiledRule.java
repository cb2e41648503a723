package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule read once into the form the classifier asks of every fact of every classification: its exact kinds in a hash
 * set, its {@code prefix.*} kinds as prefixes, its attribute conditions as arrays and its title as a
 * {@link TitleTemplate}. {@link #firesOn} answers exactly what {@link Rule#firesOn} answers.
 */
final class CompiledRule {

    private final Rule rule;
    private final Set<String> exactKinds = new HashSet<>();
    private final String[] kindPrefixes;
    private final String[] attributeNames;
    private final String[] attributeValues;
    private final TitleTemplate title;

    CompiledRule(Rule rule) {
        this.rule = rule;
        List<String> prefixes = new ArrayList<>();
        for (String kind : rule.when().kinds()) {
            if (kind.endsWith(".*")) {
                prefixes.add(kind.substring(0, kind.length() - 1));
            } else {
                exactKinds.add(kind);
            }
        }
        kindPrefixes = prefixes.toArray(String[]::new);
        attributeNames = rule.when().attributes().keySet().toArray(String[]::new);
        attributeValues = rule.when().attributes().values().toArray(String[]::new);
        title = TitleTemplate.of(rule.title());
    }

    static List<CompiledRule> of(RuleCatalog catalog) {
        List<CompiledRule> compiled = new ArrayList<>(catalog.rules().size());
        catalog.rules().forEach(rule -> compiled.add(new CompiledRule(rule)));
        return List.copyOf(compiled);
    }

    Rule rule() {
        return rule;
    }

    boolean firesOn(Fact fact) {
        String kind = fact.kind();
        if (!exactKinds.contains(kind) && !ofPrefix(kind)) {
            return false;
        }
        for (int i = 0; i < attributeNames.length; i++) {
            if (!attributeValues[i].equals(fact.attribute(attributeNames[i]))) {
                return false;
            }
        }
        return true;
    }

    private boolean ofPrefix(String kind) {
        for (String prefix : kindPrefixes) {
            if (kind.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    String titleFor(Fact fact, Map<String, String> given) {
        return title.fill(fact, given);
    }
}
