package dev.scaleprojection.bench;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.ScanCompleted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Rescans that change a score: each rescans one component of the first scans with the same facts, plus — every other
 * time that component is picked — one more hard-coded endpoint, which opens (then resolves) a Concerning gap and so moves
 * the component's coherence index and its system's and organization's scores. Components are drawn from a fixed pool.
 */
final class ScoreChanges {

    private static final Instant FIRST_CHANGE = Instant.parse("2026-06-01T00:00:00Z");

    /** One change: the rescan to publish, its event time, and the score cause it will show ({@code <componentId> scan:<scanId>}). */
    record Change(SyntheticOrganization.RepositoryScan scan, String componentId, String system, Instant changedAt, String cause) {
    }

    private final List<SyntheticOrganization.ComponentScan> pool;
    private final Map<String, Integer> timesPicked = new HashMap<>();

    ScoreChanges(List<SyntheticOrganization.RepositoryScan> firstScans, int poolSize, long seed) {
        List<SyntheticOrganization.ComponentScan> all = new ArrayList<>(firstScans.stream().flatMap(scan -> scan.components().stream()).toList());
        Collections.shuffle(all, new Random(seed));
        this.pool = List.copyOf(all.subList(0, Math.min(poolSize, all.size())));
    }

    /** The {@code index}-th change (0, 1, …): the pool's components in turn. */
    Change next(int index) {
        SyntheticOrganization.ComponentScan first = pool.get(index % pool.size());
        int picked = timesPicked.merge(first.componentId(), 1, Integer::sum);
        Instant at = FIRST_CHANGE.plus(Duration.ofSeconds(index));
        String system = first.componentId().split("/")[1];
        String scanId = system + "@change-" + index + "@" + at.toEpochMilli();
        List<FactObserved> facts = new ArrayList<>();
        String repository = "";
        String commit = "change-" + index;
        for (FactEvent event : first.events()) {
            if (event.getPayload() instanceof FactObserved fact) {
                // field by field: Avro's copying builder refuses the generated enum without a trusted-packages property
                facts.add(new FactObserved(scanId, fact.getFingerprint(), fact.getKind(), fact.getSource(), fact.getEvidence(), fact.getAttributes()));
                repository = fact.getEvidence().getRepository();
            }
        }
        if (picked % 2 == 1) {
            facts.add(extraEndpoint(scanId, repository, commit, first.componentId()));
        }
        List<FactEvent> events = new ArrayList<>();
        for (FactObserved fact : facts) {
            events.add(event(first.componentId(), scanId + "/" + fact.getFingerprint(), at, fact));
        }
        List<String> fingerprints = facts.stream().map(FactObserved::getFingerprint).distinct().sorted().toList();
        events.add(event(first.componentId(), scanId + "/completed", at, new ScanCompleted(scanId, repository, commit, fingerprints, null, null)));
        SyntheticOrganization.ComponentScan rescan = new SyntheticOrganization.ComponentScan(first.componentId(), scanId, List.copyOf(events));
        return new Change(new SyntheticOrganization.RepositoryScan(repository, List.of(rescan)), first.componentId(), system, at,
                first.componentId() + " scan:" + scanId);
    }

    private static FactObserved extraEndpoint(String scanId, String repository, String commit, String componentId) {
        String component = componentId.substring(componentId.lastIndexOf('/') + 1);
        String value = "postgresql://extra-db-" + Math.abs(componentId.hashCode() % 1000) + ".internal:5432";
        Map<String, String> attributes = new TreeMap<>(Map.of("technology", "postgresql", "host",
                value.substring("postgresql://".length(), value.lastIndexOf(':')), "value", value, "network", "private"));
        String path = component + "/src/main/java/com/example/ExtraClient.java";
        return FactObserved.newBuilder()
                .setScanId(scanId)
                .setFingerprint(String.format(Locale.ROOT, "extra-%08x", componentId.hashCode()))
                .setKind("endpoint.hardcoded")
                .setSource(FactSource.SOURCE_CODE)
                .setEvidence(new Evidence(repository, commit, path, 7, 7, "String url = \"" + value + "\";"))
                .setAttributes(attributes)
                .build();
    }

    private static FactEvent event(String componentId, String eventId, Instant at, Object payload) {
        return FactEvent.newBuilder().setEventId(eventId).setComponentId(componentId).setOccurredAt(at).setPayload(payload).build();
    }
}
