package dev.scaleprojection.platform.process;

import java.util.Locale;

/**
 * The formatting locale of every Scale Projection process: en-US, whatever the host's. What the product writes (reports,
 * GAPS.md, messages, keys) is in English and must read the same on every machine: a host set to de-DE would otherwise
 * print {@code 1.000} and {@code 0,5}. It is also cheaper: JDK 17's {@link java.util.Formatter} looks up the decimal
 * symbols of any locale other than en-US afresh on every {@code String.format}, and Kafka Streams 4.3.1 formats one
 * message for each empty input partition of a task on every record it processes (docs/benchmarks.md measured it at 7 %
 * of the classifier's stream thread). Only the formatting category changes; messages the JVM shows are left alone.
 */
public final class ProcessLocale {

    /** The locale {@link #pin} sets for formatting. */
    public static final Locale FORMATTING = Locale.US;

    private ProcessLocale() {
    }

    /** Called first by every {@code main} that runs the product (the command line, the benchmarks). */
    public static void pin() {
        Locale.setDefault(Locale.Category.FORMAT, FORMATTING);
    }
}
