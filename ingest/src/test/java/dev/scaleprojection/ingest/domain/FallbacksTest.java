package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FallbacksTest {

    @ParameterizedTest(name = "\"{0}\" mentions env: {1}")
    @CsvSource({
        "env.DB_URL, true",
        "process.env.DB_URL, true",
        "ENV['DB_URL'], true",
        "os.Getenv, true",
        "GetEnvironmentVariable, true",
        "name = getenv(, true",
        "n, false",
        "en, false",
        "nv, false",
        "enum Kind, false",
        "eNv, true",
        "configuration[, false"})
    void findsEnvInAnyAsciiCaseWhereverItStands(String text, boolean expected) {
        assertThat(Fallbacks.mentionsEnv(text)).isEqualTo(expected)
                .isEqualTo(text.toLowerCase(Locale.ROOT).contains("env"));
    }
}
