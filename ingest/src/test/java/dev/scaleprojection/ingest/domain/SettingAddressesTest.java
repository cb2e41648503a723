package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A call through a setting is judged by the address the repository gives that setting, wherever it gives it. */
class SettingAddressesTest {

    private static final String CENSUS_JOB = """
            import requests
            from django.conf import settings

            def send_census_report():
                requests.get(url=settings.CENSUS_URL, params={}, timeout=3)
            """;
    private static final String ORDERS_JOB = """
            import requests
            from django.conf import settings

            def fetch_order(order_id):
                return requests.get(f"{settings.ORDERS_URL}/orders/{order_id}")
            """;

    /** Path, text pairs of the repository's files (a component is a path's first folder), then the calls. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("netbox: the settings module gives the setting a public URL", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "CENSUS_REPORTING_ENABLED = True\n"
                                + "CENSUS_URL = 'https://census.netbox.oss.netboxlabs.com/api/v1/'\n"),
                        List.of()),
                arguments("a typed module-level setting with a public URL", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "CENSUS_URL: str = \"https://census.example.org/api/v1/\"  # the vendor's\n"),
                        List.of()),
                arguments("a public default the environment may override", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "CENSUS_URL = os.environ.get('CENSUS_URL', 'https://census.example.org/')\n"),
                        List.of()),
                arguments("a setting assigned twice: a public literal, then overridden from the environment", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "CENSUS_URL = 'https://census.example.org/'\n"
                                + "CENSUS_URL = os.environ.get('CENSUS_URL', CENSUS_URL)\n"),
                        List.of()),
                arguments("the setting's internal address names the service", List.of(
                        "shop/app/jobs.py", ORDERS_JOB,
                        "shop/app/settings.py", "ORDERS_URL = 'http://orders-service:8080'\n"),
                        List.of("shop -> orders-service requests")),
                arguments("an internal default the environment may override", List.of(
                        "shop/app/jobs.py", ORDERS_JOB,
                        "shop/app/settings.py", "ORDERS_URL = os.getenv(\"ORDERS_URL\", \"http://order-api.shop.svc.cluster.local\")\n"),
                        List.of("shop -> order-api requests")),
                arguments("a name too vague for a service gets the one its internal address names", List.of(
                        "shop/app/jobs.py", "import requests\nfrom django.conf import settings\n\n"
                                + "def fetch():\n    return requests.get(settings.BACKEND_URL)\n",
                        "shop/app/settings.py", "BACKEND_URL = 'http://orders-service:8080/api'\n"),
                        List.of("shop -> orders-service requests")),
                arguments("the caller's own component's setting decides over another's", List.of(
                        "shop/app/jobs.py", ORDERS_JOB,
                        "shop/app/settings.py", "ORDERS_URL = 'http://orders-service:8080'\n",
                        "partner/app/settings.py", "ORDERS_URL = 'https://orders.partner.example.com'\n"),
                        List.of("shop -> orders-service requests")),
                arguments("a public URL exported by a TypeScript module", List.of(
                        "web/src/payments.ts", "import { PAYMENTS_URL } from './config';\n\n"
                                + "export async function charge(body: string) {\n"
                                + "  return fetch(`${PAYMENTS_URL}/charges`, { method: 'POST', body });\n}\n",
                        "web/src/config.ts", "export const PAYMENTS_URL = 'https://api.payments-provider.com/v2';\n"),
                        List.of()),
                arguments("a public URL in a Java constants class", List.of(
                        "shop/src/main/java/shop/Stock.java", "package shop;\nclass Stock {\n    Item item() {\n"
                                + "        return rest.getForObject(Endpoints.INVENTORY_URL + \"/items\", Item.class);\n    }\n}\n",
                        "shop/src/main/java/shop/Endpoints.java", "package shop;\nfinal class Endpoints {\n"
                                + "    static final String INVENTORY_URL = \"https://inventory.vendor.io/api\";\n}\n"),
                        List.of()),
                arguments("a public URL in a Go constant block", List.of(
                        "shop/pay/pay.go", "package pay\n\nfunc Charge() error {\n"
                                + "\tresp, err := http.Get(config.PAYMENTS_URL + \"/charges\")\n\treturn err\n}\n",
                        "shop/config/config.go", "package config\n\nconst (\n\tPAYMENTS_URL = \"https://api.payments-provider.com/v2\"\n)\n"),
                        List.of()),
                arguments("an internal address in a Kotlin constant", List.of(
                        "shop/src/main/kotlin/shop/Stock.kt", "package shop\n\nclass Stock {\n    fun items(): Items =\n"
                                + "        rest.getForObject(INVENTORY_URL + \"/items\", Items::class.java)\n}\n",
                        "shop/src/main/kotlin/shop/Endpoints.kt", "package shop\n\nconst val INVENTORY_URL = \"http://stock-service:8080\"\n"),
                        List.of("shop -> stock-service resttemplate")),
                // traps: what the repository does not give the setting leaves the name's own target
                arguments("a public URL in a comment is no value", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "# CENSUS_URL = 'https://census.example.org/'\n"
                                + "CENSUS_URL = os.environ.get('CENSUS_URL')\n"),
                        List.of("netbox -> census requests")),
                arguments("a public URL in a docstring is no value", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "\"\"\"\nSet for instance:\nCENSUS_URL = 'https://census.example.org/'\n\"\"\"\n"),
                        List.of("netbox -> census requests")),
                arguments("a test run's settings are not the system's", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings/test.py", "CENSUS_URL = 'https://census.example.org/'\n"),
                        List.of("netbox -> census requests")),
                arguments("a URL the setting is built on is no whole value", List.of(
                        "netbox/core/jobs.py", CENSUS_JOB,
                        "netbox/netbox/settings.py", "CENSUS_URL = 'https://census.example.org/' + VERSION\n"),
                        List.of("netbox -> census requests")),
                arguments("a loopback address says nothing of which service runs there", List.of(
                        "shop/app/jobs.py", ORDERS_JOB,
                        "shop/app/settings.py", "ORDERS_URL = 'http://localhost:8080'\n"),
                        List.of("shop -> orders requests")),
                arguments("settings that disagree between a public and an internal address", List.of(
                        "shop/app/jobs.py", ORDERS_JOB,
                        "shop/app/settings/production.py", "ORDERS_URL = 'https://orders.example.com'\n",
                        "shop/app/settings/local.py", "ORDERS_URL = 'http://orders-service:8080'\n"),
                        List.of("shop -> orders requests")),
                arguments("a name the caller's own file reads from the environment", List.of(
                        "shop/app/jobs.py", "import os\nimport requests\nORDERS_URL = os.getenv('ORDERS_URL')\n\n"
                                + "def fetch():\n    return requests.get(ORDERS_URL)\n",
                        "shop/app/settings.py", "ORDERS_URL = 'https://orders.example.com'\n"),
                        List.of("shop -> orders requests")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void aCallThroughASettingIsJudgedByTheAddressTheRepositoryGivesIt(String description, List<String> files,
                                                                     List<String> expected) {
        List<Finding> findings = new ArrayList<>();
        InternalServiceCallDetector detector = new InternalServiceCallDetector();
        for (int i = 0; i < files.size(); i += 2) {
            SourceFile file = new SourceFile(files.get(i), files.get(i + 1));
            if (detector.roles().contains(file.role())) {
                findings.addAll(detector.detect(file));
            }
        }

        List<Finding> resolved = SettingAddresses.resolve(findings, SettingAddressesTest::component);

        assertThat(resolved).noneSatisfy(finding -> assertThat(finding.kind()).startsWith("scan."));
        assertThat(resolved).filteredOn(finding -> finding.kind().equals(InternalServiceCallDetector.SYNC_CALL))
                .extracting(call -> component(call).name() + " -> " + call.attribute("value")).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} is a public address: {1}")
    @CsvSource({"https://census.netbox.oss.netboxlabs.com/api/v1/, true", "https://api.github.com/repos/x, true",
            "http://orders-service:8080, false", "http://localhost:8000, false", "http://10.0.0.12:8080/api, false",
            "http://payments.shop.svc.cluster.local, false", "https://ledger.corp, false", "ftp://files.example.com, false",
            "orders.example.com:443, false"})
    void aPublicAddressIsAUrlOnADomainOfThePublicNetwork(String address, boolean isPublic) {
        assertThat(SettingAddresses.isPublic(address)).isEqualTo(isPublic);
    }

    @ParameterizedTest(name = "{0}: a rescan of it alone cannot tell its calls: {2}")
    @CsvSource(delimiter = '|', value = {
            "settings giving a setting a public URL|netbox/settings.py|CENSUS_URL = 'https://census.example.org/'|true",
            "a call through a setting set elsewhere|core/jobs.py|r = requests.get(url=settings.CENSUS_URL, timeout=3)|true",
            "a database URL constant|orders/Repo.java|class Repo { static final String DB_URL = \"jdbc:postgresql://db:5432/o\"; }|false",
            "a URL held by a name that is no setting|web/links.ts|export const homeLink = 'https://example.org/';|false",
            "a test run's settings|netbox/settings/test.py|CENSUS_URL = 'https://census.example.org/'|false"})
    void aFileThatSetsOrCallsThroughASettingDependsOnOtherFiles(String description, String path, String text, boolean depends) {
        assertThat(SettingAddresses.dependsOnOtherFiles(new SourceFile(path, text + "\n"))).isEqualTo(depends);
    }

    private static Component component(Finding finding) {
        String folder = finding.path().split("/")[0];
        return new Component(folder, folder, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
