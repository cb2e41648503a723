package dev.scaleprojection.aggregator.domain;

import java.util.Optional;

/** Where a gap's fact was seen. */
public record EvidenceRef(String repository, Optional<String> commit, String path, int startLine, int endLine, String snippet) {
}
