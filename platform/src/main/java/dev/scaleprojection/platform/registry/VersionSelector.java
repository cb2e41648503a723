package dev.scaleprojection.platform.registry;

import java.util.OptionalInt;

/** A version as a request names it: a number from 1 up, or {@code latest} (also spelled -1, as Confluent allows). */
record VersionSelector(OptionalInt number) {

    static final VersionSelector LATEST = new VersionSelector(OptionalInt.empty());

    /** @throws RegistryError 42202 for anything else */
    static VersionSelector parse(String text) {
        if ("latest".equalsIgnoreCase(text) || "-1".equals(text)) {
            return LATEST;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return new VersionSelector(OptionalInt.of(number));
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the refusal below
        }
        throw RegistryError.invalidVersion(text);
    }

    boolean isLatest() {
        return number.isEmpty();
    }
}
