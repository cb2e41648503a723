package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.scan.ScanStats;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Asserts that a rescan equals a full scan of the same commit: the same facts, components, skipped files, entity index,
 * event handler files, client app folders and ScanCompleted fingerprint lists; and that publishing only the facts that changed since {@code previous} leaves
 * the classifier with the facts a full publication would.
 */
final class FullScanEquality {

    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");

    private FullScanEquality() {
    }

    static void assertSameAsFullScan(ScanResult result, ScanResult full, RepositoryState previous) {
        assertThat(result.commit()).isEqualTo(full.commit());
        assertThat(result.facts()).containsExactlyElementsOf(full.facts());
        assertThat(result.components()).containsExactlyElementsOf(full.components());
        assertThat(result.skipped()).containsExactlyElementsOf(full.skipped());
        assertThat(result.entityIndex()).containsExactlyElementsOf(full.entityIndex());
        assertThat(result.eventHandlers()).containsExactlyElementsOf(full.eventHandlers());
        assertThat(result.clientAppFolders()).containsExactlyElementsOf(full.clientAppFolders());
        assertThat(result.stats().factsByKind()).isEqualTo(full.stats().factsByKind());
        assertThat(FactPublisher.events(result, "acme", "shop", AT)).isEqualTo(FactPublisher.events(full, "acme", "shop", AT));
        assertThat(inForceAfter(FactPublisher.changes(result, previous.facts(), "acme", "shop", AT), previous))
                .isEqualTo(inForceAfter(FactPublisher.events(full, "acme", "shop", AT), previous));
    }

    /**
     * The facts in force per component once the classifier has folded {@code events} over the previously published
     * scan, as it does: each ScanCompleted keeps the facts it lists, newly observed or else from before. Scan ids and
     * the commit in the evidence are left out: a fact unchanged since an earlier commit keeps that commit.
     */
    private static Map<String, Map<String, FactObserved>> inForceAfter(FactPublisher.ScanEvents events, RepositoryState previous) {
        ScanResult before = new ScanResult("shop", Optional.of(previous.commit()), previous.facts(), previous.skipped(),
                new ScanStats(0, 0, Map.of()), previous.layout());
        Map<String, FactObserved> known = new TreeMap<>();
        FactPublisher.events(before, "acme", "shop", AT.minusSeconds(60)).events().forEach(e -> remember(known, e));
        events.events().forEach(e -> remember(known, e));
        Map<String, Map<String, FactObserved>> inForce = new TreeMap<>();
        for (FactEvent event : events.events()) {
            if (event.getPayload() instanceof ScanCompleted completed) {
                Map<String, FactObserved> facts = new TreeMap<>();
                completed.getFingerprints().forEach(f -> facts.put(f, known.get(event.getComponentId() + " " + f)));
                inForce.put(event.getComponentId(), facts);
            }
        }
        return inForce;
    }

    private static void remember(Map<String, FactObserved> known, FactEvent event) {
        if (event.getPayload() instanceof FactObserved observed) {
            known.put(event.getComponentId() + " " + observed.getFingerprint(), FactObserved.newBuilder(observed).setScanId("")
                    .setEvidence(Evidence.newBuilder(observed.getEvidence()).setCommit(null).build()).build());
        }
    }
}
