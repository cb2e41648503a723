package dev.scaleprojection.cli;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.inventory.InventoryFile;
import dev.scaleprojection.platform.config.Settings;
import dev.scaleprojection.platform.kafka.KafkaClients;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: the whole pipeline in this JVM; scans the given repositories, then serves (or, with --once, reports and exits). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs the whole pipeline in this JVM and scans the repositories given.",
            "The pipeline is a Kafka broker and schema registry (embedded unless you point at your own), the classifier and "
                + "the aggregator; each repository given (and each of an --inventory) is scanned and its facts published.",
            "Without --once it keeps running until Ctrl-C and serves, on --http-port (default 8080), the dashboard at /, the query "
                + "API and the live event stream.",
            "With --once it waits until the assessment of what it scanned is complete, prints it (--format) and exits."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Exit when the assessment of the scanned repositories is complete, after printing it.")
    boolean once;

    @Option(names = "--org", paramLabel = "NAME", description = "Organization the repositories belong to (default: the inventory's organization when it names one, else default; key org).")
    String organization;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where Kafka, the registry and the state stores keep their data; a restart keeps everything (default: ./.scale-projection; key data-dir).")
    Path dataDir;

    @Option(names = "--http-port", paramLabel = "N", description = "Port of the dashboard, the query API and /metrics (default: 8080; 0 picks a free one; key http.port).")
    Integer httpPort;

    @Option(names = "--format", paramLabel = "md|json", description = "What --once prints: a GAPS.md per component (md, default) or one JSON document (json).")
    Format format = Format.md;

    @Option(names = "--kafka-port", paramLabel = "N", description = "Port of the embedded Kafka broker (default: 9092; 0 picks a free one; key kafka.port).")
    Integer kafkaPort;

    @Option(names = "--registry-port", paramLabel = "N", description = "Port of the embedded schema registry (default: 8081; 0 picks a free one; key registry.port).")
    Integer registryPort;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Use this Kafka cluster instead of the embedded broker (key kafka.bootstrap-servers).")
    String bootstrapServers;

    @Option(names = "--kafka-client-properties", paramLabel = "FILE", description = "Client settings that cluster needs when it is secured (security.protocol, sasl.*, ssl.*), as a Java properties file; every Kafka client of the pipeline uses them (key kafka.client-properties).")
    Path kafkaClientProperties;

    @Option(names = "--registry-url", paramLabel = "URL", description = "Use this Confluent-compatible schema registry instead of the embedded one (key registry.url). If it requires HTTP basic authentication, or to make the embedded one require it: SCALE_PROJECTION_REGISTRY_BASIC_AUTH=USER:PASSWORD (key registry.basic-auth).")
    String registryUrl;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the topics it creates (default: 3; key topics.partitions).")
    Integer partitions;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: 1048576; key scan.max-file-bytes).")
    Long maxFileBytes;

    @Option(names = "--rules", paramLabel = "FILE", description = "Your organization's rule catalog (YAML): its rules join the built-in ones and replace those of the same id (key rules.file).")
    Path rulesFile;

    @Option(names = "--role", paramLabel = "all|ingest|classifier|aggregator", description = "Run every service (all, default) or only one, as docker compose does (key role).")
    Pipeline.Role role;

    @Option(names = "--inventory", paramLabel = "FILE", description = "Also scan every repository this inventory (YAML, docs/inventory.md) lists, once; `watch` keeps them assessed (key inventory).")
    Path inventoryFile;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file with any of the keys above.")
    Path configFile;

    @Parameters(paramLabel = "REPOSITORY", arity = "0..*", description = "Local paths or git URLs of the repositories to scan.")
    List<String> repositories = new ArrayList<>();

    enum Format { md, json }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load(Optional.ofNullable(configFile), System.getenv(), explicitOptions());
        Optional<Inventory> inventory = settings.find("inventory").map(file -> InventoryFile.read(Path.of(file)));
        if (once && repositories.isEmpty() && inventory.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--once needs at least one REPOSITORY (or an --inventory) to scan");
        }
        // Before the broker starts, which takes seconds: a mistyped path is told at once.
        for (String repository : repositories) {
            Optional<String> problem = Scans.problem(repository);
            if (problem.isPresent()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), problem.get());
            }
        }
        // An inventory of one organization names the organization to report on, unless --org does.
        String org = settings.find("org").orElseGet(() -> inventory.map(i -> i.repositories().stream()
                .map(r -> r.organization()).distinct().toList()).filter(orgs -> orgs.size() == 1).map(orgs -> orgs.get(0)).orElse("default"));
        Path data = Path.of(settings.get("data-dir", ".scale-projection"));
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Options options = new Pipeline.Options(data, settings.find("kafka.bootstrap-servers"), settings.getInt("kafka.port", 9092),
                settings.find("registry.url"), settings.getInt("registry.port", 8081), "localhost", settings.getInt("http.port", 8080),
                settings.getInt("topics.partitions", 3), weights(settings), role(settings), Catalogs.configured(settings.find("rules.file")),
                settings.find("aggregator.application-server").map(RunCommand::hostAndPort),
                settings.find(KafkaClients.PROPERTIES_KEY).map(Path::of), settings.find("registry.basic-auth"));
        if (once && options.role() != Pipeline.Role.all) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--once needs --role all: it waits for every stage");
        }
        err.println("Starting the pipeline (data in " + data.toAbsolutePath() + ") ...");
        ShutdownSignal shutdown = ShutdownSignal.install();
        try (Pipeline pipeline = new Pipeline(options)) {
            List<String> componentIds = new ArrayList<>();
            Scans scans = new Scans(data, settings.getLong("scan.max-file-bytes", 1_048_576L), err);
            for (int i = 0; i < repositories.size(); i++) {
                componentIds.addAll(scans.scanAndPublish(repositories.get(i), i + 1, repositories.size(), org, pipeline.publisher(), Instant.now()));
            }
            if (inventory.isPresent()) {
                componentIds.addAll(InventoryScans.scanOnce(inventory.get(), pipeline.publisher(), data,
                        settings.getLong("scan.max-file-bytes", 1_048_576L), err));
            }
            if (once) {
                pipeline.awaitDrained(Duration.ofMinutes(10));
                new ReportPrinter(pipeline.aggregator().queries()).print(org, componentIds, format == Format.json, spec.commandLine().getOut());
                return 0;
            }
            err.println("Kafka:           " + pipeline.bootstrapServers());
            err.println("Schema registry: " + pipeline.registryUrl());
            pipeline.httpPort().ifPresent(port -> err.println("HTTP:            http://localhost:" + port
                    + "  (GET /api/organizations/" + org + ", /api/components/{id}/gaps, /api/components/{id}/history, /api/stream, /metrics)"));
            pipeline.httpPort().ifPresent(port -> err.println("Dashboard:       http://localhost:" + port + "/"));
            err.println("Running. Press Ctrl-C to stop.");
            err.flush();
            shutdown.await();
            err.println("Stopping ...");
            return 0;
        } finally {
            shutdown.close();
        }
    }

    private static Pipeline.Role role(Settings settings) {
        String value = settings.get("role", "all");
        try {
            return Pipeline.Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new dev.scaleprojection.platform.config.ConfigurationException("role", value, "one of all, ingest, classifier, aggregator");
        }
    }

    /** The coherence index weights: {@code score.weight.concerning}, {@code .blocking}, {@code .uncertain} (default: Concerning's). */
    static CoherenceIndex weights(Settings settings) {
        double concerning = weight(settings, "score.weight.concerning", CoherenceIndex.DEFAULT.concerningWeight(), 0);
        double blocking = weight(settings, "score.weight.blocking", CoherenceIndex.DEFAULT.blockingWeight(), concerning);
        double uncertain = weight(settings, "score.weight.uncertain", concerning, 0);
        if (uncertain > blocking) {
            throw new dev.scaleprojection.platform.config.ConfigurationException("score.weight.uncertain", Double.toString(uncertain),
                    "at most score.weight.blocking (" + blocking + "), so that the index stays monotone");
        }
        return new CoherenceIndex(concerning, blocking, uncertain);
    }

    private static double weight(Settings settings, String key, double defaultValue, double minimum) {
        String value = settings.get(key, Double.toString(defaultValue));
        try {
            double weight = Double.parseDouble(value);
            if (weight >= minimum && Double.isFinite(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new dev.scaleprojection.platform.config.ConfigurationException(key, value, "a number of at least " + minimum);
    }

    /** {@code host:port}, as other aggregator instances reach this one's query server. */
    private static org.apache.kafka.streams.state.HostInfo hostAndPort(String value) {
        int colon = value.lastIndexOf(':');
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (colon > 0 && port > 0 && port < 65536) {
                return new org.apache.kafka.streams.state.HostInfo(value.substring(0, colon), port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new dev.scaleprojection.platform.config.ConfigurationException("aggregator.application-server", value, "host:port, such as aggregator-0.aggregator:8080");
    }

    private Map<String, String> explicitOptions() {
        Map<String, String> values = new HashMap<>();
        putIf(values, "org", organization);
        putIf(values, "data-dir", dataDir);
        putIf(values, "http.port", httpPort);
        putIf(values, "kafka.port", kafkaPort);
        putIf(values, "registry.port", registryPort);
        putIf(values, "kafka.bootstrap-servers", bootstrapServers);
        putIf(values, KafkaClients.PROPERTIES_KEY, kafkaClientProperties);
        putIf(values, "registry.url", registryUrl);
        putIf(values, "topics.partitions", partitions);
        putIf(values, "scan.max-file-bytes", maxFileBytes);
        putIf(values, "role", role);
        putIf(values, "rules.file", rulesFile);
        putIf(values, "inventory", inventoryFile);
        return values;
    }

    private static void putIf(Map<String, String> values, String key, Object value) {
        if (value != null) {
            values.put(key, value.toString());
        }
    }
}
