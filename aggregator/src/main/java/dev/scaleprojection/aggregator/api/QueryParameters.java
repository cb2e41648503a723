package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.GapFilter;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the query parameters the API accepts; a value that does not parse is a 400 naming the parameter. */
final class QueryParameters {

    static final String AS_OF = "asOf";
    static final String SINCE = "since";
    static final String WEEKS = "weeks";
    static final String LEVEL = "level";

    private QueryParameters() {
    }

    /** An ISO-8601 instant such as {@code 2026-12-01T10:00:00Z}. */
    static Optional<Instant> instant(Context ctx, String name) {
        return value(ctx, name).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.badParameter(name, value, "an ISO-8601 instant such as 2026-12-01T10:00:00Z");
            }
        });
    }

    /** A whole number from {@code min} to {@code max}. */
    static Optional<Integer> number(Context ctx, String name, int min, int max) {
        return value(ctx, name).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, as any value out of range
            }
            throw ApiException.badParameter(name, value, "a whole number from " + min + " to " + max);
        });
    }

    static GapFilter gapFilter(Context ctx) {
        return new GapFilter(level(ctx, LEVEL), choice(ctx, "category", Category.class), choice(ctx, "concern", Concern.class),
                choice(ctx, "vector", ScaleVector.class));
    }

    /** A level by number (1 to 8) or by name ({@code service}). */
    static Optional<Level> level(Context ctx, String name) {
        return value(ctx, name).map(value -> {
            try {
                return value.chars().allMatch(Character::isDigit) ? Level.ofNumber(Integer.parseInt(value)) : constant(Level.class, value);
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, value, "a level from 1 to 8 or one of " + names(Level.class));
            }
        });
    }

    /** One of an enumeration's constants, written in lower case with hyphens ({@code multi-tenancy}). */
    static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type) {
        return value(ctx, name).map(value -> {
            try {
                return constant(type, value);
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, value, "one of " + names(type));
            }
        });
    }

    private static Optional<String> value(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining(", "));
    }
}
