package dev.scaleprojection.classifier.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the components of one system ({@code org/system}) show the rules that look across components: per component id,
 * per rule id, the shared values of the facts that fire the rule there ({@link FactPredicate#sharedValueOf}). A
 * component that shows nothing is left out. Immutable, with sorted maps, so that it is stored the same way on replay.
 */
public record SystemView(SortedMap<String, SortedMap<String, SortedSet<String>>> components) {

    public static final SystemView EMPTY = new SystemView(new TreeMap<>());

    public SystemView {
        SortedMap<String, SortedMap<String, SortedSet<String>>> copy = new TreeMap<>();
        Objects.requireNonNullElse(components, Map.<String, SortedMap<String, SortedSet<String>>>of())
                .forEach((component, signals) -> {
                    if (!signals.isEmpty()) {
                        copy.put(component, signals(signals));
                    }
                });
        components = Collections.unmodifiableSortedMap(copy);
    }

    /** The rule ids and shared values one component shows (empty when it shows nothing). */
    public SortedMap<String, SortedSet<String>> signalsOf(String componentId) {
        return components.getOrDefault(componentId, Collections.emptySortedMap());
    }

    /** The view with what one component shows now. */
    public SystemView with(String componentId, SortedMap<String, SortedSet<String>> signals) {
        SortedMap<String, SortedMap<String, SortedSet<String>>> next = new TreeMap<>(components);
        next.put(componentId, signals);
        return new SystemView(next);
    }

    /** The components, in id order, that show the rule's facts with this shared value. */
    public SortedSet<String> componentsSharing(String ruleId, String value) {
        SortedSet<String> sharing = new TreeSet<>();
        components.forEach((component, signals) -> {
            if (signals.getOrDefault(ruleId, Collections.emptySortedSet()).contains(value)) {
                sharing.add(component);
            }
        });
        return sharing;
    }

    /** The components, in id order, other than {@code componentId}, that show any of these rules' facts. */
    public SortedSet<String> othersShowing(String componentId, Set<String> ruleIds) {
        SortedSet<String> others = new TreeSet<>();
        components.forEach((component, signals) -> {
            if (!component.equals(componentId) && signals.keySet().stream().anyMatch(ruleIds::contains)) {
                others.add(component);
            }
        });
        return others;
    }

    /** The rules for which what a component shows differs between two readings. */
    public static Set<String> changedRules(SortedMap<String, SortedSet<String>> before, SortedMap<String, SortedSet<String>> after) {
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(rule -> Objects.equals(before.get(rule), after.get(rule)));
        return changed;
    }

    /** The component's own name, without its {@code org/system/} prefix. */
    public static String nameOf(String componentId) {
        int organizationEnd = componentId.indexOf('/');
        int systemEnd = organizationEnd < 0 ? -1 : componentId.indexOf('/', organizationEnd + 1);
        return systemEnd < 0 ? componentId : componentId.substring(systemEnd + 1);
    }

    private static SortedMap<String, SortedSet<String>> signals(Map<String, ? extends Set<String>> signals) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        signals.forEach((rule, values) -> copy.put(rule, Collections.unmodifiableSortedSet(new TreeSet<>(values))));
        return Collections.unmodifiableSortedMap(copy);
    }
}
