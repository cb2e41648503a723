package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A call named for a setting goes where the deployment's configuration points that setting. */
class ConfiguredTargetsTest {

    private static final String FRONTEND = """
            import os
            import requests
            def create_app():
                app.config["TRANSACTIONS_URI"] = 'http://{}/transactions'.format(os.environ.get('TRANSACTIONS_API_ADDR'))
                def add_transaction(token):
                    resp = requests.post(url=app.config["TRANSACTIONS_URI"], json=payload, timeout=5)
                    return resp
            """;
    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: service-api-config
            data:
              TRANSACTIONS_API_ADDR: "ledgerwriter:8080"
              CONTACTS_API_ADDR: "contacts:8080"
            """;
    private static final String SHOPPING_WEB = """
            builder.Services.AddRefitClient<ICatalogService>()
                .ConfigureHttpClient(c =>
                {
                    c.BaseAddress = new Uri(builder.Configuration["ApiSettings:GatewayAddress"]!);
                });
            """;
    private static final String COMPOSE = """
            services:
              shopping.web:
                image: shopping-web
                build:
                  context: .
                  dockerfile: WebApps/Shopping.Web/Dockerfile
                environment:
                  - ApiSettings__GatewayAddress=http://yarpapigateway:8080
            """;

    /** Path, text pairs of a repository's files (a component is a path's first folder), then the calls found. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("Bank of Anthos: a config map sets the address the setting is built from", List.of(
                        "frontend/frontend.py", FRONTEND, "kubernetes-manifests/config.yaml", CONFIG_MAP),
                        List.of("frontend -> ledgerwriter (TRANSACTIONS_API_ADDR)")),
                arguments("aspnetrun: the caller's Compose service sets its gateway's address", List.of(
                        "shopping/Program.cs", SHOPPING_WEB, "shopping/docker-compose.yml", COMPOSE),
                        List.of("shopping -> yarpapigateway (GatewayAddress)")),
                arguments("the address set in the caller's own component decides before others", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "frontend/config.yaml", CONFIG_MAP,
                        "other/config.yaml", CONFIG_MAP.replace("ledgerwriter:8080", "ledger-v2:8080")),
                        List.of("frontend -> ledgerwriter (TRANSACTIONS_API_ADDR)")),
                arguments("addresses that disagree name nobody: the call keeps its name", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "one/config.yaml", CONFIG_MAP,
                        "two/config.yaml", CONFIG_MAP.replace("ledgerwriter:8080", "ledger-v2:8080")),
                        List.of("frontend -> transactions")),
                arguments("a loopback address is a developer's machine: the call keeps its name", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "kubernetes-manifests/config.yaml", CONFIG_MAP.replace("ledgerwriter:8080", "localhost:8080")),
                        List.of("frontend -> transactions")),
                arguments("a database's address is no service a call reaches", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "kubernetes-manifests/config.yaml", CONFIG_MAP.replace("\"ledgerwriter:8080\"",
                                "postgresql://ledger-db:5432/ledger")),
                        List.of("frontend -> transactions")),
                arguments("nothing configured for the setting: the call keeps its name", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "kubernetes-manifests/config.yaml", CONFIG_MAP.replace("TRANSACTIONS_API_ADDR", "PAYMENTS_API_ADDR")),
                        List.of("frontend -> transactions")),
                arguments("a key naming no address configures no call's target", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "kubernetes-manifests/config.yaml", CONFIG_MAP.replace("TRANSACTIONS_API_ADDR", "TRANSACTIONS_NAME")),
                        List.of("frontend -> transactions")),
                arguments("a call to a URL written in its own text keeps that URL's service", List.of(
                        "frontend/frontend.py", FRONTEND.replace("url=app.config[\"TRANSACTIONS_URI\"]",
                                "url='http://transactions:8080/transactions'"),
                        "kubernetes-manifests/config.yaml", CONFIG_MAP),
                        List.of("frontend -> transactions")),
                arguments("a setting pointing at the caller itself leaves the call alone", List.of(
                        "frontend/frontend.py", FRONTEND,
                        "kubernetes-manifests/config.yaml", CONFIG_MAP.replace("ledgerwriter:8080", "frontend:8080")),
                        List.of("frontend -> transactions")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void namesTheServiceTheConfigurationPointsTheSettingAt(String description, List<String> files, List<String> expected) {
        List<Finding> findings = new ArrayList<>();
        List<Detector> detectors = Detectors.defaults(new dev.scaleprojection.ingest.scan.SnakeYamlParser());
        for (int i = 0; i < files.size(); i += 2) {
            SourceFile file = new SourceFile(files.get(i), files.get(i + 1));
            detectors.forEach(detector -> findings.addAll(detector.detect(file)));
        }

        List<Finding> resolved = ConfiguredTargets.resolve(findings, f -> new Component(component(f), component(f)));

        assertThat(resolved).hasSameSizeAs(findings);
        assertThat(resolved).filteredOn(f -> f.kind().equals(InternalServiceCallDetector.SYNC_CALL))
                .extracting(call -> component(call) + " -> " + call.attribute("target")
                        + (call.attributes().containsKey("setting") ? " (" + call.attribute("setting") + ")" : ""))
                .containsExactlyElementsOf(expected);
    }

    /** A key is matched with a call by the name the call detector gives a call read through that key. */
    @ParameterizedTest
    @CsvSource({
        "TRANSACTIONS_API_ADDR, transactions",
        "USERSERVICE_API_ADDR, userservice",
        "GatewayAddress, gateway",
        "DiscountUrl, discount",
        "ORDER_SERVICE_URL, order-service",
        "catalogBaseUri, catalog",
        "PAYMENT_GRPC_HOST, payment",
    })
    void aKeyNamingAnAddressNamesAService(String key, String name) {
        assertThat(ServiceTargets.ofName(key)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"Database", "TRANSACTIONS_NAME", "API_URL", "SERVICE_HOST", "Url"})
    void aKeyNamingNoAddressOrNothingButOneNamesNone(String key) {
        assertThat(ServiceTargets.ofName(key)).isEqualTo(Optional.empty());
    }

    @Test
    void theKeyIsTheLastSegmentOfWhereItIsSet() {
        assertThat(ConfiguredTargets.key("services.shopping.web.environment.ApiSettings__GatewayAddress")).isEqualTo("GatewayAddress");
        assertThat(ConfiguredTargets.key("data.TRANSACTIONS_API_ADDR")).isEqualTo("TRANSACTIONS_API_ADDR");
        assertThat(ConfiguredTargets.key("ApiSettings:GatewayAddress")).isEqualTo("GatewayAddress");
        assertThat(ConfiguredTargets.key("GatewayAddress")).isEqualTo("GatewayAddress");
    }

    private static String component(Finding finding) {
        return finding.path().substring(0, finding.path().indexOf('/'));
    }
}
