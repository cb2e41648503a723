package dev.scaleprojection.classifier.domain;

import java.util.Objects;
import java.util.Optional;

/** Where a fact was seen: repository, commit, file and line span, and a redacted snippet. */
public record Evidence(String repository, Optional<String> commit, String path, int startLine, int endLine, String snippet) {

    public Evidence {
        Objects.requireNonNull(repository, "repository");
        commit = Objects.requireNonNullElse(commit, Optional.empty());
        Objects.requireNonNull(path, "path");
        snippet = Objects.requireNonNullElse(snippet, "");
    }
}
