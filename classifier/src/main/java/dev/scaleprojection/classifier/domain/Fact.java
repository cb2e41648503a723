package dev.scaleprojection.classifier.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** An observation about a component, identified by a fingerprint that survives the code moving to another line. */
public record Fact(String fingerprint, String kind, SortedMap<String, String> attributes, Evidence evidence) {

    public Fact {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("a fact needs a fingerprint");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("fact " + fingerprint + " has no kind, so no rule can classify it");
        }
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(attributes, Map.of())));
        Objects.requireNonNull(evidence, "evidence");
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
