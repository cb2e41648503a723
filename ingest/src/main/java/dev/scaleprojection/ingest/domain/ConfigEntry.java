package dev.scaleprojection.ingest.domain;

/** One key and value of a configuration file: {@code spring.datasource.url}, its value, the 1-based line. */
public record ConfigEntry(String key, String value, int line) {
}
