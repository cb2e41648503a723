package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.domain.InternalServiceCallDetector;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rescan judges a re-read file's synchronous calls as a full scan would: against the component of the file, a client
 * app's calls as the device's; and a file whose calls other files tell (a gRPC service served, a port served on) scans
 * everything.
 */
class IncrementalServiceCallsTest {

    @TempDir
    Path temp;

    private ShopRescans shop;
    private GitFixture origin;

    @BeforeEach
    void cloneAndScanTheShop() {
        shop = ShopRescans.clonedAndScanned(temp);
        origin = shop.origin();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    /**
     * A rescan reads the file in a scratch folder whose only component is the root: whether a call targets the
     * component that makes it is judged in the file's real component (orders), not in that one (shop).
     */
    @ParameterizedTest(name = "a call from orders to {0} is a fact: {1}")
    @CsvSource({"orders-service, false", "shop-api, true"})
    void aCallIsJudgedAgainstTheComponentOfItsFileWhenTheFileIsReadAgain(String target, boolean isFact) {
        origin.write("orders/src/main/java/com/shop/orders/OrdersProbe.java", """
                package com.shop.orders;

                public class OrdersProbe {
                    private final WebClient webClient;

                    public Mono<String> health() {
                        return webClient.get().uri("http://%s:8080/health").retrieve().bodyToMono(String.class);
                    }
                }
                """.formatted(target)).commit("probe");
        shop.saveFullScan();
        origin.replace("orders/src/main/java/com/shop/orders/OrdersProbe.java", "/health", "/ready").commit("readiness");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).filteredOn(f -> f.finding().path().endsWith("OrdersProbe.java"))
                .filteredOn(f -> f.finding().kind().equals(InternalServiceCallDetector.SYNC_CALL)).hasSize(isFact ? 1 : 0);
        shop.assertSameAsFullScan(outcome.result());
    }

    @Test
    void aClientAppsCallStaysTheDevicesWhenItsFileIsReadAgainWithoutItsProject() {
        origin.write("clientapp/ClientApp.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <UseMaui>true</UseMaui>
                  </PropertyGroup>
                </Project>
                """).write("clientapp/Services/BasketService.cs", """
                public class BasketService {
                    private const string Cache = "redis://cache.shop.internal:6379/0";

                    private void Connect(HttpClient client) {
                        client.BaseAddress = new("http://basket-api");
                    }
                }
                """).commit("a client app");
        shop.saveFullScan();
        origin.replace("clientapp/Services/BasketService.cs", "public class", "// the device's basket\npublic class")
                .commit("explain");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).as(outcome.reason()).isTrue();
        assertThat(outcome.result().facts()).filteredOn(f -> f.finding().path().equals("clientapp/Services/BasketService.cs"))
                .isNotEmpty().noneSatisfy(f -> assertThat(f.finding().kind()).isEqualTo(InternalServiceCallDetector.SYNC_CALL));
        shop.assertSameAsFullScan(outcome.result());
    }

    /**
     * Whether a stub calls another service depends on what its component serves, and a loopback call's target on the
     * ports the services serve on, a call through a setting on the address a settings module gives it: all are told by
     * other files.
     */
    @ParameterizedTest(name = "changing {0} scans everything")
    @CsvSource(delimiter = '|', value = {
            "orders/src/main/java/com/shop/orders/EventsImpl.java|public class EventsImpl extends EventsGrpc.EventsImplBase { }|gRPC",
            "orders/src/main/java/com/shop/orders/EventsCall.java|public class EventsCall { Object s = EventsGrpc.newBlockingStub(channel); }|gRPC",
            "orders/src/main/java/com/shop/orders/RatesCall.java|public class RatesCall { Object r = rest.getForObject(\"http://localhost:8000/rates\", R.class); }|loopback",
            "orders/src/main/java/com/shop/orders/RatesUpper.java|public class RatesUpper { Object r = rest.getForObject(\"HTTP://LOCALHOST:8000/rates\", R.class); }|loopback",
            "rates/src/main/resources/application.properties|server.port=8000|port",
            "orders/app/settings.py|CENSUS_URL = 'https://census.example.org/api/v1/'|setting",
            "orders/app/jobs.py|response = requests.get(url=settings.CENSUS_URL, timeout=3)|setting"})
    void changingAFileThatOtherFilesTellTheCallsOfScansEverything(String path, String content, String reason) {
        String text = (path.endsWith(".java") ? "package com.shop.orders;\n" : "") + content + "\n";
        origin.write(path, text).commit("calls");
        shop.saveFullScan();
        origin.write(path, text + "\n").commit("a blank line");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains(path, reason);
        shop.assertSameAsFullScan(outcome.result());
    }

    /**
     * A call named for a setting goes where the deployment's configuration points it ({@code ConfiguredTargets}): a
     * change of that address moves calls in files the rescan does not read, so it scans everything; the same file
     * changed elsewhere does not.
     */
    @ParameterizedTest(name = "the address set to {0}: scans everything: {1}")
    @CsvSource({"pricing:8080, true", "rates:8080, false"})
    void changingTheAddressConfiguredForAServiceScansEverything(String address, boolean full) {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: service-addresses
                data:
                  RATES_API_ADDR: "rates:8080"
                """;
        origin.write("deploy/config.yaml", configMap)
                .write("orders/app/quotes.py", """
                        import requests
                        def quote(app, item):
                            return requests.get(url=app.config["RATES_URI"], timeout=3)
                        """).commit("rates through a setting");
        shop.saveFullScan();
        origin.write("deploy/config.yaml", configMap.replace("rates:8080", address) + "  LOG_LEVEL: info\n")
                .commit("another address");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.reason().contains("changed the address it configures for a service")).as(outcome.reason()).isEqualTo(full);
        assertThat(outcome.result().facts()).filteredOn(f -> f.finding().kind().equals(InternalServiceCallDetector.SYNC_CALL))
                .filteredOn(f -> f.finding().path().equals("orders/app/quotes.py"))
                .extracting(f -> f.finding().attribute("target")).containsExactly(full ? "pricing" : "rates");
        shop.assertSameAsFullScan(outcome.result());
    }
}
