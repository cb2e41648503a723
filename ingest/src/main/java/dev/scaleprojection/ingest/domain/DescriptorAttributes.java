package dev.scaleprojection.ingest.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/** Attribute values as descriptor detectors write them: only what is present, lists comma-joined without repeats. */
final class DescriptorAttributes {

    private DescriptorAttributes() {
    }

    static void put(Map<String, String> attributes, String name, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> attributes.put(name, v));
    }

    static void putList(Map<String, String> attributes, String name, Collection<String> values) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        values.stream().filter(v -> !v.isBlank()).forEach(distinct::add);
        if (!distinct.isEmpty()) {
            attributes.put(name, String.join(",", distinct));
        }
    }
}
