package dev.scaleprojection.aggregator.api;

import static dev.scaleprojection.aggregator.testing.GapChangedSamples.asserted;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.change;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.owned;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.round;
import static dev.scaleprojection.aggregator.testing.GapChangedSamples.uncertain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.aggregator.AggregatorApp;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.testing.HttpGet;
import dev.scaleprojection.aggregator.testing.RegistryBackedSerdes;
import dev.scaleprojection.avro.Axis;
import dev.scaleprojection.avro.AxisLevel;
import dev.scaleprojection.avro.GapCategory;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Level;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium against the aggregator on the real in-process broker: gap rounds published to
 * gaps.v1 show up as scores, components, gaps (uncertain ones with what would settle them), history with the assertion's
 * author and reason, owner teams, trends and past states (as of a time), and a new round updates the page live without a reload.
 * The browser tests skip when Debian's chromium or chromedriver is absent; the serving test always runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ORDERS = "acme/shop/orders";
    static final String WEB = "acme/shop/web";
    static final String LEDGER = "globex/books/ledger";
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PAYMENTS = "group:default/payments";
    static final String SETTLED_BY = "a fact naming who else writes to the ledger database, or an assertion that nobody does";
    static final String REASON = "the legacy database is retired next sprint";

    @TempDir
    static Path dataDir;
    static RegistryBackedSerdes registry;
    static AggregatorApp app;
    static QueryServer server;
    static KafkaProducer<String, GapChanged> producer;
    static HttpGet http;
    static WebDriver browser;

    @BeforeAll
    static void startAggregatorWithTwoOrganizations() throws Exception {
        registry = RegistryBackedSerdes.start(dataDir);
        new TopicAdministrator(registry.bootstrapServers()).ensure(Topics.PIPELINE, 3, Optional.of((short) 1));
        app = AggregatorApp.start(new StreamsSettings(registry.bootstrapServers(), dataDir.resolve("streams"), 1, 1), registry.serdes(),
                CoherenceIndex.DEFAULT);
        server = QueryServer.start("localhost", 0, app.queries(), Optional.of(app.liveEvents()), () -> "# metrics\n");
        http = new HttpGet(server.port());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, registry.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), registry.serdes().gaps().serializer());
        publish(owned(round(ORDERS, T1, "scan:s1", explained(change(GapChangeKind.OPENED, "configuration.hardcoded-endpoint", "fp-pg",
                Level.COMPOSED, GapCategory.CONCERNING))), PAYMENTS, "commerce"));
        publish(owned(round(WEB, T1, "scan:w1"), "team-web", "commerce"));
        publish(round(LEDGER, T1, "scan:l1", uncertain(GapChangeKind.OPENED, "state.shared-store", "fp-db", Level.COMPOSED, SETTLED_BY)));
        publish(asserted(round(LEDGER, T2, "assertion:a1", uncertain(GapChangeKind.WAIVED, "state.shared-store", "fp-db", Level.COMPOSED,
                SETTLED_BY)), "ada", REASON));
        await().atMost(PATIENCE).until(() -> app.queries().organization("acme").map(s -> s.components().size() == 2).orElse(false)
                && app.queries().organization("globex").isPresent()
                && app.queries().history(LEDGER).map(h -> h.entries().size() == 2).orElse(false)
                && app.queries().component(LEDGER).map(c -> "assertion:a1".equals(c.cause())).orElse(false));
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        producer.close();
        server.close();
        app.close();
        registry.close();
    }

    @Test
    @Order(1)
    void servesTheDashboardAtTheRootWhileEveryApiRouteKeepsAnswering() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpGet.Answer script = http.get("/app.js");
        HttpGet.Answer unknownApi = http.get("/api/nope");
        HttpGet.Answer unknownPage = http.get("/nope.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.json().get("message").asText()).isEqualTo("No such endpoint: GET /api/nope");
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(http.get("/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/metrics").body()).isEqualTo("# metrics\n");
        assertThat(http.get("/api/organizations").json()).extracting(o -> o.get("org").asText()).containsExactly("acme", "globex");
        assertThat(http.get("/api/components/" + ORDERS + "/gaps").json().get("gaps").get(0).get("explanation").get("remediation").asText())
                .isEqualTo("Read the endpoint from configuration.");
    }

    @Test
    @Order(2)
    void showsEachOrganizationsScoreThenItsSystemsWorstComponentsTrendsAndASystemsComponents() {
        WebDriver page = browser();
        page.get(base() + "/");

        assertThat(text(By.cssSelector("tr[data-org='acme'] .score-index"))).isEqualTo(organizationIndex("acme"));
        assertThat(text(By.cssSelector("tr[data-org='acme']"))).contains("1 coherent · 1 accruing debt · 0 implicit");
        assertThat(text(By.cssSelector("tr[data-org='globex']"))).contains("globex");

        click(By.linkText("acme"));
        waitForText(By.tagName("h1"), "acme");
        assertThat(page.getCurrentUrl()).endsWith("#/org/acme");
        assertThat(text(By.cssSelector(".score-card .score-index"))).isEqualTo(organizationIndex("acme"));
        assertThat(text(By.cssSelector("tr[data-system='shop']"))).contains("shop");
        assertThat(text(By.cssSelector("tr[data-component='" + ORDERS + "']"))).contains("accruing debt", "scan:s1");
        assertThat(text(By.className("signal"))).contains("Concerning grew faster than Clean", "domain debt is accruing");

        click(By.linkText("shop"));
        waitForText(By.tagName("h1"), "acme/shop");
        assertThat(text(By.cssSelector("tr[data-component='" + WEB + "']"))).contains("coherent", "scan:w1");
        assertThat(text(By.cssSelector("tr[data-component='" + ORDERS + "']"))).contains("accruing debt");
        assertThat(page.findElement(By.partialLinkText("GAPS.md")).getDomProperty("href")).endsWith("/api/systems/acme/shop/gaps.md");
    }

    @Test
    @Order(3)
    void showsAComponentsGapsWithRuleExplanationAndEvidenceFiltersThemAndShowsItsHistory() {
        WebDriver page = browser();
        page.get(base() + "/#/component/" + ORDERS);

        assertThat(text(By.cssSelector("li.gap .rule"))).isEqualTo("configuration.hardcoded-endpoint@1");
        assertThat(text(By.cssSelector("li.gap .explanation")))
                .contains("Current state", "<b>The database URL</b> is written in the code.", "Remediation", "Read the endpoint from configuration.");
        assertThat(page.findElements(By.cssSelector(".explanation b"))).as("API text is never parsed as markup").isEmpty();
        assertThat(text(By.cssSelector("li.gap .evidence"))).contains("shop", "abc", "orders/src/Repo.java:12");
        assertThat(text(By.cssSelector("li.history-entry"))).contains("scan:s1", "opened", "configuration.hardcoded-endpoint",
                "orders/src/Repo.java:12");
        assertThat(page.findElement(By.linkText("GAPS.md")).getDomProperty("href")).endsWith("/api/components/acme/shop/orders/gaps.md");

        new Select(page.findElement(By.name("category"))).selectByValue("blocking");

        waitForText(By.className("gap-count"), "0 gaps match the filters.");
        assertThat(page.getCurrentUrl()).endsWith("#/component/acme/shop/orders?category=blocking");
        assertThat(page.findElements(By.cssSelector("li.gap"))).isEmpty();
    }

    @Test
    @Order(4)
    void updatesTheScoreTheComponentsAndTheFeedLiveWhenANewGapRoundArrives() throws Exception {
        WebDriver page = browser();
        page.get(base() + "/#/org/acme");
        waitFor(By.cssSelector("#live.live-live"));
        String before = organizationIndex("acme");
        waitForText(By.cssSelector(".score-card .score-index"), before);
        ((JavascriptExecutor) page).executeScript("window.loadedOnce = true;");

        publish(owned(round(ORDERS, T2, "scan:s2",
                change(GapChangeKind.OPENED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING)), PAYMENTS, "commerce"));

        await().atMost(PATIENCE).until(() -> !organizationIndex("acme").equals(before));
        waitForText(By.cssSelector(".score-card .score-index"), organizationIndex("acme"));
        waitForText(By.id("feed"), "scan:s2");
        assertThat(text(By.id("feed"))).contains(ORDERS, "1 opened (blocking)", "acme coherence index");
        waitForText(By.cssSelector("tr[data-component='" + ORDERS + "']"), "implicit");
        assertThat(((JavascriptExecutor) page).executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);

        click(By.cssSelector("main a[href='#/component/acme/shop/orders']"));
        waitForText(By.tagName("h1"), ORDERS);
        waitFor(By.cssSelector("#live.live-live"));
        publish(owned(GapChanged.newBuilder(round(ORDERS, T3, "scan:s3",
                change(GapChangeKind.RESOLVED, "multi-tenancy.tenant-in-domain", "fp-tenant", Level.COMPOSED, GapCategory.BLOCKING)))
                .setAxisLevels(List.of(new AxisLevel(Axis.STATE, Level.COMPOSED), new AxisLevel(Axis.DIRECTED, Level.SERVICE))).build(),
                PAYMENTS, "commerce"));

        waitForText(By.cssSelector("li.history-entry"), "scan:s3");
        assertThat(text(By.cssSelector("li.history-entry"))).contains("scan:s3", "resolved", "multi-tenancy.tenant-in-domain");
        assertThat(page.findElements(By.cssSelector("li.gap"))).hasSize(1);
        assertThat(((JavascriptExecutor) page).executeScript("return window.loadedOnce === true;")).as("no reload").isEqualTo(true);
    }

    @Test
    @Order(5)
    void showsWhoWaivedAGapAndWhyAndAsOfAnEarlierTimeTheUncertainGapWithWhatWouldSettleIt() {
        WebDriver page = browser();
        page.get(base() + "/#/component/" + LEDGER);
        waitForText(By.cssSelector("li.history-entry"), "assertion:a1");
        assertThat(text(By.cssSelector("li.history-entry .history-attribution"))).isEqualTo("waived by ada: " + REASON);
        assertThat(text(By.className("gap-count"))).isEqualTo("0 gaps open.");
        waitFor(By.cssSelector("#live.live-live"));

        ((JavascriptExecutor) page).executeScript("document.getElementById('as-of').value = '2026-12-01T12:00';");
        click(By.cssSelector("form.as-of button[type='submit']"));

        waitForText(By.className("historical-notice"), "2026-12-01 12:00 UTC");
        assertThat(page.getCurrentUrl()).endsWith("#/component/" + LEDGER + "?asOf=2026-12-01T12%3A00%3A00Z");
        waitFor(By.cssSelector("#live.live-paused"));
        waitForText(By.cssSelector("li.gap.gap-uncertain"), "Settled by: " + SETTLED_BY);
        assertThat(text(By.cssSelector("li.gap .badge"))).isEqualTo("uncertain");
        assertThat(page.findElements(By.cssSelector("li.history-entry"))).hasSize(1);
        new Select(page.findElement(By.name("category"))).selectByValue("uncertain");
        waitForText(By.className("gap-count"), "1 gap matches the filters.");
        assertThat(page.getCurrentUrl()).endsWith("?category=uncertain&asOf=2026-12-01T12%3A00%3A00Z");

        click(By.className("as-of-now"));
        waitFor(By.cssSelector("#live.live-live"));
        assertThat(page.findElements(By.className("historical-notice"))).isEmpty();
    }

    @Test
    @Order(6)
    void listsTheOwnerTeamsOfAnOrganizationAndATeamsComponentsWithTheirScoresNowAndAsOfAnEarlierTime() {
        WebDriver page = browser();
        await().atMost(PATIENCE).until(() -> http.get("/api/organizations/acme/owners/" + PAYMENTS).json().path("score").path("accruingDebt").asInt() == 1
                && http.get("/api/organizations/acme/domains/commerce").json().path("score").path("accruingDebt").asInt() == 1);
        page.get(base() + "/#/org/acme");
        waitForText(By.cssSelector("tr[data-owner='" + PAYMENTS + "']"), ORDERS);
        assertThat(text(By.cssSelector("tr[data-domain='commerce']"))).contains("commerce", "1 coherent · 1 accruing debt");

        click(By.linkText(PAYMENTS));

        waitForText(By.tagName("h1"), PAYMENTS);
        assertThat(page.getCurrentUrl()).endsWith("#/owner/acme/group%3Adefault%2Fpayments");
        assertThat(text(By.cssSelector(".score-card .score-index"))).isEqualTo(String.format(Locale.ROOT, "%.1f",
                http.get("/api/organizations/acme/owners/" + PAYMENTS).json().get("score").get("coherenceIndex").asDouble()));
        assertThat(text(By.cssSelector("tr[data-component='" + ORDERS + "']"))).contains("accruing debt", PAYMENTS, "commerce");
        assertThat(page.findElements(By.cssSelector("tr[data-component]"))).hasSize(1);

        click(By.linkText(ORDERS));
        waitForText(By.cssSelector(".component-owner"), PAYMENTS);
        assertThat(text(By.cssSelector(".component-domain"))).isEqualTo("commerce");
        assertThat(text(By.cssSelector(".component-axes"))).isEqualTo("Directed 4 service · State 5 composed");

        page.get(base() + "/#/owner/acme/group%3Adefault%2Fpayments?asOf=" + T2);
        waitForText(By.className("historical-notice"), "2026-12-02 10:00 UTC");
        waitForText(By.cssSelector("tr[data-component='" + ORDERS + "']"), "implicit");
        assertThat(text(By.cssSelector(".score-card .score-index"))).isEqualTo(String.format(Locale.ROOT, "%.1f",
                http.get("/api/organizations/acme/owners/" + PAYMENTS + "?asOf=" + T2).json().get("score").get("coherenceIndex").asDouble()));
    }

    static GapChange explained(GapChange change) {
        return GapChange.newBuilder(change).setCurrentState("<b>The database URL</b> is written in the code.")
                .setAtScale("Every region needs its own build.").setRequired("Endpoints come from configuration.")
                .setRemediation("Read the endpoint from configuration.").build();
    }

    static void publish(GapChanged round) throws Exception {
        producer.send(new ProducerRecord<>(Topics.GAPS.name(), null, round.getOccurredAt().toEpochMilli(), round.getComponentId(), round))
                .get(30, TimeUnit.SECONDS);
    }

    /** The organization's index as the query API serves it, written as the dashboard writes it. */
    static String organizationIndex(String org) {
        return String.format(Locale.ROOT, "%.1f", http.get("/api/organizations/" + org).json().get("score").get("coherenceIndex").asDouble());
    }

    static String base() {
        return "http://localhost:" + server.port();
    }

    /** One headless Chromium for the class, started by the first browser test; the test is skipped without Debian's chromium. */
    static WebDriver browser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        if (browser == null) {
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024");
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        }
        return browser;
    }

    static WebElement waitFor(By locator) {
        return waiting().until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    /** The text of the first element found, read again if the page re-rendered it meanwhile. */
    static String text(By locator) {
        return waiting().until(d -> d.findElement(locator).getText());
    }

    static void click(By locator) {
        waiting().until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    static void waitForText(By locator, String text) {
        waiting().withMessage(() -> locator + " never showed '" + text + "'")
                .until(d -> d.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Waits for the page, which re-renders what it shows whenever the live stream says something changed. */
    static FluentWait<WebDriver> waiting() {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
    }
}
