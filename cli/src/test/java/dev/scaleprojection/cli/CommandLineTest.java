package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    private final CommandRun cli = new CommandRun();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void runsEveryCommandWithTheProductsFormattingLocaleWhateverTheHosts() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);

            ScaleProjection.commandLine();

            assertThat(String.format("%,d %.1f", 1234567, 0.5)).isEqualTo("1,234,567 0.5");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void documentsEveryOptionOfRunInItsHelp() {
        int exit = execute("run", "--help");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("--once", "--org", "--data-dir", "--http-port", "--format", "--kafka-port",
                "--registry-port", "--bootstrap-servers", "--kafka-client-properties", "--registry-url", "--partitions", "--max-file-size", "--rules", "--role", "--config",
                "REPOSITORY");
    }

    @Test
    void refusesOnceWithoutARepositoryAndSaysWhy() {
        int exit = execute("run", "--once");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--once needs at least one REPOSITORY");
    }

    @Test
    void refusesARepositoryThatIsNeitherAFolderNorAGitUrlBeforeStartingTheBroker() {
        int exit = execute("run", "--once", "--data-dir", "target/never-started", "no/such/folder");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("Repository 'no/such/folder' is neither a folder nor a git URL")
                .doesNotContain("Starting the pipeline");
        assertThat(Path.of("target/never-started")).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormatNamingTheOption() {
        int exit = execute("run", "--once", "--format", "yaml", ".");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--format").contains("yaml");
    }

    static final String FIXTURE = Path.of("src/test/resources/fixtures/shop").toAbsolutePath().toString();

    @Test
    void failsTheGateWhenABlockingGapStandsInTheWayOfFullScale() {
        int exit = execute("check", FIXTURE);

        assertThat(exit).isEqualTo(CheckCommand.GATE_FAILED);
        assertThat(cli.err()).contains("default/shop/web: 1 blocking gap(s) stand in the way of level 8");
    }

    @Test
    void failsTheGateWhenAConcerningGapStandsInTheWayOfTheLevel() {
        int exit = execute("check", "--fail-on", "concerning", "--level", "5", FIXTURE);

        assertThat(exit).isEqualTo(CheckCommand.GATE_FAILED);
        assertThat(cli.err()).contains("Gate failed", "default/shop/orders: 1 concerning, blocking or uncertain gap(s) stand in the way of level 5");
        assertThat(cli.out()).contains("# GAPS: default/shop/orders", "OrderRepository.java:11");
    }

    @Test
    void passesTheGateWhenNoBlockingGapStandsInTheWay() {
        // web's synchronous call to inventory is Blocking only at level 8
        int exit = execute("check", "--format", "json", "--level", "7", FIXTURE);

        assertThat(exit).isZero();
        assertThat(cli.err()).contains("Gate passed");
        assertThat(cli.out()).contains("\"org\" : \"default\"", "\"score\" : 65.0");
    }

    /** A repository whose only finding is an in-memory H2 database: a store or a cache, the code does not say. */
    static String repositoryWithAnInMemoryDatabase(Path dir) throws Exception {
        Path component = dir.resolve("cache");
        java.nio.file.Files.createDirectories(component.resolve("src/main/java/com/acme/cache"));
        java.nio.file.Files.writeString(component.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>cache</artifactId><version>1</version></project>
                """);
        java.nio.file.Files.writeString(component.resolve("src/main/java/com/acme/cache/PriceCache.java"), """
                package com.acme.cache;

                class PriceCache {
                    static final String URL = "jdbc:h2:mem:prices";
                }
                """);
        return dir.toString();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "--fail-on {0}: exit {1}")
    @org.junit.jupiter.params.provider.CsvSource({"blocking, 0", "uncertain, 3", "concerning, 3"})
    void treatsAnUncertainGapAsStandingInTheWayUnlessOnlyBlockingGapsFail(String failOn, int expected,
                                                                          @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // json: the Markdown report shows three categories only until the aggregator's report learns UNCERTAIN
        int exit = execute("check", "--format", "json", "--fail-on", failOn, "--level", "4", repositoryWithAnInMemoryDatabase(dir));

        assertThat(exit).as(cli.err()).isEqualTo(expected);
        assertThat(cli.out()).contains("Embedded h2 database (memory)", "uncertain");
        if (expected == 0) {
            assertThat(cli.err()).contains("Gate passed", "Note: 1 uncertain gap(s) stand in the way");
        } else {
            assertThat(cli.err()).contains(": 1 " + FailOn.valueOf(failOn).description() + " gap(s) stand in the way of level 4");
        }
    }

    @Test
    void printsTheFactsTheScannerSeesAsJson() {
        int exit = execute("scan", "--format", "json", FIXTURE);

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("\"kind\" : \"endpoint.hardcoded\"", "\"component\" : \"orders\"",
                "\"path\" : \"orders/src/main/java/com/acme/orders/OrderRepository.java\"", "\"line\" : 11", "\"fingerprint\"",
                "\"skipped\" : [");
        assertThat(cli.out()).doesNotContain("orders_test", "legacy-db", "docs.internal");
    }

    @Test
    void refusesAnInvalidRuleCatalogNamingTheRuleAndField(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("rules.yml");
        java.nio.file.Files.writeString(catalog, """
                rules:
                  - id: acme.no-shared-db
                    version: 1
                    concern: SHARDING
                    axis: STATE
                    title: x
                    when: {kinds: [state.embedded-database]}
                    categories: {SERVICE: BLOCKING}
                    explanation: {currentState: a, atScale: b, required: c}
                """);

        int exit = execute("rules", "validate", catalog.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("rule 'acme.no-shared-db', field 'concern' 'SHARDING' is not one of");
    }

    @Test
    void refusesAnInvalidAssertionNamingEveryBadFieldAndPublishesNothing() {
        int exit = execute("assert", "--component", "Orders", "--waive", "fp", "--author", "ada", "--reason", "short", "--dry-run");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("component: must look like org/system/component", "reason: say why",
                "expires: a waiver must expire");
    }

    @Test
    void namesTheSystemAfterTheRepositoryFolderOrGitUrl() {
        assertThat(Scans.systemName("/tmp/My Shop", Path.of("/tmp/My Shop"))).isEqualTo("my-shop");
        assertThat(Scans.systemName("https://github.com/acme/orders-service.git", Path.of("/data/repos/x"))).isEqualTo("orders-service");
        assertThat(Scans.systemName("git@github.com:acme/web.git", Path.of("/data/repos/x"))).isEqualTo("web");
    }
    @Test
    void documentsEveryOptionOfGapsAndReportInTheirHelp() {
        assertThat(execute("gaps", "--help")).isZero();
        assertThat(execute("report", "--help")).isZero();

        assertThat(cli.out()).contains("ORG/SYSTEM[/COMPONENT]", "--level", "--as-of", "--output-dir", "DIR/ORG/SYSTEM/GAPS.md",
                "--org", "--format", "md|json", "--api");
    }

    @Test
    void documentsEveryOptionOfReplayInItsHelp() {
        assertThat(execute("replay", "--help")).isZero();

        assertThat(cli.out()).contains("--bootstrap-servers", "--registry-url", "--kafka-client-properties", "--rules", "--timeout",
                "--keep", "byte for byte", "Exit status: 0 identical, 3 different");
    }

    @Test
    void refusesAReplayTimeoutThatIsNoDurationNamingTheOption() {
        int exit = execute("replay", "--timeout", "soon");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--timeout 'soon' is not a positive duration such as 30s, 10m, 1h or PT10M");
    }

    @Test
    void saysWhereItLookedWhenThereIsNoPipelineToReplay() {
        int exit = execute("replay", "--bootstrap-servers", "localhost:1", "--timeout", "2s");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("Cannot reach Kafka at localhost:1", "--bootstrap-servers");
    }

    @ParameterizedTest(name = "gaps {0} is refused")
    @ValueSource(strings = {"acme/shop/orders/extra", "acme//orders", "/shop", "acme/../orders"})
    void refusesAGapsIdThatIsNeitherAComponentNorASystemAndSaysWhatIsExpected(String id) {
        int exit = execute("gaps", id);

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("expected a component id ORG/SYSTEM/COMPONENT, a system ORG/SYSTEM", "'" + id + "'");
    }

    @Test
    void refusesToPrintAWholeOrganizationsGapsAndPointsToOutputDir() {
        int exit = execute("gaps", "acme");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("'acme' is an organization", "--output-dir");
    }

    @Test
    void refusesAGapsLevelItDoesNotKnow() {
        int exit = execute("gaps", "acme/shop", "--level", "9");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--level must be a level from 1 to 8", "'9'");
    }

    @Test
    void namesTheAggregatorsUrlAndHowToStartOneWhenNoneAnswers() throws Exception {
        String api;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            api = "http://localhost:" + free.getLocalPort();
        }

        int gaps = execute("gaps", "acme/shop", "--api", api);
        int report = execute("report", "--org", "acme", "--api", api);

        assertThat(gaps).isEqualTo(1);
        assertThat(report).isEqualTo(1);
        assertThat(cli.err()).contains("Cannot reach the aggregator at " + api, "scale-projection run", "--api");
    }
}
