package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ObservabilityKeyStartsTest {

    @Test
    void turnsAwayOnlyKeysNoSetUpPatternFinds() {
        Random random = new Random(17);
        List<String> parts = List.of("logging.", "management.", "metrics.", "prometheus.", "otel.", "OTEL_", "Otel.",
                "OpenTelemetry.", "opentelemetry.", "spring.", "sleuth.", "spec.", "tracing.", "samplingRate", "zipkin.",
                "endpointAddress", "Serilog.", "serilog.", "structured.", "format.", "json", "config", "server.", " ",
                "\n", "x", "L", "M", "S", "O", "exposure.include", "endpoints.web.", "otlp.", "tracing.");
        int found = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(5); i >= 0; i--) {
                key.append(parts.get(random.nextInt(parts.size())));
            }
            String text = key.toString();
            boolean any = ObservabilitySetups.KEYS.stream().anyMatch(signature -> signature.pattern().matcher(text).find());
            found += any ? 1 : 0;
            if (any) {
                assertThat(ObservabilitySetups.mayBeSetUpKey(text)).as(text).isTrue();
            }
        }
        assertThat(found).isGreaterThan(500);
    }
}
