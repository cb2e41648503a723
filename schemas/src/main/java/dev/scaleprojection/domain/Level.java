package dev.scaleprojection.domain;

import java.util.Optional;

/** Levels of domain understanding, lowest first. Non-linear: each is a different kind of problem, not more of the same. */
public enum Level {
    CHAT, SCRIPT, PROJECT, SERVICE, COMPOSED, ORCHESTRATED, GOVERNED, SCALED;

    public int number() {
        return ordinal() + 1;
    }

    public Optional<Level> next() {
        return this == SCALED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    public static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Level ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("level must be between 1 and " + values().length + ", was " + number);
        }
        return values()[number - 1];
    }
}
