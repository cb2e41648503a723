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
import java.util.ArrayList;
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
 * warm-up rounds until the JIT is warm, bursts of first scans of synthetic organizations (throughput), rescans at a
 * steady offered load (latency), and the pipe over the same bursts; each burst once the JIT has settled.
 */
public final class ClassifierBenchmark {

    private static final Duration PIPE_START_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration JIT_SETTLING = Duration.ofSeconds(60);
    private static final double WARM_JIT_SHARE = 0.25;
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
        List<List<List<WireRecord>>> burstScans = new ArrayList<>();
        burstScans.add(WireRecord.encode(organization.initialScans(), factSerde.serializer()));
        for (int burst = 2; burst <= options.bursts(); burst++) {
            burstScans.add(WireRecord.encode(new SyntheticOrganization(options, SyntheticOrganization.burstOrganization(burst))
                    .initialScans(), factSerde.serializer()));
        }
        List<List<WireRecord>> warmUpScans = WireRecord.encode(new SyntheticOrganization(options, SyntheticOrganization.WARM_UP_ORGANIZATION)
                .initialScans(options.warmUpRepositories()), factSerde.serializer());
        ScanPublisher publisher = keep(new ScanPublisher(bootstrap));

        ClassifierFigures classifier = measureClassifier(bootstrap, dataDir, registry, factSerde, organization, warmUpScans, burstScans, publisher);
        List<PhaseResult> pipe = measurePipe(bootstrap, warmUpScans, burstScans, publisher);
        return new Report(options, CpuShare.since(cpuAtStart), classifier, pipe, (System.nanoTime() - started) / 1e9);
    }

    /** The classifier as production starts it: first scans in one burst, then rescans at a steady fraction of that pace. */
    private ClassifierFigures measureClassifier(String bootstrap, Path dataDir, SchemaRegistryClient registry,
                                                ConfluentAvroSerde<FactEvent> factSerde, SyntheticOrganization organization,
                                                List<List<WireRecord>> warmUpScans, List<List<List<WireRecord>>> burstScans,
                                                ScanPublisher publisher) throws InterruptedException {
        progress("starting the classifier");
        ConfluentAvroSerde<GapChanged> gapSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
        ClassifierApp classifier = keep(ClassifierApp.start(new StreamsSettings(bootstrap, dataDir.resolve("streams"), 1, options.threads()),
                new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde),
                RuleCatalogLoader.builtin(), options.partitions()));
        // The reader's own serde, as a downstream service would build its own.
        ConfluentAvroSerde<GapChanged> readerSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
        RoundTracker warmUpRounds = new RoundTracker(readerSerde.deserializer());
        TopicWatcher gaps = keep(TopicWatcher.start(bootstrap, Topics.GAPS.name(), warmUpRounds));
        Optional<PhaseResult> warmUp = Optional.empty();
        for (int round = 1; round <= options.warmUpRounds() && !warmUpScans.isEmpty(); round++) {
            List<List<WireRecord>> scans = round == 1 ? warmUpScans : WireRecord.encode(new SyntheticOrganization(options,
                    SyntheticOrganization.warmUpOrganization(round)).initialScans(options.warmUpRepositories()), factSerde.serializer());
            if (round > 1) {
                warmUpRounds = new RoundTracker(readerSerde.deserializer());
                gaps.sendTo(warmUpRounds);
            }
            String name = "classifier, warm-up " + round;
            if (round > 1) {
                progress(name + ": " + JitSettling.await(JIT_SETTLING).describe());
            }
            progress(name + ": publishing " + WireRecord.count(scans) + " records of another organization at once");
            long warmUpCpu = CpuShare.processCpuNanos();
            ThreadCpu warmUpThreads = ThreadCpu.start();
            ScanPublisher.Publication warmUpPublication = publisher.burst(Topics.FACTS.name(), scans, warmUpRounds);
            awaitRounds(warmUpRounds, (long) scans.size() * options.components(), "warm-up " + round);
            progress(name + ": CPU by thread: " + warmUpThreads.since(8));
            PhaseResult result = PhaseResult.of("classifier, warm-up (cold JVM)", warmUpPublication, Optional.of(warmUpRounds.rounds().arrived()),
                    warmUpRounds.rounds().lastArrivalNanos(), warmUpCpu, warmUpRounds.latencies());
            warmUp = warmUp.or(() -> Optional.of(result));
            if (warmedUp(name, warmUpThreads, result)) {
                break;
            }
        }
        List<PhaseResult> bursts = new ArrayList<>();
        long unmatched = 0;
        long gapChanges = 0;
        for (int number = 1; number <= burstScans.size(); number++) {
            RoundTracker burstRounds = new RoundTracker(readerSerde.deserializer());
            bursts.add(burst(publisher, gaps, burstRounds, burstScans.get(number - 1), number, burstScans.size()));
            unmatched += burstRounds.unmatched();
            gapChanges += burstRounds.gapChanges();
        }
        progress("classifier, after warm-up and first scans: bytes by topic: " + TopicSizes.of(bootstrap, 8));
        double burstMedian = Report.medianRecordsPerSecond(bursts);

        double offeredLoad = options.pacedLoad() * burstMedian;
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
        unmatched += pacedRounds.unmatched();
        gapChanges += pacedRounds.gapChanges();
        if (unmatched > 0) {
            progress(unmatched + " gap rounds matched no published scan");
        }
        gaps.close();
        classifier.close();
        return new ClassifierFigures(warmUp, bursts, paced, offeredLoad, gapChanges);
    }

    /**
     * Whether a warm-up round found the JIT warm: it compiled for at most {@link #WARM_JIT_SHARE} of the round's time.
     * On two cores a cold JVM compiles for longer than a round lasts, and tiered compilation keeps methods at an
     * unprofiled tier while its queue is long, so one round leaves much of the hot code to be compiled in the next:
     * rounds go on, each after the JIT has worked through what the one before queued, until one finds it warm.
     */
    private static boolean warmedUp(String name, ThreadCpu threads, PhaseResult round) {
        double share = threads.compilationSeconds() / round.seconds();
        progress(String.format(Locale.ROOT, "%s: the JIT compiled for %.0f%% of the round's %.2f s%s", name, share * 100,
                round.seconds(), share <= WARM_JIT_SHARE ? ": warm" : ""));
        return share <= WARM_JIT_SHARE;
    }

    /** One measured burst of first scans: the JIT left to settle first, then every record published at once. */
    private PhaseResult burst(ScanPublisher publisher, TopicWatcher gaps, RoundTracker rounds, List<List<WireRecord>> scans,
                              int number, int of) throws InterruptedException {
        String name = "classifier, first scans (burst " + number + "/" + of + ")";
        progress(name + ": " + JitSettling.await(JIT_SETTLING).describe());
        gaps.sendTo(rounds);
        progress(name + ": publishing " + WireRecord.count(scans) + " records at once");
        long cpu = CpuShare.processCpuNanos();
        ThreadCpu threads = ThreadCpu.start();
        ScanPublisher.Publication publication = publisher.burst(Topics.FACTS.name(), scans, rounds);
        awaitRounds(rounds, options.componentCount(), "first scans, burst " + number);
        progress(name + ": CPU by thread: " + threads.since(8));
        return PhaseResult.of(name, publication, Optional.of(rounds.rounds().arrived()), rounds.rounds().lastArrivalNanos(), cpu,
                rounds.latencies());
    }

    /**
     * The yardstick, on the same records as the classifier's bursts, once the classifier has stopped and left the
     * cores to it; each burst after the JIT has settled, as the classifier's are.
     */
    private List<PhaseResult> measurePipe(String bootstrap, List<List<WireRecord>> warmUp, List<List<List<WireRecord>>> burstScans,
                                          ScanPublisher publisher) throws InterruptedException {
        PlainPipe pipe = keep(PlainPipe.start(bootstrap, PIPE_INPUT.name(), PIPE_OUTPUT.name(), PIPE_START_TIMEOUT));
        ArrivalCounter piped = new ArrivalCounter();
        keep(TopicWatcher.start(bootstrap, PIPE_OUTPUT.name(), piped));
        for (int round = 1; round <= options.warmUpRounds() && !warmUp.isEmpty(); round++) {
            String name = "plain exactly-once pipe, warm-up " + round;
            if (round > 1) {
                progress(name + ": " + JitSettling.await(JIT_SETTLING).describe());
            }
            progress(name + ": copying the classifier's first warm-up records");
            long before = piped.arrived();
            ThreadCpu warmUpThreads = ThreadCpu.start();
            long warmUpCpu = CpuShare.processCpuNanos();
            ScanPublisher.Publication warmUpPublication = publisher.burst(PIPE_INPUT.name(), warmUp, ScanPublisher.SendLog.NONE);
            awaitPiped(piped, before + warmUpPublication.records(), pipe);
            progress(name + ": CPU by thread: " + warmUpThreads.since(8));
            if (warmedUp(name, warmUpThreads, PhaseResult.of(name, warmUpPublication, Optional.empty(), piped.lastArrivalNanos(), warmUpCpu,
                    Latencies.NONE))) {
                break;
            }
        }
        List<PhaseResult> bursts = new ArrayList<>();
        for (int number = 1; number <= burstScans.size(); number++) {
            String name = "plain exactly-once pipe (burst " + number + "/" + burstScans.size() + ")";
            progress(name + ": " + JitSettling.await(JIT_SETTLING).describe());
            long before = piped.arrived();
            progress(name + ": copying the records of the classifier's burst " + number);
            long pipeCpu = CpuShare.processCpuNanos();
            ThreadCpu pipeThreads = ThreadCpu.start();
            ScanPublisher.Publication publication = publisher.burst(PIPE_INPUT.name(), burstScans.get(number - 1), ScanPublisher.SendLog.NONE);
            awaitPiped(piped, before + publication.records(), pipe);
            progress(name + ": CPU by thread: " + pipeThreads.since(8));
            bursts.add(PhaseResult.of(name, publication, Optional.empty(), piped.lastArrivalNanos(), pipeCpu, Latencies.NONE));
        }
        return bursts;
    }

    /** What the classifier's bursts and rescans measured, and the load the rescans offered. */
    record ClassifierFigures(Optional<PhaseResult> warmUp, List<PhaseResult> bursts, PhaseResult paced, double pacedOfferedLoad, long gapChanges) {

        /** The first burst: the one right after the warm-up, whose throughput paces the rescans. */
        PhaseResult burst() {
            return bursts.get(0);
        }
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
        System.err.println("[bench " + java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "] " + message);
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
