package dev.scaleprojection.cli;

import dev.scaleprojection.aggregator.AggregatorApp;
import dev.scaleprojection.aggregator.api.QueryServer;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.ScoreChanged;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.platform.config.ConfigurationException;
import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.KafkaClients;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.metrics.Metrics;
import dev.scaleprojection.platform.registry.RegistryServerConfig;
import dev.scaleprojection.platform.registry.SchemaRegistryServer;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The whole pipeline in one process: Kafka (embedded unless a bootstrap address is given), the schema registry
 * (embedded unless a URL is given), the classifier and aggregator, the query server and a fact publisher.
 * Closing it stops everything in reverse order; the data folder keeps all state for the next start.
 */
final class Pipeline implements AutoCloseable {

    /** {@code applicationServer}: where other aggregator instances reach this one's query server; default httpHost:httpPort. */
    record Options(Path dataDir, Optional<String> bootstrapServers, int kafkaPort, Optional<String> registryUrl, int registryPort,
                   String httpHost, int httpPort, int partitions, CoherenceIndex weights, Role role, RuleCatalog catalog,
                   Optional<HostInfo> applicationServer, Optional<Path> kafkaClientProperties, Optional<String> registryBasicAuth) {

        Options(Path dataDir, Optional<String> bootstrapServers, int kafkaPort, Optional<String> registryUrl, int registryPort,
                String httpHost, int httpPort, int partitions, CoherenceIndex weights, Role role, RuleCatalog catalog) {
            this(dataDir, bootstrapServers, kafkaPort, registryUrl, registryPort, httpHost, httpPort, partitions, weights, role, catalog,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A copy that reaches an existing cluster with these client settings. */
        Options withKafka(String bootstrap, Optional<Path> clientProperties) {
            return new Options(dataDir, Optional.of(bootstrap), kafkaPort, registryUrl, registryPort, httpHost, httpPort, partitions,
                    weights, role, catalog, applicationServer, clientProperties, registryBasicAuth);
        }
    }

    /** Which services this process runs: all of them (the embedded default), or one, as in docker compose or Kubernetes. */
    enum Role {
        all, ingest, classifier, aggregator;

        boolean runs(Role service) {
            return this == all || this == service;
        }
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final KafkaClients kafka;
    private final String registryUrl;
    private final Optional<AggregatorApp> aggregator;
    private final Optional<QueryServer> queryServer;
    private final FactPublisher publisher;

    Pipeline(Options options) {
        try {
            if (options.bootstrapServers().isEmpty() && options.kafkaClientProperties().isPresent()) {
                throw new ConfigurationException(KafkaClients.PROPERTIES_KEY, options.kafkaClientProperties().get().toString(),
                        "set only with kafka.bootstrap-servers (--bootstrap-servers): the embedded broker needs no client settings");
            }
            kafka = options.bootstrapServers().map(bootstrap -> KafkaClients.of(bootstrap, options.kafkaClientProperties()))
                    .orElseGet(() -> keep(EmbeddedKafkaBroker.start(options.dataDir(), options.kafkaPort())).clients());
            int replication = options.bootstrapServers().isPresent() ? -1 : 1;
            new TopicAdministrator(kafka).ensure(Topics.PIPELINE, options.partitions(),
                    replication < 0 ? Optional.empty() : Optional.of((short) replication));
            SchemaRegistryClient registry = new SchemaRegistryClient(options.registryUrl().orElseGet(() -> keep(new SchemaRegistryServer(
                    new RegistryServerConfig(kafka, Math.max(replication, 1), "localhost", options.registryPort(), options.registryBasicAuth()))
                    .start()).url()), options.registryBasicAuth());
            registryUrl = registry.registryUrl(); // without the credentials a URL may carry: it is printed
            var factSerde = ConfluentAvroSerde.forValues(registry, FactEvent.class);
            var gapSerde = ConfluentAvroSerde.forValues(registry, GapChanged.class);
            StreamsSettings streams = new StreamsSettings(kafka, options.dataDir().resolve("streams"), Math.max(replication, 1), 1);
            Metrics metrics = keep(new Metrics());
            // the advertised address must be known before Streams starts, so a free port is chosen here rather than by the server
            int httpPort = options.httpPort() == 0 ? freePort() : options.httpPort();
            // The classifier starts beside the aggregator: each waits seconds for its consumer group to settle.
            Optional<CompletableFuture<ClassifierApp>> classifier = options.role().runs(Role.classifier)
                    ? Optional.of(CompletableFuture.supplyAsync(() -> {
                        var ruleSerde = ConfluentAvroSerde.forValues(registry, dev.scaleprojection.avro.Rule.class);
                        new RulePublisher(kafka, ruleSerde, factSerde).publish(options.catalog(), java.time.Instant.now());
                        return ClassifierApp.start(streams, new ClassifierTopology.ClassifierSerdes(factSerde, gapSerde),
                                options.catalog(), options.partitions());
                    }))
                    : Optional.empty();
            try {
                aggregator = options.role().runs(Role.aggregator)
                        ? Optional.of(keep(startAggregator(options, streams, gapSerde, registry, httpPort))) : Optional.empty();
            } catch (RuntimeException aggregatorFailed) {
                // kept, so that closing the pipeline stops it too
                classifier.ifPresent(starting -> {
                    try {
                        keep(started(starting));
                    } catch (RuntimeException classifierFailed) {
                        aggregatorFailed.addSuppressed(classifierFailed);
                    }
                });
                throw aggregatorFailed;
            }
            classifier.ifPresent(starting -> metrics.bind(keep(started(starting)).streams()));
            aggregator.ifPresent(app -> metrics.bind(app.streams()));
            queryServer = aggregator.map(app -> keep(QueryServer.start(options.httpHost(), httpPort, app.queries(),
                    Optional.of(app.liveEvents()), metrics::scrape)));
            publisher = new FactPublisher(keep(new KafkaProducer<>(kafka.config(Map.of(
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 10)), new StringSerializer(), factSerde.serializer())));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static AggregatorApp startAggregator(Options options, StreamsSettings streams, ConfluentAvroSerde<GapChanged> gapSerde,
                                                 SchemaRegistryClient registry, int httpPort) {
        return AggregatorApp.start(streams, new AggregatorTopology.AggregatorSerdes(gapSerde,
                ConfluentAvroSerde.forValues(registry, ComponentAssessed.class), ConfluentAvroSerde.forValues(registry, ScoreChanged.class)),
                options.weights(), Optional.of(options.applicationServer().orElse(new HostInfo(options.httpHost(), httpPort))));
    }

    /** The started classifier, or what stopped it from starting, as the start threw it. */
    private static ClassifierApp started(CompletableFuture<ClassifierApp> classifier) {
        try {
            return classifier.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the query server", e);
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    String registryUrl() {
        return registryUrl;
    }

    Optional<Integer> httpPort() {
        return queryServer.map(QueryServer::port);
    }

    FactPublisher publisher() {
        return publisher;
    }

    AggregatorApp aggregator() {
        return aggregator.orElseThrow(() -> new IllegalStateException("this process does not run the aggregator (--role)"));
    }

    /** Blocks until everything published so far has been classified and aggregated. */
    void awaitDrained(Duration timeout) throws InterruptedException {
        new PipelineDrain(kafka).await(List.of(
                new PipelineDrain.Stage(ClassifierApp.APPLICATION_ID, Topics.FACTS.name(), ClassifierApp.APPLICATION_ID + "-"),
                new PipelineDrain.Stage(AggregatorApp.APPLICATION_ID, Topics.GAPS.name(), AggregatorApp.APPLICATION_ID + "-")), timeout);
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }
}
