package dev.scaleprojection.aggregator.domain;

import java.util.Optional;

/**
 * A scope a score rolls up to, and its key in the score stores and on scores.v1: an organization ({@code acme}), a
 * system ({@code acme/shop}), or a group the catalog names within an organization — an owning team
 * ({@code acme|owner|team-payments}) or a business domain ({@code acme|domain|billing}). Group names may hold
 * {@code /} (Backstage refs such as {@code group:default/payments}), hence the separator.
 */
public record Scope(Kind kind, String organization, Optional<String> name) {

    public enum Kind { ORGANIZATION, SYSTEM, OWNER, DOMAIN }

    private static final String SEPARATOR = "|";

    public static Scope organization(String organization) {
        return new Scope(Kind.ORGANIZATION, organization, Optional.empty());
    }

    public static Scope system(String organization, String system) {
        return new Scope(Kind.SYSTEM, organization, Optional.of(system));
    }

    public static Scope owner(String organization, String owner) {
        return new Scope(Kind.OWNER, organization, Optional.of(owner));
    }

    public static Scope domain(String organization, String domain) {
        return new Scope(Kind.DOMAIN, organization, Optional.of(domain));
    }

    /** The component's owning team as a scope, if the catalog names one. */
    public static Optional<Scope> ownerOf(ComponentId id, Ownership ownership) {
        return ownership.owner().map(owner -> owner(id.organization(), owner));
    }

    /** The component's business domain as a scope, if the catalog names one. */
    public static Optional<Scope> domainOf(ComponentId id, Ownership ownership) {
        return ownership.domain().map(domain -> domain(id.organization(), domain));
    }

    public String key() {
        return switch (kind) {
            case ORGANIZATION -> organization;
            case SYSTEM -> organization + "/" + name.orElseThrow();
            case OWNER, DOMAIN -> organization + SEPARATOR + kind.name().toLowerCase(java.util.Locale.ROOT) + SEPARATOR + name.orElseThrow();
        };
    }

    /** Reads a key back: {@code org|owner|name}, {@code org|domain|name}, {@code org/system} or {@code org}. */
    public static Scope parse(String key) {
        String[] group = key.split("\\|", 3);
        if (group.length == 3 && group[1].equals("owner")) {
            return owner(group[0], group[2]);
        }
        if (group.length == 3 && group[1].equals("domain")) {
            return domain(group[0], group[2]);
        }
        String[] parts = key.split("/", 2);
        return parts.length > 1 ? system(parts[0], parts[1]) : organization(key);
    }
}
