package dev.scaleprojection.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.aggregator.AggregatorApp;
import dev.scaleprojection.aggregator.api.QueryServer;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the aggregator as the product runs it (classifier, aggregator and query server in one process on a real
 * in-process broker and registry, exactly-once): a synthetic organization of hundreds of systems is loaded, then paced
 * rescans that each change a score; per change, the time from publication to the score visible in the API (polling) and
 * on the live event stream; then the latency of the queries a dashboard makes.
 */
public final class AggregatorBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AggregatorOptions options;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private AggregatorBenchmark(AggregatorOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchmarkMain.run(args, AggregatorOptions::parse, AggregatorOptions.USAGE, options -> new AggregatorBenchmark(options).run().render());
    }

    private AggregatorReport run() throws Exception {
        long started = System.nanoTime();
        Path dataDir = Files.createTempDirectory("scale-projection-bench-");
        try {
            CpuShare.Reading cpuAtStart = CpuShare.read();
            return measure(dataDir, started, cpuAtStart);
        } finally {
            stopAll();
            deleteRecursively(dataDir);
        }
    }

    private AggregatorReport measure(Path dataDir, long started, CpuShare.Reading cpuAtStart) throws Exception {
        progress("starting the broker, the schema registry, the classifier, the aggregator and the query server");
        String bootstrap = keep(EmbeddedKafkaBroker.start(dataDir, 0)).bootstrapServers();
        new TopicAdministrator(bootstrap).ensure(Topics.PIPELINE, options.partitions(), Optional.of((short) 1));
        SchemaRegistryClient registry = new SchemaRegistryClient(keep(new SchemaRegistryServer(bootstrap, 1, "localhost", 0).start()).url());
        ConfluentAvroSerde<FactEvent> factSerde = ConfluentAvroSerde.forValues(registry, FactEvent.class);
        ConfluentAvroSerde<GapChanged> gapSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
        StreamsSettings streams = new StreamsSettings(bootstrap, dataDir.resolve("streams"), 1, 1);
        keep(ClassifierApp.start(streams, new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde),
                RuleCatalogLoader.builtin(), options.partitions()));
        AggregatorApp aggregator = keep(AggregatorApp.start(streams, new AggregatorTopology.AggregatorSerdes(gapSerde,
                ConfluentAvroSerde.forValues(registry, ComponentAssessed.class), ConfluentAvroSerde.forValues(registry, ScoreChanged.class)),
                CoherenceIndex.DEFAULT));
        QueryServer server = keep(QueryServer.start("localhost", 0, aggregator.queries(), Optional.of(aggregator.liveEvents()), () -> ""));
        String api = "http://localhost:" + server.port();
        ScanPublisher publisher = keep(new ScanPublisher(bootstrap));

        progress("loading " + options.describe());
        List<SyntheticOrganization.RepositoryScan> firstScans = new SyntheticOrganization(options.organization()).initialScans();
        long loadStarted = System.nanoTime();
        publisher.burst(Topics.FACTS.name(), WireRecord.encode(firstScans, factSerde.serializer()), ScanPublisher.SendLog.NONE);
        awaitAssessed(api, options.componentCount());
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        ScoreChanges changes = new ScoreChanges(firstScans, options.pool(), options.seed());
        List<ScoreChanges.Change> planned = new ArrayList<>();
        List<List<WireRecord>> encoded = new ArrayList<>();
        for (int i = 0; i < options.changes(); i++) {
            ScoreChanges.Change change = changes.next(i);
            planned.add(change);
            encoded.add(WireRecord.encode(List.of(change.scan()), factSerde.serializer()).get(0));
        }
        EventStreamListener stream = keep(EventStreamListener.connect(api, SyntheticOrganization.ORGANIZATION, options.timeout()));
        ApiPoller poller = keep(new ApiPoller(api, options.timeout()));
        progress(String.format(java.util.Locale.ROOT, "publishing %d score changes at %.1f/s", options.changes(), options.changesPerSecond()));
        publishPaced(planned, encoded, publisher, stream, poller);
        poller.awaitAll();
        stream.awaitScores(options.timeout());

        List<QueryLatency.Result> queries = measureQueries(api, firstScans);
        return new AggregatorReport(options, CpuShare.since(cpuAtStart), loadSeconds, poller.latencies(), poller.missed(),
                stream.gapLatencies(), stream.scoreLatencies(), stream.missingScores(), queries, (System.nanoTime() - started) / 1e9);
    }

    /** One change at a time on an open-loop schedule; each is watched from the moment its ScanCompleted is handed to the producer. */
    private void publishPaced(List<ScoreChanges.Change> planned, List<List<WireRecord>> encoded, ScanPublisher publisher,
                              EventStreamListener stream, ApiPoller poller) {
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / options.changesPerSecond());
        long due = System.nanoTime();
        for (int i = 0; i < planned.size(); i++) {
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            ScoreChanges.Change change = planned.get(i);
            AtomicLong sentNanos = new AtomicLong();
            publisher.burst(Topics.FACTS.name(), List.of(encoded.get(i)), (componentId, scanId, nanos) -> {
                sentNanos.set(nanos);
                stream.expect(change.cause(), change.system(), change.changedAt(), nanos);
            });
            poller.watch(SyntheticOrganization.ORGANIZATION, change.system(), change.changedAt(), sentNanos.get());
            due += interval;
        }
    }

    /** The queries of a dashboard: the organization, a system, a component's gaps, its GAPS.md, a system's GAPS.md. */
    private List<QueryLatency.Result> measureQueries(String api, List<SyntheticOrganization.RepositoryScan> firstScans) throws Exception {
        List<String> systems = new ArrayList<>();
        List<String> components = new ArrayList<>();
        java.util.Random random = new java.util.Random(options.seed());
        for (int i = 0; i < 100; i++) {
            SyntheticOrganization.RepositoryScan scan = firstScans.get(random.nextInt(firstScans.size()));
            String componentId = scan.components().get(random.nextInt(scan.components().size())).componentId();
            systems.add(componentId.substring(0, componentId.lastIndexOf('/')));
            components.add(componentId);
        }
        String org = SyntheticOrganization.ORGANIZATION;
        List<QueryLatency.Endpoint> endpoints = List.of(
                new QueryLatency.Endpoint("GET /api/organizations/{org}", List.of("/api/organizations/" + org)),
                new QueryLatency.Endpoint("GET /api/organizations/{org}/systems/{s}",
                        systems.stream().map(s -> "/api/organizations/" + org + "/systems/" + s.substring(org.length() + 1)).toList()),
                new QueryLatency.Endpoint("GET /api/components/{id}/gaps", components.stream().map(c -> "/api/components/" + c + "/gaps").toList()),
                new QueryLatency.Endpoint("GET /api/components/{id}/gaps.md", components.stream().map(c -> "/api/components/" + c + "/gaps.md").toList()),
                new QueryLatency.Endpoint("GET /api/systems/{org}/{s}/gaps.md", systems.stream().map(s -> "/api/systems/" + s + "/gaps.md").toList()));
        QueryLatency latency = new QueryLatency(api);
        List<QueryLatency.Result> results = new ArrayList<>();
        for (QueryLatency.Endpoint endpoint : endpoints) {
            progress("queries: " + options.queries() + " × " + endpoint.name());
            results.add(latency.measure(endpoint, options.queries()));
        }
        return results;
    }

    private void awaitAssessed(String api, int components) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + options.timeout().toNanos();
        int assessed = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/api/organizations/" + SyntheticOrganization.ORGANIZATION))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assessed = answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("score").get("components").asInt() : 0;
            if (assessed >= components) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the aggregator assessed " + assessed + " of " + components + " components within " + options.timeout()
                + " (are records going to " + Topics.DEAD_LETTERS.name() + "?)");
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

    private static void deleteRecursively(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
