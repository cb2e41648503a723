package dev.scaleprojection.cli;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.ingest.continuous.InventoryWatcher;
import dev.scaleprojection.ingest.http.IngestServer;
import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.inventory.InventoryFile;
import dev.scaleprojection.ingest.publish.AssertionPublisher;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.platform.config.ConfigurationException;
import dev.scaleprojection.platform.config.Settings;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code watch}: the continuous ingest service; keeps an inventory's repositories published to a running pipeline. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Keeps an organization's repositories assessed by a running pipeline (start it with `run`).",
            "It reads the inventory (docs/inventory.md), scans every repository, then polls each for a moved head every "
                + "--poll-interval and rescans only the files that changed (every file once after the scanner is upgraded). "
                + "It also serves, on --ingest-port,",
            "  POST /api/webhooks/github              push events (signed X-Hub-Signature-256) trigger a rescan,",
            "  POST /api/assertions                   manual assertions, validated like `assert`,",
            "  DELETE /api/assertions/{id}            revocations (or POST /api/assertions/{id}/revoke).",
            "With a token set (SCALE_PROJECTION_INGEST_HTTP_TOKEN), the assertion endpoints need it as a bearer token. "
                + "A repository that fails is reported and retried later; the others go on. Runs until Ctrl-C."})
final class WatchCommand implements Callable<Integer> {

    static final Duration DEFAULT_POLL = Duration.ofMinutes(5);

    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", paramLabel = "FILE", description = "The inventory (YAML) of repositories to keep assessed (key inventory; required).")
    Path inventoryFile;

    @Option(names = "--poll-interval", paramLabel = "DURATION", description = "How often every repository is checked for new commits, e.g. 30s, 5m, 1h (default: 5m; key watch.poll-interval).")
    String pollInterval;

    @Option(names = "--ingest-port", paramLabel = "N", description = "Port of the webhook and assertion endpoints (default: 8090; 0 picks a free one; key ingest.http.port).")
    Integer ingestPort;

    @Option(names = "--ingest-host", paramLabel = "HOST", description = "Interface the endpoints listen on (default: localhost; 0.0.0.0 for all, behind a proxy that adds TLS; key ingest.http.host). Elsewhere than localhost, set a token for the assertion endpoints: SCALE_PROJECTION_INGEST_HTTP_TOKEN (key ingest.http.token).")
    String ingestHost;

    @Option(names = "--webhook-secret-env", paramLabel = "NAME", description = "The environment variable holding the webhook secret (default: the key webhook.secret, i.e. SCALE_PROJECTION_WEBHOOK_SECRET). Without a secret the webhook answers 503.")
    String webhookSecretEnv;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where clones (repos/) and the state of each repository's last scan (ingest-state/) are kept (default: ./.scale-projection; key data-dir).")
    Path dataDir;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: 1048576; key scan.max-file-bytes).")
    Long maxFileBytes;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file with any of the keys above.")
    Path configFile;

    @Mixin
    RunningPipeline pipeline = new RunningPipeline();

    @Override
    public Integer call() throws Exception {
        Map<String, String> environment = System.getenv();
        Settings settings = Settings.load(Optional.ofNullable(configFile), environment, explicitOptions());
        Path inventoryPath = settings.find("inventory").map(Path::of).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(), "--inventory FILE is required (key inventory)"));
        Inventory inventory = InventoryFile.read(inventoryPath);
        String intervalText = settings.get("watch.poll-interval", "5m");
        Duration interval = duration(intervalText);
        Optional<String> secret = webhookSecretEnv != null
                ? Optional.ofNullable(environment.get(webhookSecretEnv)).filter(s -> !s.isBlank())
                : settings.find("webhook.secret").filter(s -> !s.isBlank());
        PrintWriter err = spec.commandLine().getErr();
        if (webhookSecretEnv != null && secret.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--webhook-secret-env names " + webhookSecretEnv + ", which is not set");
        }
        Optional<String> assertionToken = settings.find("ingest.http.token").filter(s -> !s.isBlank());
        String host = settings.get("ingest.http.host", "localhost");
        if (assertionToken.isEmpty() && !isLoopback(host)) {
            err.println("warning: the assertion endpoints listen on " + host + " without a token: anyone who reaches them can "
                    + "assert and waive; set SCALE_PROJECTION_INGEST_HTTP_TOKEN (key ingest.http.token).");
        }
        Path data = Path.of(settings.get("data-dir", ".scale-projection"));
        var serde = ConfluentAvroSerde.forValues(pipeline.registry(Optional.ofNullable(configFile)), FactEvent.class);
        ShutdownSignal shutdown = ShutdownSignal.install();
        InventoryProgress progress = new InventoryProgress(err);
        try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(pipeline.kafka(Optional.ofNullable(configFile)).config(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000)),
                new StringSerializer(), serde.serializer());
             InventoryWatcher watcher = new InventoryWatcher(inventory, new FactPublisher(producer),
                     InventoryWatcher.Settings.of(data, interval, settings.getLong("scan.max-file-bytes", 1_048_576L)), environment,
                     Clock.systemUTC(), progress)) {
            err.printf("Watching %d repositories of %s (data in %s) ...%n", inventory.repositories().size(), inventoryPath,
                    data.toAbsolutePath());
            progress.summarize(watcher.scanAll());
            watcher.start();
            try (IngestServer server = IngestServer.start(host, settings.getInt("ingest.http.port", 8090), secret, assertionToken,
                    Optional.of(watcher), new AssertionPublisher(producer), Clock.systemUTC())) {
                err.printf("Polling every %s. HTTP: http://localhost:%d  (POST /api/webhooks/github%s, POST /api/assertions,"
                        + " DELETE /api/assertions/{id})%n", intervalText, server.port(), secret.isPresent() ? "" : " [off: no webhook.secret]");
                err.println("Running. Press Ctrl-C to stop.");
                err.flush();
                shutdown.await();
                err.println("Stopping ...");
            }
            return 0;
        } finally {
            shutdown.close();
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d} or ISO-8601 ({@code PT5M}); positive. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration duration;
            if (value.startsWith("p")) {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (value.matches("\\d+(ms|s|m|h|d)")) {
                long amount = Long.parseLong(value.replaceAll("\\D", ""));
                duration = switch (value.replaceAll("\\d", "")) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } else {
                throw new ConfigurationException("watch.poll-interval", text, "a duration such as 30s, 5m, 1h or PT5M");
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new ConfigurationException("watch.poll-interval", text, "a positive duration");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("watch.poll-interval", text, "a duration such as 30s, 5m, 1h or PT5M");
        }
    }

    private Map<String, String> explicitOptions() {
        Map<String, String> values = new HashMap<>();
        Optional.ofNullable(inventoryFile).ifPresent(v -> values.put("inventory", v.toString()));
        Optional.ofNullable(pollInterval).ifPresent(v -> values.put("watch.poll-interval", v));
        Optional.ofNullable(ingestPort).ifPresent(v -> values.put("ingest.http.port", v.toString()));
        Optional.ofNullable(ingestHost).ifPresent(v -> values.put("ingest.http.host", v));
        Optional.ofNullable(dataDir).ifPresent(v -> values.put("data-dir", v.toString()));
        Optional.ofNullable(maxFileBytes).ifPresent(v -> values.put("scan.max-file-bytes", v.toString()));
        return values;
    }
}
