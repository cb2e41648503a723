package dev.scaleprojection.ingest.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A deployable part of a repository: its name ([a-z0-9-]), its repository-relative folder ("" for the root), and, when
 * a Backstage catalog declares them, the system it belongs to and its owner.
 */
public record Component(String name, String folder, Optional<String> system, Optional<String> owner) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(owner, "owner");
    }

    /** A component found from the repository's files, which say nothing of systems or owners. */
    public Component(String name, String folder) {
        this(name, folder, Optional.empty(), Optional.empty());
    }
}
