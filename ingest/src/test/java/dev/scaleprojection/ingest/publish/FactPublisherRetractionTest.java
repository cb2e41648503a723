package dev.scaleprojection.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.ScanStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactPublisherRetractionTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void tellsEachVanishedComponentItsScanCompletedWithNothingAsPartOfTheSameScan() {
        ScanResult scan = new ScanResult("shop", Optional.of("def456"),
                List.of(new ObservedFact("orders", FactPublisherTest.DOCKERFILE, "fp-docker")), List.of(),
                new ScanStats(1, 10, Map.of()), List.of(new Component("shop", ""), new Component("orders", "orders")));
        String scanId = FactPublisher.events(scan, "acme", "shop", AT).events().get(0).getEventId().split("/")[0];

        List<FactEvent> retractions = FactPublisher.retractions(List.of("acme/shop/web", "acme/shop/billing"), scan, "shop", AT);

        assertThat(retractions).extracting(FactEvent::getComponentId).containsExactly("acme/shop/billing", "acme/shop/web");
        assertThat(retractions).allSatisfy(event -> {
            assertThat(event.getEventId()).isEqualTo(scanId + "/completed");
            assertThat(event.getOccurredAt()).isEqualTo(AT);
            assertThat(event.getPayload()).isEqualTo(new ScanCompleted(scanId, "shop", "def456", List.of(), null, null));
        });
    }
}
