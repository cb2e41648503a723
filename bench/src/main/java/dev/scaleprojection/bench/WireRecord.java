package dev.scaleprojection.bench;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A fact event as it travels: key (component id), value in the Confluent wire format, record timestamp (its occurredAt)
 * and, on a ScanCompleted, the scan it ends. Encoded once before any clock starts, so the classifier and the plain pipe
 * read the very same bytes and neither run pays for the producer's serialization.
 */
record WireRecord(String componentId, byte[] value, long timestamp, Optional<String> completedScanId) {

    static List<List<WireRecord>> encode(List<SyntheticOrganization.RepositoryScan> scans, Serializer<FactEvent> factSerializer) {
        List<List<WireRecord>> repositories = new ArrayList<>(scans.size());
        for (SyntheticOrganization.RepositoryScan scan : scans) {
            List<WireRecord> records = new ArrayList<>();
            for (SyntheticOrganization.ComponentScan component : scan.components()) {
                for (FactEvent event : component.events()) {
                    Optional<String> completed = event.getPayload() instanceof ScanCompleted done ? Optional.of(done.getScanId()) : Optional.empty();
                    records.add(new WireRecord(component.componentId(), factSerializer.serialize(Topics.FACTS.name(), event),
                            event.getOccurredAt().toEpochMilli(), completed));
                }
            }
            repositories.add(List.copyOf(records));
        }
        return List.copyOf(repositories);
    }

    static long count(List<List<WireRecord>> repositories) {
        return repositories.stream().mapToLong(List::size).sum();
    }
}
