package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.Finding;

/** A finding placed in its component, with the fingerprint that identifies it across scans. */
public record ObservedFact(String component, Finding finding, String fingerprint) {
}
