package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.api.GapsMarkdown;
import dev.scaleprojection.aggregator.api.ReportDocument;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.Topics;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real in-process broker and registry: scan a fixture repository, classify, aggregate; then a
 * garbage record, a rescan, and a restart on the same data folder. One pipeline for the class; tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    static final Path FIXTURE_SOURCE = Path.of("src/test/resources/fixtures/shop").toAbsolutePath();
    static Path FIXTURE;
    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";

    @TempDir
    static Path dataDir;

    static Pipeline pipeline;
    static List<String> scannedComponents;

    @TempDir
    static Path repositories;

    @BeforeAll
    static void startPipelineAndScanTheFixture() throws Exception {
        FIXTURE = copyOf(FIXTURE_SOURCE, repositories.resolve("shop"));
        pipeline = new Pipeline(options());
        scannedComponents = scans().scanAndPublish(FIXTURE.toString(), "acme", pipeline.publisher(), Instant.parse("2026-12-01T10:00:00Z"));
        pipeline.awaitDrained(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static Pipeline.Options options() {
        return new Pipeline.Options(dataDir, Optional.empty(), 0, Optional.empty(), 0, "localhost", 0, 2, CoherenceIndex.DEFAULT, Pipeline.Role.all,
                dev.scaleprojection.classifier.catalog.RuleCatalogLoader.builtin());
    }

    static Scans scans() {
        return new Scans(dataDir, 1_048_576L, new PrintWriter(new StringWriter()));
    }

    @Test
    @Order(1)
    void assessesEachComponentWithTheExactGapsVerdictsAndScore() throws Exception {
        AssessmentQueries queries = pipeline.aggregator().queries();
        assertThat(scannedComponents).containsExactly(ORDERS, WEB);

        ReportDocument.Component orders = ReportDocument.component(queries.component(ORDERS).orElseThrow());
        assertThat(orders.levelName()).isEqualTo("service");
        assertThat(orders.axes()).extracting(a -> a.axis() + " " + a.level()).containsExactly("isolation 4", "state 4");
        assertThat(orders.verdict()).isEqualTo("accruing-debt");
        assertThat(orders.gaps()).extracting(g -> g.rule() + " " + g.category() + " " + g.targetLevel() + " "
                        + g.evidence().get(0).path() + ":" + g.evidence().get(0).line())
                .containsExactlyInAnyOrder(
                        "configuration.hardcoded-endpoint@4 concerning 5 orders/src/main/java/com/acme/orders/OrderRepository.java:11",
                        "configuration.configured-endpoint@2 clean 5 orders/src/main/resources/application.yml:4");

        ReportDocument.Component web = ReportDocument.component(queries.component(WEB).orElseThrow());
        assertThat(web.verdict()).isEqualTo("implicit");
        assertThat(web.gaps()).extracting(g -> g.rule() + " " + g.category() + " " + g.targetLevel() + " "
                        + g.evidence().get(0).path() + ":" + g.evidence().get(0).line())
                .containsExactlyInAnyOrder(
                        "configuration.env-fallback-endpoint@2 clean 5 web/src/inventoryClient.ts:2",
                        "multi-region.sync-internal-call@4 concerning 5 web/src/inventoryClient.ts:5",
                        "multi-region.sync-internal-call@4 blocking 8 web/src/inventoryClient.ts:5");

        // orders 100 / (1 + 0.25) = 80; web's call to inventory counts once, as Blocking at full scale: 100 / 2 = 50
        ScopeScore org = queries.organization("acme").orElseThrow();
        assertThat(org.coherenceIndex()).isEqualTo(65.0);
        assertThat(org.worstComponents()).containsExactly(WEB, ORDERS);
    }

    @Test
    @Order(2)
    void checksWithoutKafkaToExactlyTheGapsThePipelineComputed() {
        Scans.Scanned scanned = scans().scan(FIXTURE.toString(), 1, 1);
        LocalAssessment local = new LocalAssessment(dev.scaleprojection.classifier.catalog.RuleCatalogLoader.builtin(), CoherenceIndex.DEFAULT);
        local.apply(dev.scaleprojection.ingest.publish.FactPublisher.events(scanned.result(), "acme", scanned.system(),
                Instant.parse("2026-12-01T10:00:00Z")).events());

        AssessmentQueries pipelineQueries = pipeline.aggregator().queries();
        assertThat(local.assessments()).extracting(ReportDocument::component).containsExactlyElementsOf(
                scannedComponents.stream().map(id -> ReportDocument.component(pipelineQueries.component(id).orElseThrow())).toList());
        assertThat(local.score().coherenceIndex()).isEqualTo(pipelineQueries.organization("acme").orElseThrow().coherenceIndex());
    }

    @Test
    @Order(2)
    void servesTheGapsOfAComponentOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + pipeline.httpPort().orElseThrow();

        HttpResponse<String> gaps = http.send(HttpRequest.newBuilder(URI.create(base + "/api/components/" + ORDERS + "/gaps")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "/api/components/acme/shop/nope/gaps")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(gaps.body()).contains("\"id\" : \"acme/shop/orders\"", "orders-db.internal");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"message\"");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "kafka_stream");
    }

    @Test
    @Order(2)
    void answersTheScoreAndHistoryCommandsFromTheRunningAggregator() {
        String api = "http://localhost:" + pipeline.httpPort().orElseThrow();
        StringWriter out = new StringWriter();
        picocli.CommandLine cli = ScaleProjection.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("score", "acme", "--api", api)).isZero();
        assertThat(cli.execute("history", ORDERS, "--api", api)).isZero();

        assertThat(out.toString()).contains("65.0", "scan:shop@worktree@", "configuration.hardcoded-endpoint");
    }

    @Test
    @Order(2)
    void printsTheGapsMdOfAComponentAndOfASystemFromTheRunningAggregator() {
        AssessmentQueries queries = pipeline.aggregator().queries();
        List<ComponentAssessment> shop = queries.componentsOf("acme", "shop");

        CliRun component = CliRun.of("gaps", ORDERS, "--api", api());
        CliRun system = CliRun.of("gaps", "acme/shop", "--api", api());

        assertThat(component.exit()).isZero();
        assertThat(component.out()).isEqualTo(GapsMarkdown.render(queries.component(ORDERS).orElseThrow()))
                .contains("# GAPS: " + ORDERS, "OrderRepository.java:11");
        assertThat(system.exit()).isZero();
        assertThat(system.out()).isEqualTo(GapsMarkdown.renderSystem("acme/shop", queries.scoreOf(shop), shop))
                .startsWith("# GAPS: acme/shop (system)").contains("## GAPS: " + ORDERS, "## GAPS: " + WEB);
    }

    @Test
    @Order(2)
    void narrowsTheGapsMdToTheGapsInTheWayOfALevel() {
        CliRun fullScale = CliRun.of("gaps", WEB, "--api", api());
        CliRun composed = CliRun.of("gaps", WEB, "--level", "composed", "--api", api());

        // web's synchronous call to inventory is Concerning for level 5 and Blocking only at level 8
        assertThat(fullScale.out()).contains("| Target level | 8 Scaled |", "## Blocking", "## Concerning");
        assertThat(composed.exit()).isZero();
        assertThat(composed.out()).contains("| Target level | 5 Composed |", "## Concerning", "## Clean").doesNotContain("## Blocking");
    }

    @Test
    @Order(2)
    void writesTheGapsMdOfEverySystemAndComponentOfAnOrganizationToAFolder(@TempDir Path folder) throws Exception {
        AssessmentQueries queries = pipeline.aggregator().queries();

        CliRun organization = CliRun.of("gaps", "acme", "--output-dir", folder.resolve("all").toString(), "--api", api());
        CliRun system = CliRun.of("gaps", "acme/shop", "--level", "5", "--output-dir", folder.resolve("composed").toString(), "--api", api());

        assertThat(organization.exit()).isZero();
        assertThat(filesUnder(folder.resolve("all"))).containsExactly("acme/shop/GAPS.md", "acme/shop/orders/GAPS.md", "acme/shop/web/GAPS.md");
        assertThat(java.nio.file.Files.readString(folder.resolve("all/acme/shop/orders/GAPS.md")))
                .isEqualTo(GapsMarkdown.render(queries.component(ORDERS).orElseThrow()));
        assertThat(java.nio.file.Files.readString(folder.resolve("all/acme/shop/GAPS.md"))).startsWith("# GAPS: acme/shop (system)");
        assertThat(organization.out()).contains("Wrote " + folder.resolve("all/acme/shop/GAPS.md"), "Wrote " + folder.resolve("all/acme/shop/web/GAPS.md"));
        assertThat(system.exit()).isZero();
        assertThat(filesUnder(folder.resolve("composed"))).containsExactly("acme/shop/GAPS.md", "acme/shop/orders/GAPS.md", "acme/shop/web/GAPS.md");
        assertThat(java.nio.file.Files.readString(folder.resolve("composed/acme/shop/web/GAPS.md")))
                .contains("| Target level | 5 Composed |").doesNotContain("## Blocking");
    }

    @Test
    @Order(2)
    void namesTheUnknownIdAndExitsNonZero() {
        CliRun component = CliRun.of("gaps", "acme/shop/nope", "--api", api());
        CliRun system = CliRun.of("gaps", "acme/nope", "--output-dir", dataDir.resolve("unused").toString(), "--api", api());
        CliRun report = CliRun.of("report", "--org", "initech", "--api", api());

        assertThat(component.exit()).isEqualTo(1);
        assertThat(component.err()).contains("knows no component 'acme/shop/nope'");
        assertThat(system.exit()).isEqualTo(1);
        assertThat(system.err()).contains("knows no system 'acme/nope'");
        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.err()).contains("knows no organization 'initech'");
    }

    @Test
    @Order(3)
    void printsTheSameReportFromTheRunningAggregatorAsRunOnce() throws Exception {
        StringWriter runOnceJson = new StringWriter();
        StringWriter runOnceMarkdown = new StringWriter();
        new ReportPrinter(pipeline.aggregator().queries()).print("acme", scannedComponents, true, new PrintWriter(runOnceJson));
        new ReportPrinter(pipeline.aggregator().queries()).print("acme", scannedComponents, false, new PrintWriter(runOnceMarkdown));

        CliRun json = CliRun.of("report", "--org", "acme", "--format", "json", "--api", api());
        CliRun markdown = CliRun.of("report", "--org", "acme", "--api", api());

        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEqualTo(runOnceJson.toString()).contains("\"score\" : 65.0", "\"id\" : \"" + WEB + "\"");
        assertThat(markdown.exit()).isZero();
        assertThat(markdown.out()).isEqualTo(runOnceMarkdown.toString()).startsWith("# Organization acme: coherence index 65.0");
    }

    /** One run of the command line: its exit status and what it printed. */
    record CliRun(int exit, String out, String err) {
        static CliRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            picocli.CommandLine cli = ScaleProjection.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new CliRun(exit, out.toString(), err.toString());
        }
    }

    private static String api() {
        return "http://localhost:" + pipeline.httpPort().orElseThrow();
    }

    private static List<String> filesUnder(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(folder)) {
            return files.filter(java.nio.file.Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    @Order(3)
    void printsTheJsonDocumentOfTheRunOnceCommand() throws Exception {
        StringWriter out = new StringWriter();
        new ReportPrinter(pipeline.aggregator().queries()).print("acme", scannedComponents, true, new PrintWriter(out));

        assertThat(out.toString()).contains("\"org\" : \"acme\"", "\"score\" : 65.0", "\"verdict\" : \"accruing-debt\"",
                "\"targetLevel\" : 5", "\"path\" : \"orders/src/main/java/com/acme/orders/OrderRepository.java\"", "\"line\" : 11");
    }

    @Test
    @Order(3)
    void letsConfluentsOwnPythonClientDecodeEveryFactAndGap() throws Exception {
        Path script = Path.of("../scripts/confluent-consumer-check.py").toAbsolutePath();
        Assumptions.assumeTrue(confluentPythonClientInstalled(),
                "Debian's python3-confluent-kafka, python3-avro and python3-requests are not installed (.ci/run installs them)");

        Process check = new ProcessBuilder("/usr/bin/python3", script.toString(), pipeline.bootstrapServers(), pipeline.registryUrl(),
                Topics.FACTS.name(), Topics.GAPS.name()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).containsPattern(Topics.FACTS.name() + " [1-9]\\d* componentId,eventId,occurredAt,payload")
                .containsPattern(Topics.GAPS.name() + " 2 author,axisLevels,cause,changes,componentId,domain,level,occurredAt,owner,reason");
    }

    private static boolean confluentPythonClientInstalled() throws Exception {
        if (!java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return false;
        }
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import confluent_kafka.avro, avro, requests")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor() == 0;
    }

    @Test
    @Order(4)
    void sendsAGarbageRecordToTheDeadLetterTopicAndKeepsProcessing() throws Exception {
        byte[] garbage = "{not avro}".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.FACTS.name(), "acme/shop/orders".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }
        // good records keep flowing after it: a rescan still goes all the way through
        scans().scanAndPublish(FIXTURE.toString(), "acme", pipeline.publisher(), Instant.parse("2026-12-01T11:00:00Z"));
        pipeline.awaitDrained(Duration.ofMinutes(2));

        ConsumerRecord<String, byte[]> deadLetter = readOne(Topics.DEAD_LETTERS.name());
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(deadLetter.key()).isEqualTo("acme/shop/orders");
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(header(deadLetter, DeadLetterHeaders.ERROR)).contains("magic byte");
        assertThat(header(deadLetter, DeadLetterHeaders.OFFSET)).matches("\\d+");
        assertThat(header(deadLetter, DeadLetterHeaders.PARTITION)).matches("\\d+");
        assertThat(pipeline.aggregator().queries().component(ORDERS)).isPresent();
    }

    @Test
    @Order(5)
    void waivesAGapThroughTheAssertCommandAndReopensItOnRevoke() throws Exception {
        String gapId = ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow()).gaps().stream()
                .filter(g -> g.rule().startsWith("configuration.hardcoded-endpoint")).findFirst().orElseThrow().id();
        StringWriter out = new StringWriter();
        picocli.CommandLine cli = ScaleProjection.commandLine();
        cli.setOut(new PrintWriter(out));

        int asserted = cli.execute("assert", "--component", ORDERS, "--waive-gap", gapId, "--expires", "2099-12-31",
                "--author", "ada", "--reason", "the legacy database is retired next sprint",
                "--bootstrap-servers", pipeline.bootstrapServers(), "--registry-url", pipeline.registryUrl());
        pipeline.awaitDrained(Duration.ofMinutes(2));

        assertThat(asserted).isZero();
        ReportDocument.Component waived = ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow());
        assertThat(waived.gaps()).extracting(ReportDocument.Gap::id).doesNotContain(gapId);
        assertThat(waived.verdict()).isEqualTo("coherent");

        String assertionId = out.toString().trim().replace("Published assertion ", "");
        int revoked = cli.execute("revoke", "--component", ORDERS, "--assertion", assertionId, "--author", "ada",
                "--reason", "not retired after all", "--bootstrap-servers", pipeline.bootstrapServers(), "--registry-url", pipeline.registryUrl());
        pipeline.awaitDrained(Duration.ofMinutes(2));

        assertThat(revoked).isZero();
        assertThat(ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow()).gaps())
                .extracting(ReportDocument.Gap::id).contains(gapId);
    }

    @Test
    @Order(6)
    void keepsSchemaIdsAndAssessmentsAcrossARestartOnTheSameDataFolder() throws Exception {
        SchemaRegistryClient before = new SchemaRegistryClient(pipeline.registryUrl());
        int factSchemaId = before.register(Topics.FACTS.valueSubject(), FactEvent.getClassSchema());
        String assessmentBefore = ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow()).toString();

        pipeline.close();
        pipeline = new Pipeline(options());

        SchemaRegistryClient after = new SchemaRegistryClient(pipeline.registryUrl());
        assertThat(after.register(Topics.FACTS.valueSubject(), FactEvent.getClassSchema())).isEqualTo(factSchemaId);
        assertThat(after.versions(Topics.FACTS.valueSubject())).containsExactly(1);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow()).toString())
                        .isEqualTo(assessmentBefore));
    }

    @Test
    @Order(7)
    void resolvesTheGapWhenARescanNoLongerFindsTheHardCodedEndpoint() throws Exception {
        // given the repository after a commit that moved the database URL into configuration
        Path repository = FIXTURE.resolve("orders/src/main/java/com/acme/orders/OrderRepository.java");
        java.nio.file.Files.writeString(repository, java.nio.file.Files.readString(repository)
                .replace("\"jdbc:postgresql://orders-db.internal:5432/orders\"", "System.getenv(\"ORDERS_DB_URL\")"));

        // when it is scanned again
        scans().scanAndPublish(FIXTURE.toString(), "acme", pipeline.publisher(), Instant.parse("2026-12-02T10:00:00Z"));
        pipeline.awaitDrained(Duration.ofMinutes(2));

        // then the Concerning gap is resolved and the Clean one stays: orders is coherent again
        ReportDocument.Component orders = ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow());
        assertThat(orders.gaps()).extracting(ReportDocument.Gap::rule).containsExactly("configuration.configured-endpoint@2");
        assertThat(orders.verdict()).isEqualTo("coherent");
        ScopeScore org = pipeline.aggregator().queries().organization("acme").orElseThrow();
        assertThat(org.coherenceIndex()).as(org.toString()).isEqualTo(75.0);
    }

    @Test
    @Order(8)
    void publishesAnOrganizationsVersionOfARuleThatReclassifiesTheComponentsItConcerns(@TempDir Path folder) throws Exception {
        // given an organization's catalog re-wording the rule of orders' configured endpoint
        Path catalog = folder.resolve("rules.yml");
        java.nio.file.Files.writeString(catalog, """
                rules:
                  - id: configuration.configured-endpoint
                    version: 3
                    concern: CONFIGURATION
                    axis: ISOLATION
                    title: "Endpoint {host} comes from configuration"
                    when: {kinds: [endpoint.configured]}
                    categories: {SERVICE: CLEAN}
                    explanation: {currentState: "In configuration.", atScale: "Per environment.", required: "Nothing."}
                """);

        // when it is published to the running pipeline, twice
        CliRun publish = CliRun.of("rules", "publish", catalog.toString(), "--bootstrap-servers", pipeline.bootstrapServers(),
                "--registry-url", pipeline.registryUrl());
        CliRun again = CliRun.of("rules", "publish", catalog.toString(), "--bootstrap-servers", pipeline.bootstrapServers(),
                "--registry-url", pipeline.registryUrl());
        pipeline.awaitDrained(Duration.ofMinutes(2));

        // then the rule is published once, and orders' gap stands on its new version, caused by the rule change
        assertThat(publish.exit()).as(publish.out() + publish.err()).isZero();
        assertThat(publish.out()).contains("Published configuration.configured-endpoint@3");
        assertThat(again.out()).contains("Nothing to publish");
        ReportDocument.Component orders = ReportDocument.component(pipeline.aggregator().queries().component(ORDERS).orElseThrow());
        assertThat(orders.gaps()).extracting(ReportDocument.Gap::rule).containsExactly("configuration.configured-endpoint@3");
        assertThat(orders.gaps()).extracting(ReportDocument.Gap::title).singleElement().asString().startsWith("Endpoint ")
                .endsWith(" comes from configuration");
    }

    @Test
    @Order(9)
    void replaysTheWholeLogBesideThePipelineToByteIdenticalGapChangesAndLeavesNothingBehind() throws Exception {
        CliRun replay = CliRun.of("replay", "--bootstrap-servers", pipeline.bootstrapServers(), "--registry-url", pipeline.registryUrl());

        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("Identical, byte for byte, to scale-projection.gaps.v1.")
                // the garbage record of the dead-letter test is the replay's dead letter too, in its own topic
                .contains("of 2 components", "dead letters: 1");
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).noneMatch(topic -> topic.contains("replay-"));
            assertThat(admin.listConsumerGroups().all().get()).noneMatch(group -> group.groupId().contains("replay-"));
        }
    }

    @Test
    @Order(10)
    void namesTheComponentAndTheChangeWhereThePipelinesGapChangesDifferFromTheReplay() throws Exception {
        // given a gap change of orders written twice to the pipeline's topic, as a faulty writer would
        ConsumerRecord<String, byte[]> first = readOne(Topics.GAPS.name());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.GAPS.name(), first.key().getBytes(StandardCharsets.UTF_8), first.value())).get();
        }

        CliRun replay = CliRun.of("replay", "--bootstrap-servers", pipeline.bootstrapServers(), "--registry-url", pipeline.registryUrl());

        assertThat(replay.exit()).as(replay.out() + replay.err()).isEqualTo(ReplayCommand.DIFFERENT);
        assertThat(replay.out()).contains("Different from scale-projection.gaps.v1 for 1 of 2 components:", "  " + first.key() + ": change ")
                .containsPattern("the pipeline has (\\d+), the replay \\d+\\)\\n    pipeline: scan:")
                .contains("    replay:   (none)");
    }

    private static Path copyOf(Path source, Path target) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(copy);
                } else {
                    java.nio.file.Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private ConsumerRecord<String, byte[]> readOne(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + topic), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
            return records.get(0);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
