package dev.scaleprojection.aggregator.domain;

/** How many gaps of one category opened and how many were resolved in a period; {@code net} is how much the category grew. */
public record GapFlow(int opened, int resolved) {

    public static final GapFlow NONE = new GapFlow(0, 0);

    public int net() {
        return opened - resolved;
    }

    public GapFlow plus(GapFlow other) {
        return new GapFlow(opened + other.opened, resolved + other.resolved);
    }
}
