package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.Finding;

/**
 * A finding that is never published but that facts of other files depend on — an entity a file declares or an id
 * field it holds ({@link dev.scaleprojection.ingest.domain.ReferencesById}) — placed in its file's component, so that
 * a rescan can resolve the references again without reading the files that did not change.
 */
public record EntityIndexEntry(String component, Finding finding) {
}
