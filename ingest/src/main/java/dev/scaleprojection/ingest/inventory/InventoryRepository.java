package dev.scaleprojection.ingest.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * One repository of an organization's inventory: where it is ({@code location}, a git URL or a local folder), whose it
 * is (organization and system), which branch to follow, and the names of the environment variables holding its
 * credentials; never the credentials themselves.
 */
public record InventoryRepository(String name, String location, boolean remote, String organization, String system,
                                  Optional<String> branch, Optional<String> tokenEnv, Optional<String> usernameEnv) {

    public InventoryRepository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        Objects.requireNonNull(usernameEnv, "usernameEnv");
    }

    /** A local folder, scanned where it is, owned by {@code organization}. */
    public static InventoryRepository local(String name, String path, String organization, String system) {
        return new InventoryRepository(name, path, false, organization, system, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A git URL, cloned and fetched by the scanner, owned by {@code organization}. */
    public static InventoryRepository remote(String name, String url, String organization, String system) {
        return new InventoryRepository(name, url, true, organization, system, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
