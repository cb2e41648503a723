package dev.scaleprojection.ingest.scan;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How much a scan read and what it found, counted by fact kind. */
public record ScanStats(int filesScanned, long bytesScanned, Map<String, Integer> factsByKind) {

    public ScanStats {
        factsByKind = Collections.unmodifiableMap(new TreeMap<>(factsByKind));
    }
}
