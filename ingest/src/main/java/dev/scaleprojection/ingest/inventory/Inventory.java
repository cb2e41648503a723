package dev.scaleprojection.ingest.inventory;

import java.util.List;
import java.util.Optional;

/** The repositories an organization wants assessed, in the order the inventory lists them; names are unique. */
public record Inventory(List<InventoryRepository> repositories) {

    public Inventory {
        repositories = List.copyOf(repositories);
    }

    public Optional<InventoryRepository> named(String name) {
        return repositories.stream().filter(repository -> repository.name().equals(name)).findFirst();
    }

    /**
     * The repository a push names by any of its URLs ({@code clone_url}, {@code ssh_url}, {@code html_url}) or by its
     * {@code owner/name}: compared without scheme, credentials, {@code .git} suffix or case.
     */
    public Optional<InventoryRepository> matching(List<String> urlsOrFullNames) {
        List<String> wanted = urlsOrFullNames.stream().map(Inventory::comparable).toList();
        return repositories.stream().filter(InventoryRepository::remote)
                .filter(repository -> wanted.stream().anyMatch(candidate -> sameRepository(comparable(repository.location()), candidate)))
                .findFirst();
    }

    private static boolean sameRepository(String location, String candidate) {
        return location.equals(candidate) || !candidate.contains(":") && location.endsWith("/" + candidate);
    }

    /** {@code https://user@GitHub.com/Acme/Shop.git} and {@code git@github.com:acme/shop} both become {@code github.com/acme/shop}. */
    static String comparable(String location) {
        String text = location.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^[a-z+]+://", "").replaceFirst("^[^@/]+@", "").replaceAll("/+$", "").replaceAll("\\.git$", "");
        return text.replaceFirst("^([^/:]+):(?!\\d)", "$1/");
    }
}
