package dev.scaleprojection.ingest.domain;

import java.util.Map;
import java.util.TreeMap;

/** A finding as a test table writes it: kind, line, anchor and the attributes that matter for the case. */
record Expected(String kind, int line, String anchor, Map<String, String> attributes) {

    static Expected of(String kind, int line, String anchor, String... keyValues) {
        Map<String, String> attributes = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            attributes.put(keyValues[i], keyValues[i + 1]);
        }
        return new Expected(kind, line, anchor, attributes);
    }

    boolean matches(Finding finding) {
        return finding.kind().equals(kind) && finding.startLine() == line && finding.anchor().equals(anchor)
                && finding.attributes().entrySet().containsAll(attributes.entrySet());
    }

    @Override
    public String toString() {
        return kind + " at line " + line + " [" + anchor + "] " + attributes;
    }
}
