package dev.scaleprojection.ingest.publish;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.ingest.domain.Component;
import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.schemas.FactPartitioning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes a scan to the facts topic, keyed by component id ({@code org/system/component}) in the partition of its
 * system ({@link FactPartitioning}): every fact observed, then
 * one ScanCompleted per component listing the fingerprints seen, so that facts no longer observed are retracted.
 * Returns once the broker has acknowledged every record.
 */
public final class FactPublisher {

    private final Producer<String, FactEvent> producer;

    public FactPublisher(Producer<String, FactEvent> producer) {
        this.producer = producer;
    }

    public record Published(String scanId, List<String> componentIds, int facts) {
    }

    public Published publish(ScanResult scan, String organization, String system, Instant scannedAt) {
        return send(events(scan, organization, system, scannedAt), scan);
    }

    private Published send(ScanEvents events, ScanResult scan) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (FactEvent event : events.events()) {
            sent.add(producer.send(FactPartitioning.record(producer, event.getOccurredAt().toEpochMilli(), event.getComponentId(), event)));
        }
        producer.flush();
        awaitAll(sent);
        return new Published(events.scanId(), events.componentIds(), scan.facts().size());
    }

    /** A scan as the events that publish it, in publication order; the key of each is its component id. */
    public record ScanEvents(String scanId, List<String> componentIds, List<FactEvent> events) {
    }

    public static ScanEvents events(ScanResult scan, String organization, String system, Instant scannedAt) {
        return events(scan, organization, system, scannedAt, fact -> true);
    }

    /** The events of a scan that observe only the facts {@code observe} accepts; every ScanCompleted lists them all. */
    private static ScanEvents events(ScanResult scan, String organization, String system, Instant scannedAt,
                                     Predicate<ObservedFact> observe) {
        String scanId = scanId(scan, system, scannedAt);
        Map<String, List<ObservedFact>> byComponent = new TreeMap<>();
        // Every component the layout names completes its scan, so one whose facts all vanished has its gaps resolved;
        // the root, which exists in every layout, only when something was found in it.
        scan.components().stream().skip(1).forEach(component ->
                byComponent.put(componentId(organization, system, component.name()), new ArrayList<>()));
        Map<String, Component> components = new TreeMap<>();
        scan.components().forEach(component -> components.put(componentId(organization, system, component.name()), component));
        for (ObservedFact fact : scan.facts()) {
            byComponent.computeIfAbsent(componentId(organization, system, fact.component()), id -> new ArrayList<>()).add(fact);
        }
        List<FactEvent> events = new ArrayList<>();
        byComponent.forEach((componentId, facts) -> {
            for (ObservedFact fact : facts) {
                if (observe.test(fact)) {
                    events.add(event(componentId, scanId + "/" + fact.fingerprint(), scannedAt, observed(scanId, scan, fact)));
                }
            }
            List<String> fingerprints = facts.stream().map(ObservedFact::fingerprint).distinct().sorted().toList();
            events.add(event(componentId, scanId + "/completed", scannedAt,
                    completed(scanId, scan, fingerprints, Optional.ofNullable(components.get(componentId)))));
        });
        return new ScanEvents(scanId, List.copyOf(byComponent.keySet()), List.copyOf(events));
    }

    private static ScanCompleted completed(String scanId, ScanResult scan, List<String> fingerprints, Optional<Component> component) {
        return new ScanCompleted(scanId, scan.repository(), scan.commit().orElse(null), fingerprints,
                component.flatMap(Component::owner).orElse(null), component.flatMap(Component::domain).orElse(null));
    }

    // --- Continuous scanning: publishing what changed, retracting components that left the layout ---

    /**
     * Publishes a rescan as its difference with the facts published before: only facts that are new or differ in any
     * way (evidence lines, snippet, attributes, component) are observed again, while every component's ScanCompleted
     * still lists all its fingerprints, so the classifier keeps the unchanged facts from its state and retracts the rest.
     * Downstream, the result is that of {@link #publish}.
     */
    public Published publishChanges(ScanResult scan, Collection<ObservedFact> publishedBefore, String organization, String system,
                                    Instant scannedAt) {
        return send(changes(scan, publishedBefore, organization, system, scannedAt), scan);
    }

    public static ScanEvents changes(ScanResult scan, Collection<ObservedFact> publishedBefore, String organization, String system,
                                     Instant scannedAt) {
        Set<ObservedFact> unchanged = new HashSet<>(publishedBefore);
        return events(scan, organization, system, scannedAt, fact -> !unchanged.contains(fact));
    }

    /**
     * Publishes, for each component id a previous scan of this repository published and {@code scan} no longer lays
     * out, a ScanCompleted of the same scan with no fingerprints, so every fact it had is retracted downstream.
     */
    public void retract(List<String> vanishedComponentIds, ScanResult scan, String system, Instant scannedAt) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (FactEvent event : retractions(vanishedComponentIds, scan, system, scannedAt)) {
            sent.add(producer.send(FactPartitioning.record(producer, event.getOccurredAt().toEpochMilli(), event.getComponentId(), event)));
        }
        producer.flush();
        awaitAll(sent);
    }

    public static List<FactEvent> retractions(List<String> vanishedComponentIds, ScanResult scan, String system, Instant scannedAt) {
        String scanId = scanId(scan, system, scannedAt);
        return vanishedComponentIds.stream().sorted().map(componentId -> event(componentId, scanId + "/completed", scannedAt,
                completed(scanId, scan, List.of(), Optional.empty()))).toList();
    }

    static String scanId(ScanResult scan, String system, Instant scannedAt) {
        return system + "@" + scan.commit().orElse("worktree") + "@" + scannedAt.toEpochMilli();
    }

    // --- end of retraction ---

    public static String componentId(String organization, String system, String component) {
        return organization + "/" + system + "/" + component;
    }

    private static FactEvent event(String componentId, String eventId, Instant at, Object payload) {
        return FactEvent.newBuilder().setEventId(eventId).setComponentId(componentId).setOccurredAt(at).setPayload(payload).build();
    }

    private static FactObserved observed(String scanId, ScanResult scan, ObservedFact fact) {
        Finding finding = fact.finding();
        return FactObserved.newBuilder()
                .setScanId(scanId)
                .setFingerprint(fact.fingerprint())
                .setKind(finding.kind())
                .setSource(FactSource.valueOf(finding.source()))
                .setEvidence(new Evidence(scan.repository(), scan.commit().orElse(null), finding.path(),
                        finding.startLine(), finding.endLine(), finding.snippet()))
                .setAttributes(new TreeMap<>(finding.attributes()))
                .build();
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a fact: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing facts", e);
        }
    }
}
