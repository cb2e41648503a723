package dev.scaleprojection.classifier.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.InMemoryPendingFacts;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.classifier.topology.SystemFold;
import dev.scaleprojection.classifier.testing.AvroOnBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.FactPartitioning;
import dev.scaleprojection.schemas.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classifier application on a real broker: a replay under a fresh application id gives byte-identical gap changes,
 * rules across a system's components included; two instances sharing the work through a rebalance in the middle of a
 * stream lose and duplicate nothing; and facts published by component id, before partitioning by system, are still
 * classified system by system.
 * The tests share one broker and facts topic; each reads only its own system's components, and the rebalance test
 * runs first so that no other application has processed its facts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassifierOnBrokerTest {

    @TempDir
    static Path dataDir;
    static AvroOnBroker avro;

    @BeforeAll
    static void start() {
        avro = AvroOnBroker.start(dataDir);
        new TopicAdministrator(avro.broker().bootstrapServers()).ensure(Topics.PIPELINE, 3, Optional.of((short) 1));
    }

    @AfterAll
    static void stop() {
        avro.close();
    }

    static ClassifierTopology.ClassifierSerdes serdes() {
        return avro.serdes();
    }

    static StreamsSettings settings(String instance) {
        return new StreamsSettings(avro.broker().bootstrapServers(), dataDir.resolve("streams-" + instance), 1, 1);
    }

    /**
     * Scans of {@code components} components spread over four systems ({@code acme/<name>-<n>}), each scanned
     * {@code rounds} times with one endpoint changing per round; every other component stores e-mail addresses, one round
     * in two, so that the rule looking across a system's components opens and resolves gaps in its siblings.
     */
    static List<FactEvent> scans(String name, int components, int rounds) {
        List<FactEvent> events = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Instant at = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(3600L * round);
            for (int c = 0; c < components; c++) {
                String componentId = "acme/" + name + "-" + (c % 4) + "/component-" + c;
                String scanId = name + "-" + c + "@" + round;
                List<String> fingerprints = new ArrayList<>();
                fingerprints.add(fact(events, componentId, scanId, at, "docker-" + c, "deployment.dockerfile", Map.of()));
                fingerprints.add(fact(events, componentId, scanId, at, "pg-" + c + "-" + round, "endpoint.hardcoded",
                        Map.of("technology", "postgresql", "host", "db-" + round + ".internal")));
                fingerprints.add(fact(events, componentId, scanId, at, "redis-" + c, "endpoint.configured",
                        Map.of("technology", "redis", "host", "cache.internal")));
                if (c % 3 == 0) {
                    fingerprints.add(fact(events, componentId, scanId, at, "h2-" + c, "state.embedded-database",
                            Map.of("engine", "h2", "mode", "memory")));
                }
                if (c % 2 == 0 && (c / 4 + round) % 2 == 0) {
                    fingerprints.add(fact(events, componentId, scanId, at, "email-" + c, "data.personal-data-stored",
                            Map.of("piiKind", "email", "field", "email", "holder", "Customer", "context", "customers")));
                }
                events.add(FactEvent.newBuilder().setEventId(scanId + "/completed").setComponentId(componentId).setOccurredAt(at)
                        .setPayload(new ScanCompleted(scanId, name, "c" + round, fingerprints, null, null)).build());
            }
        }
        return events;
    }

    private static String fact(List<FactEvent> events, String componentId, String scanId, Instant at, String fingerprint,
                               String kind, Map<String, String> attributes) {
        events.add(FactEvent.newBuilder().setEventId(scanId + "/" + fingerprint).setComponentId(componentId).setOccurredAt(at)
                .setPayload(FactObserved.newBuilder().setScanId(scanId).setFingerprint(fingerprint).setKind(kind)
                        .setSource(FactSource.SOURCE_CODE).setAttributes(attributes)
                        .setEvidence(new Evidence(componentId, "c", "src/" + fingerprint + ".java", 7, 7, "snippet")).build())
                .build());
        return fingerprint;
    }

    static void publish(List<FactEvent> events) throws Exception {
        try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), avro.facts().serializer())) {
            for (FactEvent event : events) {
                producer.send(FactPartitioning.record(producer, event.getOccurredAt().toEpochMilli(), event.getComponentId(), event));
            }
            producer.flush();
        }
    }

    /** A consumer of every partition of the gaps topic, from its start, reading with this isolation level. */
    private static KafkaConsumer<String, byte[]> gapsFromTheStart(String isolationLevel) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.GAPS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Every committed record on the gaps topic, per component, in order. */
    static Map<String, List<byte[]>> gapsByComponent(String system, int expected) {
        Map<String, List<byte[]>> byComponent = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = gapsFromTheStart("read_committed")) {
            int[] seen = {0};
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().startsWith("acme/" + system + "-")) {
                        byComponent.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
                        seen[0]++;
                    }
                });
                return seen[0] >= expected;
            });
            // nothing beyond what is expected may follow: a duplicate would show up here
            consumer.poll(Duration.ofSeconds(2)).forEach(r -> {
                if (r.key().startsWith("acme/" + system + "-")) {
                    byComponent.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
                }
            });
        }
        return byComponent;
    }

    /** What the classifier must emit for these events, per component, computed by the same fold without Kafka. */
    static Map<String, List<GapChanged>> expectedRounds(List<FactEvent> events) {
        Classifier classifier = new Classifier(RuleCatalogLoader.builtin());
        InMemoryPendingFacts pending = new InMemoryPendingFacts();
        Map<String, ComponentState> states = new HashMap<>();
        Map<String, SystemView> systems = new HashMap<>();
        Map<String, List<GapChanged>> rounds = new LinkedHashMap<>();
        for (FactEvent event : events) {
            SystemFold.Folded folded = SystemFold.apply(event, states::get, systems::get, pending, () -> classifier);
            states.putAll(folded.states());
            folded.system().ifPresent(view -> systems.put(FactPartitioning.systemOf(event.getComponentId()), view));
            folded.release().run();
            assertThat(folded.failedSiblings()).isEmpty();
            folded.rounds().forEach(round -> rounds.computeIfAbsent(round.getComponentId(), k -> new ArrayList<>()).add(round));
        }
        return rounds;
    }

    @Test
    @Order(2)
    void replaysTheSameLogUnderAFreshApplicationIdToByteIdenticalGapChanges() throws Exception {
        // given a log of facts: 12 components of four systems, each scanned three times, some sharing personal data
        List<FactEvent> events = scans("replay", 12, 3);
        publish(events);
        Map<String, List<GapChanged>> expected = expectedRounds(events);
        int rounds = expected.values().stream().mapToInt(List::size).sum();
        assertThat(expected.values().stream().flatMap(List::stream).filter(round -> !round.getCause()
                .startsWith("scan:replay-" + round.getComponentId().substring(round.getComponentId().indexOf("component-") + 10) + "@"))
                .count()).as("rounds of a component caused by a sibling's scan").isPositive();

        // when the classifier processes it, and then a fresh application replays it from the start
        try (ClassifierApp first = ClassifierApp.start(settings("first"), "replay-first", serdes(), RuleCatalogLoader.builtin(), 3)) {
            gapsByComponent("replay", rounds);
        }
        try (ClassifierApp replay = ClassifierApp.start(settings("replay"), "replay-second", serdes(), RuleCatalogLoader.builtin(), 3)) {
            Map<String, List<byte[]>> both = gapsByComponent("replay", 2 * rounds);

            // then each component's gap changes appear twice, byte for byte the same
            both.forEach((component, records) -> {
                assertThat(records).as(component).hasSize(records.size() / 2 * 2);
                List<byte[]> firstRun = records.subList(0, records.size() / 2);
                List<byte[]> secondRun = records.subList(records.size() / 2, records.size());
                assertThat(secondRun).as(component).containsExactlyElementsOf(firstRun);
            });
            assertThat(both.values().stream().mapToInt(List::size).sum()).isEqualTo(2 * rounds);
        }
    }

    @Test
    @Order(1)
    void losesAndDuplicatesNoGapChangeWhenASecondInstanceJoinsAndTheFirstLeavesMidStream() throws Exception {
        // given two instances of one application sharing three partitions, facts arriving in three waves
        List<FactEvent> events = scans("rebalance", 30, 3);
        Map<String, List<GapChanged>> expected = expectedRounds(events);
        int waveSize = events.size() / 3;
        Map<String, List<byte[]>> actual;
        String applicationId = "rebalance";
        ClassifierApp one = ClassifierApp.start(settings("one"), applicationId, serdes(), RuleCatalogLoader.builtin(), 3);
        try {
            publish(events.subList(0, waveSize));
            // when a second instance joins (rebalance), more facts arrive, the first instance leaves (rebalance) …
            try (ClassifierApp two = ClassifierApp.start(settings("two"), applicationId, serdes(), RuleCatalogLoader.builtin(), 3)) {
                publish(events.subList(waveSize, 2 * waveSize));
                one.close();
                // … and the rest arrives while only the second instance runs
                publish(events.subList(2 * waveSize, events.size()));
                actual = gapsByComponent("rebalance", expected.values().stream().mapToInt(List::size).sum());
            }
        } finally {
            one.close();
        }

        // then every component's gap changes are exactly those the fold computes: none lost, none twice
        assertExactlyTheRounds(expected, actual);
    }

    @Test
    @Order(3)
    void classifiesTheComponentsOfASystemTogetherFromALogPublishedBeforeFactsWerePartitionedBySystem() throws Exception {
        // given two components of one system that Kafka's default partitioner placed by their own ids, in two partitions
        List<String> components = new ArrayList<>();
        for (int i = 0; components.size() < 2; i++) {
            String candidate = "acme/legacy-0/component-" + i;
            int byKey = BuiltInPartitioner.partitionForKey(candidate.getBytes(StandardCharsets.UTF_8), 3);
            boolean misplaced = byKey != FactPartitioning.partitionOf(candidate, 3);
            if (components.isEmpty() ? misplaced : byKey != BuiltInPartitioner.partitionForKey(
                    components.get(0).getBytes(StandardCharsets.UTF_8), 3)) {
                components.add(candidate);
            }
        }
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                avro.broker().bootstrapServers(), ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), avro.facts().serializer())) {
            for (String componentId : components) {
                List<FactEvent> events = new ArrayList<>();
                String fingerprint = fact(events, componentId, componentId + "@1", at, "email-" + componentId, "data.personal-data-stored",
                        Map.of("piiKind", "email", "field", "email", "holder", "Customer", "context", "customers"));
                events.add(FactEvent.newBuilder().setEventId(componentId + "@1/completed").setComponentId(componentId).setOccurredAt(at)
                        .setPayload(new ScanCompleted(componentId + "@1", "legacy", "c", List.of(fingerprint), null, null)).build());
                for (FactEvent event : events) {
                    producer.send(new ProducerRecord<>(Topics.FACTS.name(), null, at.toEpochMilli(), componentId, event));
                }
            }
            producer.flush();
        }

        // when the classifier reads it
        Map<String, List<byte[]>> rounds;
        try (ClassifierApp classifier = ClassifierApp.start(settings("legacy"), "legacy", serdes(), RuleCatalogLoader.builtin(), 3)) {
            rounds = gapsByComponent("legacy", 3);
        }

        // then both components have the gap that looks across the system: their records were moved to its partition
        assertThat(rounds).containsOnlyKeys(components.toArray(String[]::new));
        rounds.forEach((component, records) -> assertThat(records.stream()
                .map(bytes -> avro.gaps().deserializer().deserialize(Topics.GAPS.name(), bytes))
                .flatMap(round -> round.getChanges().stream())
                .filter(change -> change.getRuleId().equals("data-sovereignty.personal-data-in-several-components")))
                .as(component).singleElement().satisfies(change -> assertThat(change.getKind().name()).isEqualTo("OPENED")));
    }

    @Test
    @Order(4)
    void refusesToStartOnTheStateOfAReleaseThatKeptComponentsByComponentPartition() {
        // given the state changelog of an application whose system repartition was never created
        String applicationId = "classifier-before-system-partitioning";
        new TopicAdministrator(avro.broker().bootstrapServers()).ensure(List.of(new dev.scaleprojection.schemas.TopicSpec<>(
                applicationId + "-" + ClassifierTopology.COMPONENT_STATE_STORE + "-changelog", Optional.empty(), Map.of())), 1, Optional.of((short) 1));

        // when it starts, then it refuses, saying what to do
        assertThatThrownBy(() -> ClassifierApp.start(settings("before"), applicationId, serdes(), RuleCatalogLoader.builtin(), 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("partitioned facts by component")
                .hasMessageContaining("fresh topics");
    }

    @Test
    @Order(5)
    void losesAndDuplicatesNoGapChangeWhenAnInstanceIsKilledMidStream() throws Exception {
        // given one instance in this JVM and a second, added mid-stream, in a JVM of its own
        List<FactEvent> events = scans("killed", 150, 3);
        Map<String, List<GapChanged>> expected = expectedRounds(events);
        int waveSize = events.size() / 3;
        int roundsOfTheFirstWave = expectedRounds(events.subList(0, waveSize)).values().stream().mapToInt(List::size).sum();
        String applicationId = "killed";
        StreamsSettings survivor = settings("survivor");
        for (Map.Entry<String, String> override : ClassifierInstanceProcess.quickFailover().entrySet()) {
            survivor = survivor.with(override.getKey(), override.getValue());
        }
        Map<String, List<byte[]>> actual;
        Path victimState = dataDir.resolve("streams-victim");
        try (ClassifierApp one = ClassifierApp.start(survivor, applicationId, serdes(), RuleCatalogLoader.builtin(), 3)) {
            publish(events.subList(0, waveSize));
            int allTasks = activeTasks(one);
            Process victim = startInstanceProcess(victimState, applicationId);
            try {
                // (once the rebalance has moved active tasks of the stream to it)
                await().atMost(Duration.ofSeconds(90)).until(() -> activeTasks(one) < allTasks);
                // when facts arrive, and while the gap changes they cause are being written (some not committed yet) the
                // second instance is killed outright: no close, no leaving the group, its transaction left open …
                publish(events.subList(waveSize, 2 * waveSize));
                awaitUncommittedGapChanges("killed", roundsOfTheFirstWave + 20);
                victim.destroyForcibly().waitFor();
                // … and the rest arrives while only the first instance runs
                publish(events.subList(2 * waveSize, events.size()));
                actual = gapsByComponent("killed", expected.values().stream().mapToInt(List::size).sum());
            } finally {
                victim.destroyForcibly();
            }
        }

        // then every component's gap changes are exactly those the fold computes: the dead instance's open transaction
        // was aborted, its tasks were taken over and redone, nothing was lost and nothing appears twice
        assertExactlyTheRounds(expected, actual);
    }

    /** Every component's records on the gaps topic are, decoded, exactly its expected rounds, in order: none lost, none twice. */
    private static void assertExactlyTheRounds(Map<String, List<GapChanged>> expected, Map<String, List<byte[]>> actual) {
        Map<String, List<GapChanged>> decoded = new TreeMap<>();
        actual.forEach((component, records) -> decoded.put(component,
                records.stream().map(bytes -> avro.gaps().deserializer().deserialize(Topics.GAPS.name(), bytes)).toList()));
        assertThat(decoded).containsOnlyKeys(expected.keySet().toArray(String[]::new));
        expected.forEach((component, rounds) -> assertThat(decoded.get(component)).as(component).containsExactlyElementsOf(rounds));
    }

    /** Waits until at least {@code count} records of the system are on the gaps topic, committed or not. */
    private static void awaitUncommittedGapChanges(String system, int count) {
        try (KafkaConsumer<String, byte[]> consumer = gapsFromTheStart("read_uncommitted")) {
            int[] seen = {0};
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1)).until(() -> {
                consumer.poll(Duration.ofMillis(20)).forEach(r -> seen[0] += r.key().startsWith("acme/" + system + "-") ? 1 : 0);
                return seen[0] >= count;
            });
        }
    }

    private static int activeTasks(ClassifierApp instance) {
        return instance.streams().metadataForLocalThreads().stream().mapToInt(thread -> thread.activeTasks().size()).sum();
    }

    /** A classifier instance in its own JVM (see {@link ClassifierInstanceProcess}), returned once it processes. */
    static Process startInstanceProcess(Path stateDir, String applicationId) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ClassifierInstanceProcess.class.getName(), avro.broker().bootstrapServers(), avro.registry().url(),
                stateDir.toString(), applicationId));
        ClassifierInstanceProcess.quickFailover().forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectError(dataDir.resolve("victim.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            assertThat(running.get(2, TimeUnit.MINUTES)).as("the instance process (its log: %s)",
                    dataDir.resolve("victim.log")).isEqualTo("RUNNING");
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
        return process;
    }
}
