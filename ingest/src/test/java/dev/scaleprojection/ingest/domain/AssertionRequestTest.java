package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssertionRequestTest {

    static final long NOW = 1_000_000L;

    static AssertionRequest waiver(String component, String author, String reason, String fingerprint, Long expires) {
        return new AssertionRequest(component, author, reason, "waive", Optional.ofNullable(fingerprint), Optional.empty(), Map.of(),
                Optional.ofNullable(expires));
    }

    @Test
    void acceptsAWaiverWithAllItsFields() {
        assertThat(waiver("acme/shop/orders", "ada", "this endpoint is a test fixture", "fp-pg", NOW + 1).problems(NOW)).isEmpty();
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Acme/Shop|ada|this endpoint is a test fixture|fp|2000000|component: must look like org/system/component",
        "acme/shop/orders||this endpoint is a test fixture|fp|2000000|author: who makes the assertion is required",
        "acme/shop/orders|ada|because|fp|2000000|reason: say why, in at least 10 characters",
        "acme/shop/orders|ada|this endpoint is a test fixture|null|2000000|target: a waiver names the finding it waives",
        "acme/shop/orders|ada|this endpoint is a test fixture|fp|999999|expires: must be in the future",
        "acme/shop/orders|ada|this endpoint is a test fixture|fp|null|expires: a waiver must expire"})
    void refusesAnAssertionNamingTheBadField(String component, String author, String reason, String fingerprint, Long expires, String problem) {
        assertThat(waiver(component, author, reason, fingerprint, expires).problems(NOW)).singleElement().asString().startsWith(problem);
    }

    @Test
    void refusesAStatementThatNamesAFinding() {
        AssertionRequest statement = new AssertionRequest("acme/shop/orders", "ada", "tenant isolation is in the repositories",
                "tenant-isolation.repository-layer", Optional.of("fp"), Optional.empty(), Map.of(), Optional.empty());

        assertThat(statement.problems(NOW)).singleElement().asString().startsWith("target: only a waiver names a finding");
    }
}
