package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.ScaleVector;
import dev.scaleprojection.domain.Category;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classification rule as data: facts of the named kinds (with the given attribute values) fire it, and from each
 * threshold level on the change it asks for falls in the given category. Titles may name fact attributes as {name}.
 */
public record Rule(String id, int version, Concern concern, Axis axis, List<ScaleVector> scaleVectors, String title,
                   Set<String> factKinds, SortedMap<String, String> attributeEquals,
                   SortedMap<Level, Category> categories, Explanation explanation) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.-]+)}");

    public Rule {
        scaleVectors = List.copyOf(scaleVectors);
        factKinds = Set.copyOf(factKinds);
        attributeEquals = Collections.unmodifiableSortedMap(new TreeMap<>(attributeEquals));
        categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no categories");
        }
    }

    public String reference() {
        return id + "@" + version;
    }

    public boolean firesOn(Fact fact) {
        return factKinds.contains(fact.kind())
                && attributeEquals.entrySet().stream().allMatch(e -> e.getValue().equals(fact.attribute(e.getKey())));
    }

    /** The title with {attribute} placeholders filled from the fact; unknown attributes read as "?". */
    public String titleFor(Fact fact) {
        Matcher matcher = PLACEHOLDER.matcher(title);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = fact.attributes().getOrDefault(matcher.group(1), "?");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value.isEmpty() ? "?" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * The category per target level for a component now at {@code current}: each threshold applies from its level,
     * and one already reached is projected onto the next level up.
     */
    public SortedMap<Level, Category> categoriesAbove(Level current) {
        SortedMap<Level, Category> projected = new TreeMap<>();
        current.next().ifPresent(next -> categories.forEach((from, category) -> projected.put(Level.max(from, next), category)));
        return projected;
    }
}
