package dev.scaleprojection.ingest.inventory;

import java.util.List;

/** An inventory that cannot be used; {@link #problems()} names every bad field, e.g. {@code repositories[2].token: …}. */
public final class InvalidInventoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidInventoryException(String source, List<String> problems) {
        super("The inventory " + source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
