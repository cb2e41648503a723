package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which facts fire a rule: a fact of one of {@code kinds} carrying {@code attributes} fires it, provided the component
 * around it also shows every kind in {@code requires}, none in {@code absent}, at least {@code minCount} such facts and
 * such facts in at least {@code acrossContexts} named bounded contexts (their {@code context} attribute) — counting, when
 * {@code countDistinct} names an attribute, the distinct values of that attribute rather than the facts — and, when
 * {@code acrossComponents} is set, provided at least that many components of the system show such facts with the same
 * values of {@code sameAttributes} (see {@link SystemView}). With {@code acrossContexts}, only a fact in a named context
 * fires, and only where the facts sharing its values of {@code sameAttributes} name that many contexts
 * ({@link #inEnoughContexts}). Of {@code sameAttributes}, those in {@code entityNames} name an entity and are compared
 * as {@link EntityName}s: {@code PERSISTENCEUSER} is {@code PersistenceUser}, {@code Members} is {@code Member}. A kind
 * ending in {@code .*} names every kind with that prefix. An attribute wanted as {@value #ANY_VALUE} is carried with any
 * value the scanner found (not missing, empty or one it writes for "none", see {@link TitleTemplate#noValue}).
 */
public record FactPredicate(SortedSet<String> kinds, SortedMap<String, String> attributes, SortedSet<String> requires,
                            SortedSet<String> absent, int minCount, int acrossContexts, int acrossComponents,
                            List<String> sameAttributes, String countDistinct, List<String> entityNames) {

    /** Facts whose context attribute is this (or missing) were not placed in any bounded context by the scanner. */
    static final Set<String> UNNAMED_CONTEXTS = Set.of("", "root");
    /** An attribute's wanted value that any found value matches. */
    public static final String ANY_VALUE = "*";
    private static final String VALUE_SEPARATOR = "\u001f";

    public FactPredicate {
        kinds = sorted(kinds);
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(attributes, Map.of())));
        requires = sorted(requires);
        absent = sorted(absent);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a rule must name at least one fact kind");
        }
        minCount = Math.max(1, minCount);
        acrossContexts = Math.max(0, acrossContexts);
        acrossComponents = Math.max(0, acrossComponents);
        sameAttributes = List.copyOf(Objects.requireNonNullElse(sameAttributes, List.of()));
        countDistinct = Objects.requireNonNullElse(countDistinct, "");
        entityNames = List.copyOf(Objects.requireNonNullElse(entityNames, List.of()));
        if (!sameAttributes.containsAll(entityNames)) {
            throw new IllegalArgumentException("entity names must be among the same attributes: " + entityNames);
        }
    }

    public static FactPredicate of(Collection<String> kinds, Map<String, String> attributes) {
        return new FactPredicate(new TreeSet<>(kinds), new TreeMap<>(attributes), null, null, 1, 0, 0, List.of(), "", List.of());
    }

    /**
     * The fact is of a firing kind and carries the attributes. This reads the predicate into a {@link FactTest} for one
     * answer; a caller asking it of many facts (the classifier asks every rule of every fact) keeps {@link #factTest()}.
     */
    public boolean matches(Fact fact) {
        return factTest().matches(fact);
    }

    public FactTest factTest() {
        return new FactTest(this);
    }

    /**
     * {@link #matches}, read once into lookups: the exact kinds in a hash set, the {@code prefix.*} kinds apart (matched
     * by {@link #kindMatches}), the attribute conditions as arrays.
     */
    public static final class FactTest {

        private final Set<String> exactKinds = new HashSet<>();
        private final String[] kindPatterns;
        private final String[] attributeNames;
        private final String[] attributeValues;
        private final boolean[] anyValue;

        private FactTest(FactPredicate predicate) {
            List<String> patterns = new ArrayList<>();
            for (String kind : predicate.kinds()) {
                if (kind.endsWith(".*")) {
                    patterns.add(kind);
                } else {
                    exactKinds.add(kind);
                }
            }
            kindPatterns = patterns.toArray(String[]::new);
            attributeNames = predicate.attributes().keySet().toArray(String[]::new);
            attributeValues = predicate.attributes().values().toArray(String[]::new);
            anyValue = new boolean[attributeValues.length];
            for (int i = 0; i < attributeValues.length; i++) {
                anyValue[i] = ANY_VALUE.equals(attributeValues[i]);
            }
        }

        public boolean matches(Fact fact) {
            // Loops, not streams: every rule asks this of every fact of every classification.
            if (!ofKind(fact.kind())) {
                return false;
            }
            for (int i = 0; i < attributeNames.length; i++) {
                String value = fact.attribute(attributeNames[i]);
                if (anyValue[i] ? TitleTemplate.noValue(attributeNames[i], value) : !attributeValues[i].equals(value)) {
                    return false;
                }
            }
            return true;
        }

        /** A fact of this kind fires the predicate if it carries the attributes. */
        public boolean ofKind(String kind) {
            return exactKinds.contains(kind) || ofPattern(kind);
        }

        private boolean ofPattern(String kind) {
            for (String pattern : kindPatterns) {
                if (kindMatches(pattern, kind)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The component's own conditions hold, given the facts that {@link #matches} and all the component's facts. */
    public boolean holdsAmong(Collection<Fact> matching, Collection<Fact> component) {
        return count(matching) >= minCount
                && requires.stream().allMatch(kind -> component.stream().anyMatch(f -> kindMatches(kind, f.kind())))
                && absent.stream().noneMatch(kind -> component.stream().anyMatch(f -> kindMatches(kind, f.kind())))
                && matching.stream().map(f -> f.attribute("context")).filter(c -> !UNNAMED_CONTEXTS.contains(c))
                        .distinct().count() >= acrossContexts;
    }

    /**
     * Of the matching facts, those that {@code acrossContexts} lets fire: each one in a named context, among facts sharing
     * its values of {@code sameAttributes} (all of them, without it) that name at least {@code acrossContexts} contexts —
     * a field no context names, or a kind of data one context alone stores, is not stored by several. Without
     * {@code acrossContexts}, all of them.
     */
    public List<Fact> inEnoughContexts(List<Fact> matching) {
        if (acrossContexts == 0) {
            return matching;
        }
        Map<String, Set<String>> contextsByShared = new HashMap<>();
        for (Fact fact : matching) {
            String context = fact.attribute("context");
            if (!UNNAMED_CONTEXTS.contains(context)) {
                sharedValueOf(fact).ifPresent(shared -> contextsByShared.computeIfAbsent(shared, s -> new HashSet<>()).add(context));
            }
        }
        List<Fact> inEnough = new ArrayList<>();
        for (Fact fact : matching) {
            if (!UNNAMED_CONTEXTS.contains(fact.attribute("context")) && sharedValueOf(fact)
                    .map(shared -> contextsByShared.get(shared).size() >= acrossContexts).orElse(false)) {
                inEnough.add(fact);
            }
        }
        return inEnough;
    }

    /** What {@code minCount} counts: the matching facts, or the distinct non-empty values of {@code countDistinct} among them. */
    public long count(Collection<Fact> matching) {
        if (countDistinct.isEmpty()) {
            return matching.size();
        }
        return matching.stream().map(f -> f.attribute(countDistinct)).filter(v -> !v.isBlank()).distinct().count();
    }

    /** The rule looks across the components of a system, not at one component alone. */
    public boolean spansSystem() {
        return acrossComponents > 0;
    }

    /**
     * What a firing fact must share with other components' to count with them: its values of {@code sameAttributes}
     * ("" when the rule names none), those of {@code entityNames} normalised; empty when it lacks one of them, so that it
     * shares nothing.
     */
    public Optional<String> sharedValueOf(Fact fact) {
        List<String> values = sameAttributes.stream()
                .map(name -> entityNames.contains(name) ? EntityName.normalised(fact.attribute(name)) : fact.attribute(name)).toList();
        return values.stream().anyMatch(String::isBlank) ? Optional.empty() : Optional.of(String.join(VALUE_SEPARATOR, values));
    }

    static boolean kindMatches(String pattern, String kind) {
        if (!pattern.endsWith(".*")) {
            return pattern.equals(kind);
        }
        int prefix = pattern.length() - 1;
        return kind.length() >= prefix && kind.regionMatches(0, pattern, 0, prefix);
    }

    private static SortedSet<String> sorted(Collection<String> kinds) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNullElse(kinds, Set.of())));
    }
}
