package dev.scaleprojection.aggregator.api;

import java.util.Locale;

/** How the API writes the vocabulary's constants: lower case with hyphens ({@code accruing-debt}, {@code multi-tenancy}). */
final class Names {

    private Names() {
    }

    static String of(Enum<?> constant) {
        return of(constant.name());
    }

    static String of(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
