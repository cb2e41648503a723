package dev.scaleprojection.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.ScanStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactPublisherTest {

    static final Finding DOCKERFILE = new Finding("deployment.dockerfile", Finding.DEPLOYMENT_DESCRIPTOR, "orders/Dockerfile", 1, 1,
            "FROM eclipse-temurin:17", "Dockerfile", Map.of("baseImage", "eclipse-temurin:17"));

    @Test
    void publishesEachFactThenOneScanCompletedPerComponentKeyedByComponentId() {
        ScanResult scan = new ScanResult("shop", Optional.of("abc123"), List.of(new ObservedFact("orders", DOCKERFILE, "fp-docker")),
                List.of(), new ScanStats(1, 10, Map.of()), List.of(new Component("shop", ""), new Component("orders", "orders"),
                new Component("billing", "billing")));

        FactPublisher.ScanEvents events = FactPublisher.events(scan, "acme", "shop", Instant.parse("2026-12-01T10:00:00Z"));

        // the root has nothing and is left out; billing has no facts any more, and still completes its scan
        assertThat(events.componentIds()).containsExactly("acme/shop/billing", "acme/shop/orders");
        assertThat(events.events()).extracting(e -> e.getComponentId() + " " + e.getPayload().getClass().getSimpleName()).containsExactly(
                "acme/shop/billing ScanCompleted", "acme/shop/orders FactObserved", "acme/shop/orders ScanCompleted");
        assertThat(((ScanCompleted) events.events().get(0).getPayload()).getFingerprints()).isEmpty();
        FactObserved observed = (FactObserved) events.events().get(1).getPayload();
        assertThat(observed.getEvidence().getCommit()).isEqualTo("abc123");
        assertThat(observed.getEvidence().getPath()).isEqualTo("orders/Dockerfile");
        assertThat(events.events()).allSatisfy(e -> assertThat(e.getOccurredAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aScanCompletedCarriesTheOwnerAndDomainTheCatalogNames() {
        ScanResult scan = new ScanResult("shop", Optional.empty(), List.of(new ObservedFact("orders", DOCKERFILE, "fp-docker")),
                List.of(), new ScanStats(1, 10, Map.of()), List.of(new Component("shop", ""),
                new Component("orders", "orders", Optional.of("shop"), Optional.of("team-orders"), Optional.of("commerce")),
                new Component("billing", "billing")));

        FactPublisher.ScanEvents events = FactPublisher.events(scan, "acme", "shop", Instant.parse("2026-12-01T10:00:00Z"));

        ScanCompleted billing = (ScanCompleted) events.events().get(0).getPayload();
        ScanCompleted orders = (ScanCompleted) events.events().get(2).getPayload();
        assertThat(orders.getOwner()).isEqualTo("team-orders");
        assertThat(orders.getDomain()).isEqualTo("commerce");
        assertThat(billing.getOwner()).isNull();
        assertThat(billing.getDomain()).isNull();
    }
}
