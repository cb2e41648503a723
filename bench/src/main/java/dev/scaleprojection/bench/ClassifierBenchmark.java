package dev.scaleprojection.bench;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.TopicSpec;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the classifier as production runs it (ClassifierApp on a real in-process broker and registry, exactly-once)
 * against a plain exactly-once consumer→producer pipe over a copy of the same records, and prints a table. Phases:
 * first scans of a synthetic organization in one burst (throughput), rescans at a steady offered load (latency), the pipe.
 */
public final class ClassifierBenchmark {

    private static final Duration PIPE_START_TIMEOUT = Duration.ofMinutes(1);
    private static final Map<String, String> KEPT = Map.of("cleanup.policy", "delete", "retention.ms", "-1");
    static final TopicSpec<byte[]> PIPE_INPUT = new TopicSpec<>("scale-projection-bench.pipe-input", Optional.empty(), KEPT);
    static final TopicSpec<byte[]> PIPE_OUTPUT = new TopicSpec<>("scale-projection-bench.pipe-output", Optional.empty(), KEPT);

    private final BenchmarkOptions options;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private ClassifierBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchmarkMain.run(args, BenchmarkOptions::parse, BenchmarkOptions.USAGE, options -> new ClassifierBenchmark(options).run().render());
    }

    private Report run() throws Exception {
        long started = System.nanoTime();
        Path dataDir = Files.createTempDirectory("scale-projection-bench-");
        try {
            return measure(dataDir, started);
        } finally {
            stopAll();
            deleteRecursively(dataDir);
        }
    }

    private Report measure(Path dataDir, long started) throws Exception {
        CpuShare.Reading cpuAtStart = CpuShare.read();
        progress("starting the broker and the schema registry");
        String bootstrap = keep(EmbeddedKafkaBroker.start(dataDir, 0)).bootstrapServers();
        TopicAdministrator topics = new TopicAdministrator(bootstrap);
        topics.ensure(Topics.PIPELINE, options.partitions(), Optional.of((short) 1));
        topics.ensure(List.of(PIPE_INPUT, PIPE_OUTPUT), options.partitions(), Optional.of((short) 1));
        SchemaRegistryClient registry = new SchemaRegistryClient(keep(new SchemaRegistryServer(bootstrap, 1, "localhost", 0).start()).url());
        ConfluentAvroSerde<FactEvent> factSerde = ConfluentAvroSerde.forValues(registry, FactEvent.class);

        progress("generating " + options.describe());
        SyntheticOrganization organization = new SyntheticOrganization(options);
        List<List<WireRecord>> firstScans = WireRecord.encode(organization.initialScans(), factSerde.serializer());
        List<List<WireRecord>> warmUpScans = WireRecord.encode(new SyntheticOrganization(options, SyntheticOrganization.WARM_UP_ORGANIZATION)
                .initialScans(options.warmUpRepositories()), factSerde.serializer());
        ScanPublisher publisher = keep(new ScanPublisher(bootstrap));

        ClassifierFigures classifier = measureClassifier(bootstrap, dataDir, registry, factSerde, organization, warmUpScans, firstScans, publisher);
        PhaseResult pipe = measurePipe(bootstrap, warmUpScans, firstScans, publisher);
        return new Report(options, CpuShare.since(cpuAtStart), classifier, pipe, (System.nanoTime() - started) / 1e9);
    }

    /** The classifier as production starts it: first scans in one burst, then rescans at a steady fraction of that pace. */
    private ClassifierFigures measureClassifier(String bootstrap, Path dataDir, SchemaRegistryClient registry,
                                                ConfluentAvroSerde<FactEvent> factSerde, SyntheticOrganization organization,
                                                List<List<WireRecord>> warmUpScans, List<List<WireRecord>> firstScans,
                                                ScanPublisher publisher) throws InterruptedException {
        progress("starting the classifier");
        ConfluentAvroSerde<GapChanged> gapSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
        ClassifierApp classifier = keep(ClassifierApp.start(new StreamsSettings(bootstrap, dataDir.resolve("streams"), 1, options.threads()),
                new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde, ConfluentAvroSerde.forValues(registry, dev.scaleprojection.avro.Rule.class)),
                RuleCatalogLoader.builtin(), options.partitions()));
        // The reader's own serde, as a downstream service would build its own.
        ConfluentAvroSerde<GapChanged> readerSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
        RoundTracker warmUpRounds = new RoundTracker(readerSerde.deserializer());
        TopicWatcher gaps = keep(TopicWatcher.start(bootstrap, Topics.GAPS.name(), warmUpRounds));
        Optional<PhaseResult> warmUp = Optional.empty();
        if (!warmUpScans.isEmpty()) {
            progress("classifier, warm-up: publishing " + WireRecord.count(warmUpScans) + " records of another organization at once");
            long warmUpCpu = CpuShare.processCpuNanos();
            ThreadCpu warmUpThreads = ThreadCpu.start();
            ScanPublisher.Publication warmUpPublication = publisher.burst(Topics.FACTS.name(), warmUpScans, warmUpRounds);
            awaitRounds(warmUpRounds, (long) warmUpScans.size() * options.components(), "warm-up");
            progress("classifier, warm-up: CPU by thread: " + warmUpThreads.since(8));
            warmUp = Optional.of(PhaseResult.of("classifier, warm-up (cold JVM)", warmUpPublication, Optional.of(warmUpRounds.rounds().arrived()),
                    warmUpRounds.rounds().lastArrivalNanos(), warmUpCpu, warmUpRounds.latencies()));
        }
        RoundTracker burstRounds = new RoundTracker(readerSerde.deserializer());
        gaps.sendTo(burstRounds);

        progress("classifier, first scans: publishing " + WireRecord.count(firstScans) + " records at once");
        long burstCpu = CpuShare.processCpuNanos();
        ThreadCpu burstThreads = ThreadCpu.start();
        ScanPublisher.Publication burstPublication = publisher.burst(Topics.FACTS.name(), firstScans, burstRounds);
        awaitRounds(burstRounds, options.componentCount(), "first scans");
        progress("classifier, first scans: CPU by thread: " + burstThreads.since(8));
        progress("classifier, after warm-up and first scans: bytes by topic: " + TopicSizes.of(bootstrap, 8));
        PhaseResult burst = PhaseResult.of("classifier, first scans (burst)", burstPublication, Optional.of(burstRounds.rounds().arrived()),
                burstRounds.rounds().lastArrivalNanos(), burstCpu, burstRounds.latencies());

        double offeredLoad = options.pacedLoad() * burst.recordsPerSecond();
        int recordsPerRepository = options.components() * options.recordsPerComponent();
        int pacedRepositories = (int) Math.max(1, Math.min(options.repositories(),
                Math.ceil(options.pacedDuration().toSeconds() * offeredLoad / recordsPerRepository)));
        List<List<WireRecord>> rescans = WireRecord.encode(organization.rescans(pacedRepositories), factSerde.serializer());
        RoundTracker pacedRounds = new RoundTracker(readerSerde.deserializer());
        gaps.sendTo(pacedRounds);
        progress(String.format(Locale.ROOT, "classifier, rescans: %d repositories at %.0f records/s", pacedRepositories, offeredLoad));
        long pacedCpu = CpuShare.processCpuNanos();
        ThreadCpu pacedThreads = ThreadCpu.start();
        ScanPublisher.Publication pacedPublication = publisher.paced(Topics.FACTS.name(), rescans, offeredLoad, pacedRounds);
        awaitRounds(pacedRounds, (long) pacedRepositories * options.components(), "rescans");
        progress("classifier, rescans: CPU by thread: " + pacedThreads.since(8));
        PhaseResult paced = PhaseResult.of("classifier, rescans (paced)", pacedPublication, Optional.of(pacedRounds.rounds().arrived()),
                pacedRounds.rounds().lastArrivalNanos(), pacedCpu, pacedRounds.latencies());
        long unmatched = burstRounds.unmatched() + pacedRounds.unmatched();
        if (unmatched > 0) {
            progress(unmatched + " gap rounds matched no published scan");
        }
        gaps.close();
        classifier.close();
        return new ClassifierFigures(warmUp, burst, paced, offeredLoad, burstRounds.gapChanges() + pacedRounds.gapChanges());
    }

    /** The yardstick, on the same records, once the classifier has stopped and left the cores to it. */
    private PhaseResult measurePipe(String bootstrap, List<List<WireRecord>> warmUp, List<List<WireRecord>> records,
                                    ScanPublisher publisher) throws InterruptedException {
        PlainPipe pipe = keep(PlainPipe.start(bootstrap, PIPE_INPUT.name(), PIPE_OUTPUT.name(), PIPE_START_TIMEOUT));
        ArrivalCounter piped = new ArrivalCounter();
        keep(TopicWatcher.start(bootstrap, PIPE_OUTPUT.name(), piped));
        if (!warmUp.isEmpty()) {
            progress("plain exactly-once pipe: warm-up with the warm-up records");
            ScanPublisher.Publication warmUpPublication = publisher.burst(PIPE_INPUT.name(), warmUp, ScanPublisher.SendLog.NONE);
            awaitPiped(piped, warmUpPublication.records(), pipe);
        }
        long warmUpRecords = piped.arrived();
        progress("plain exactly-once pipe: copying the first scans' records");
        long pipeCpu = CpuShare.processCpuNanos();
        ThreadCpu pipeThreads = ThreadCpu.start();
        ScanPublisher.Publication publication = publisher.burst(PIPE_INPUT.name(), records, ScanPublisher.SendLog.NONE);
        awaitPiped(piped, warmUpRecords + publication.records(), pipe);
        progress("plain exactly-once pipe: CPU by thread: " + pipeThreads.since(8));
        return PhaseResult.of("plain exactly-once pipe (burst)", publication, Optional.empty(), piped.lastArrivalNanos(), pipeCpu, Latencies.NONE);
    }

    /** What the classifier's two phases measured, and the load the paced one offered. */
    record ClassifierFigures(Optional<PhaseResult> warmUp, PhaseResult burst, PhaseResult paced, double pacedOfferedLoad, long gapChanges) {
    }

    private void awaitPiped(ArrivalCounter piped, long expected, PlainPipe pipe) throws InterruptedException {
        if (!piped.await(expected, options.phaseTimeout())) {
            throw new IllegalStateException("the plain pipe delivered " + piped.arrived() + " of " + expected
                    + " records within " + options.phaseTimeout() + pipe.failure().map(e -> ": " + e.getMessage()).orElse(""));
        }
    }

    private void awaitRounds(RoundTracker tracker, long expected, String phase) throws InterruptedException {
        if (!tracker.rounds().await(expected, options.phaseTimeout())) {
            throw new IllegalStateException("the classifier emitted " + tracker.rounds().arrived() + " of the " + expected
                    + " gap rounds expected for the " + phase + " within " + options.phaseTimeout()
                    + " (are records going to " + Topics.DEAD_LETTERS.name() + "?)");
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }

    private void stopAll() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
