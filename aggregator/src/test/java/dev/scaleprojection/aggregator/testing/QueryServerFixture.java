package dev.scaleprojection.aggregator.testing;

import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.api.QueryServer;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query server over a TopologyTestDriver-backed aggregator, with a real schema registry (on a real broker) for the
 * class: each test starts from the gap rounds its class publishes in {@link #given(AggregatorDriver)}.
 */
public abstract class QueryServerFixture {

    @TempDir
    protected static Path dataDir;
    protected static RegistryBackedSerdes registry;

    protected AggregatorDriver driver;
    protected QueryServer server;
    protected HttpGet http;

    @BeforeAll
    static void startRegistry() {
        registry = RegistryBackedSerdes.start(dataDir);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @BeforeEach
    void startServer() {
        driver = new AggregatorDriver(registry.serdes(), dataDir.resolve("state-" + System.nanoTime()));
        server = QueryServer.start("localhost", 0, new AssessmentQueries(driver.stateStores(), CoherenceIndex.DEFAULT), () -> "");
        http = new HttpGet(server.port());
        given(driver);
    }

    @AfterEach
    void stopServer() {
        server.close();
        driver.close();
    }

    /** The gap rounds every test of the class starts from. */
    protected abstract void given(AggregatorDriver driver);
}
