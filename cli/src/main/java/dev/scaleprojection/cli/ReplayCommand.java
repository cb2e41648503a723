package dev.scaleprojection.cli;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.TopicSpec;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.serialization.Deserializer;
import dev.scaleprojection.platform.config.ConfigurationException;
import dev.scaleprojection.platform.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: the classifier over the whole log again, under an application id of its own and writing to topics of
 * its own, and its gap changes compared with the pipeline's, component by component, byte for byte.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Classifies the whole log of a running pipeline again and compares the gap changes with the pipeline's, component by "
        + "component, byte for byte.",
    "The replay reads the facts topic, rule changes included, from its start under a fresh application id and writes to topics of its "
        + "own (scale-projection.replay-<time>.gaps and .dead-letters, deleted afterwards with its consumer group and state "
        + "unless --keep); the pipeline's topics are only read. It first waits until the pipeline's classifier has taken every "
        + "fact published so far: run it when no scan is in flight, or the scans in between show up as differences.",
    "Exit status: 0 identical, 3 different (the first differences are listed), 1 an error."})
final class ReplayCommand implements Callable<Integer> {

    static final int DIFFERENT = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int DIFFERENCES_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    RunningPipeline pipeline = new RunningPipeline();

    @Option(names = "--rules", paramLabel = "FILE", description = "The organization's catalog the pipeline runs with (`run --rules`), if any (key rules.file); "
            + "rules published since (`rules publish`) are rule changes in the facts log and are replayed from there either way.")
    String rules;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", description = "How long the pipeline's classifier, and then the "
            + "replay, may take to reach the end of the log (30s, 10m, 1h; default: ${DEFAULT-VALUE}).")
    String timeoutText;

    @Option(names = "--keep", description = "Keep the replay's topics, consumer group and state to compare them yourself.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Duration timeout = timeout();
        KafkaClients kafka = pipeline.kafka();
        SchemaRegistryClient registry = pipeline.registry();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, TopicDescription> topics = pipelineTopics(kafka, Set.of(Topics.FACTS.name(), Topics.GAPS.name()),
                timeout.compareTo(ADMIN_TIMEOUT) < 0 ? timeout : ADMIN_TIMEOUT);
        String id = "replay-" + Instant.now().toEpochMilli();
        String applicationId = ClassifierApp.APPLICATION_ID + "-" + id;
        ClassifierTopology.Outputs outputs = new ClassifierTopology.Outputs("scale-projection." + id + ".gaps",
                "scale-projection." + id + ".dead-letters");
        TopicDescription gaps = topics.get(Topics.GAPS.name());
        short replication = (short) gaps.partitions().get(0).replicas().size();
        new TopicAdministrator(kafka).ensure(List.of(new TopicSpec<>(outputs.gaps(), Optional.empty(), Map.of()),
                new TopicSpec<>(outputs.deadLetters(), Optional.empty(), Map.of())), gaps.partitions().size(), Optional.of(replication));
        Path state = Files.createTempDirectory("scale-projection-" + id);
        try {
            out.printf("Waiting for the pipeline's classifier to take every fact published so far ...%n");
            if (!hasCommitted(kafka, ClassifierApp.APPLICATION_ID)) {
                out.printf("  (its consumer group %s has committed nothing yet: is the pipeline's classifier running? waiting up to %s)%n",
                        ClassifierApp.APPLICATION_ID, timeoutText);
            }
            out.flush();
            new PipelineDrain(kafka).await(List.of(stage(ClassifierApp.APPLICATION_ID, Topics.FACTS.name())), timeout);
            out.printf("Replaying %s, rule changes included, under application id %s ...%n", Topics.FACTS.name(), applicationId);
            out.flush();
            replay(kafka, registry, state, replication, applicationId, outputs, topics.get(Topics.FACTS.name()).partitions().size(), timeout);
            SortedMap<String, List<GapLogs.Change>> expected = GapLogs.read(kafka, Topics.GAPS.name(), timeout);
            SortedMap<String, List<GapLogs.Change>> actual = GapLogs.read(kafka, outputs.gaps(), timeout);
            int deadLetters = GapLogs.count(GapLogs.read(kafka, outputs.deadLetters(), timeout));
            return report(out, expected, actual, GapLogs.compare(expected, actual), deadLetters, kafka, registry, outputs, timeout);
        } finally {
            if (keep) {
                out.printf("Kept: topics %s and %s, consumer group %s, state %s.%n", outputs.gaps(), outputs.deadLetters(), applicationId, state);
            } else {
                forget(kafka, applicationId, outputs, state);
            }
            out.flush();
        }
    }

    private Duration timeout() {
        try {
            return WatchCommand.duration(timeoutText);
        } catch (ConfigurationException notADuration) {
            throw new ParameterException(spec.commandLine(), "--timeout '" + timeoutText
                    + "' is not a positive duration such as 30s, 10m, 1h or PT10M");
        }
    }

    private void replay(KafkaClients kafka, SchemaRegistryClient registry, Path state, short replication, String applicationId,
                        ClassifierTopology.Outputs outputs, int partitions, Duration timeout) throws InterruptedException {
        StreamsSettings settings = new StreamsSettings(kafka, state, replication, 1);
        var serdes = new ClassifierTopology.ClassifierSerdes(ConfluentAvroSerde.forValues(registry, FactEvent.class),
                ConfluentAvroSerde.forValues(registry, GapChanged.class));
        try (ClassifierApp replay = ClassifierApp.start(settings, applicationId, serdes, Catalogs.configured(Settings.load(Optional.empty(),
                System.getenv(), rules == null ? Map.of() : Map.of("rules.file", rules)).find("rules.file")),
                partitions, outputs)) {
            new PipelineDrain(kafka).await(List.of(stage(applicationId, Topics.FACTS.name())), timeout);
        }
    }

    private static PipelineDrain.Stage stage(String applicationId, String topic) {
        return new PipelineDrain.Stage(applicationId, topic, applicationId + "-");
    }

    private static int report(PrintWriter out, Map<String, List<GapLogs.Change>> expected, Map<String, List<GapLogs.Change>> actual,
                              List<GapLogs.Difference> differences, int deadLetters, KafkaClients kafka, SchemaRegistryClient registry,
                              ClassifierTopology.Outputs outputs, Duration timeout) {
        out.printf("Replayed: %,d gap changes of %,d components (%s: %,d of %,d); dead letters: %,d.%n", GapLogs.count(actual),
                actual.size(), Topics.GAPS.name(), GapLogs.count(expected), expected.size(), deadLetters);
        if (differences.isEmpty()) {
            out.printf("Identical, byte for byte, to %s.%n", Topics.GAPS.name());
            return 0;
        }
        out.printf("Different from %s for %,d of %,d components:%n", Topics.GAPS.name(), differences.size(),
                Stream.concat(expected.keySet().stream(), actual.keySet().stream()).distinct().count());
        Deserializer<GapChanged> decoder = ConfluentAvroSerde.forValues(registry, GapChanged.class).deserializer();
        differences.stream().limit(DIFFERENCES_SHOWN).forEach(difference -> out.printf(
                "  %s: change %d differs (the pipeline has %d, the replay %d)%n    pipeline: %s%n    replay:   %s%n",
                difference.componentId(), difference.index() + 1, difference.expectedCount(), difference.actualCount(),
                describe(decoder, Topics.GAPS.name(), difference.expected().map(c -> GapLogs.valueOf(kafka, Topics.GAPS.name(), c, timeout))),
                describe(decoder, outputs.gaps(), difference.actual().map(c -> GapLogs.valueOf(kafka, outputs.gaps(), c, timeout)))));
        if (differences.size() > DIFFERENCES_SHOWN) {
            out.printf("  … and %,d more (--keep keeps the replay's topics)%n", differences.size() - DIFFERENCES_SHOWN);
        }
        return DIFFERENT;
    }

    /** A gap change in a line: its cause, time and level, and each gap it changed; {@code read} empty when it was gone. */
    static String describe(Deserializer<GapChanged> decoder, String topic, Optional<Optional<byte[]>> read) {
        if (read.isEmpty()) {
            return "(none)";
        }
        if (read.get().isEmpty()) {
            return "(no longer in " + topic + " to show)";
        }
        Optional<byte[]> bytes = read.get();
        GapChanged change;
        try {
            change = decoder.deserialize(topic, bytes.get());
        } catch (RuntimeException undecodable) {
            return "(" + bytes.get().length + " bytes that do not decode as a GapChanged: " + undecodable.getMessage() + ")";
        }
        return change.getCause() + " at " + change.getOccurredAt() + ", level " + change.getLevel() + ": " + change.getChanges().stream()
                .map(gap -> gap.getKind() + " " + gap.getGapId() + " " + gap.getCategory()).collect(Collectors.joining(", "));
    }

    private static Map<String, TopicDescription> pipelineTopics(KafkaClients kafka, Set<String> names, Duration timeout) throws InterruptedException {
        Admin admin = kafka.admin();
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> missing = names.stream().filter(name -> !existing.contains(name)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No pipeline's log at " + kafka.bootstrapServers() + ": topic " + String.join(", ", missing)
                        + " does not exist. Point --bootstrap-servers at the Kafka of a pipeline that `scale-projection run` started.");
            }
            return admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot reach Kafka at " + kafka.bootstrapServers() + " (" + e.getClass().getSimpleName()
                    + "): is the pipeline running? Point --bootstrap-servers at its Kafka, as `scale-projection run` prints it.", e);
        } finally {
            // not the default close, which waits for a call to an unreachable broker until the client's own timeout (60 s)
            admin.close(timeout);
        }
    }

    private static boolean hasCommitted(KafkaClients kafka, String groupId) throws InterruptedException {
        try (Admin admin = kafka.admin()) {
            return !admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Deletes what the replay made: its topics and internal topics, its consumer group, its state. Reports what it could not. */
    private void forget(KafkaClients kafka, String applicationId, ClassifierTopology.Outputs outputs, Path state) {
        try (Admin admin = kafka.admin()) {
            Set<String> made = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(applicationId + "-") || name.equals(outputs.gaps()) || name.equals(outputs.deadLetters()))
                    .collect(Collectors.toSet());
            admin.deleteTopics(made).all().get(30, TimeUnit.SECONDS);
            admin.deleteConsumerGroups(List.of(applicationId)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            spec.commandLine().getErr().printf("Could not delete all of the replay's topics and its consumer group %s: %s%n", applicationId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // said, not thrown: the comparison's outcome stands whether or not the leftovers could be deleted
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().printf("Could not delete the replay's state in %s: %s%n", state, e.getMessage());
        }
    }
}
