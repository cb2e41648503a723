package dev.scaleprojection.aggregator.domain;

/** A component id {@code org/system/component}, and the scopes it rolls up to. */
public record ComponentId(String organization, String system, String component) {

    public static ComponentId parse(String id) {
        String[] parts = id.split("/", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("a component id has the form org/system/component, was '" + id + "'");
        }
        return new ComponentId(parts[0], parts[1], parts[2]);
    }

    public String systemScope() {
        return organization + "/" + system;
    }
}
