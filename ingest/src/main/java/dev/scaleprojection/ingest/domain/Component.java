package dev.scaleprojection.ingest.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A deployable part of a repository: its name ([a-z0-9-]), its repository-relative folder ("" for the root), and, when
 * a Backstage catalog declares them, the system it belongs to, its owner and its system's business domain.
 */
public record Component(String name, String folder, Optional<String> system, Optional<String> owner, Optional<String> domain) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(domain, "domain");
    }

    /** A component a catalog places in a system of no named domain. */
    public Component(String name, String folder, Optional<String> system, Optional<String> owner) {
        this(name, folder, system, owner, Optional.empty());
    }

    /** A component found from the repository's files, which say nothing of systems or owners. */
    public Component(String name, String folder) {
        this(name, folder, Optional.empty(), Optional.empty());
    }
}
