package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfCallsTest {

    private static Finding call(String kind, String target) {
        return new Finding(kind, Finding.SOURCE_CODE, "src/a/Client.java", 3, 3, "stub", "Client", Map.of("target", target));
    }

    @ParameterizedTest(name = "{1} called from {2}: to itself {3}")
    @CsvSource({
            "coupling.sync-internal-call, ad-service, adservice, true",
            "coupling.sync-internal-call, email-service, emailservice, true",
            "coupling.sync-internal-call, cart, cart-service, true",
            "coupling.sync-internal-call, orders-api, orders, true",
            "coupling.sync-internal-call, payment-service, checkoutservice, false",
            "coupling.sync-internal-call, catalog, recommendationservice, false",
            "coupling.sync-internal-call, product-catalog-service, catalog, false",
            "coupling.sync-internal-call, service, service, true",
            "endpoint.hardcoded, adservice, adservice, false"})
    void tellsACallToTheComponentsOwnServiceFromACallToAnother(String kind, String target, String component, boolean itself) {
        assertThat(SelfCalls.isCallToItself(call(kind, target), component)).isEqualTo(itself);
    }

    @ParameterizedTest(name = "{0} called from the component of folder {1}: to itself {2}")
    @CsvSource({
            "recommender, services/tools.descartes.teastore.recommender, true",
            "persistence, services/tools.descartes.teastore.recommender, false",
            "recommender, services/recommender-ui, false",
            "recommender, '', false"})
    void tellsACallToTheLastWordOfThePackageAComponentsFolderIsNamedFor(String target, String folder, boolean itself) {
        String component = ComponentLayout.name(folder.substring(folder.lastIndexOf('/') + 1));

        assertThat(SelfCalls.isCallToItself(call("coupling.sync-internal-call", target), component.isEmpty() ? "shop" : component,
                folder)).isEqualTo(itself);
    }

    private static Finding composeService(String service, String build) {
        Map<String, String> attributes = build == null ? Map.of("service", service, "image", service + ":latest")
                : Map.of("service", service, "build", build);
        return new Finding("deployment.compose-service", Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml", 2, 2,
                "services." + service, service + ":", attributes);
    }

    @ParameterizedTest(name = "{0} called from remark42, whose compose file builds remark from its folder: to itself {1}")
    @CsvSource({
            "remark, true",
            "remark-server, true",
            "remark42, true",
            "mongo, false",
            "notifier, false"})
    void tellsACallToAComposeServiceBuiltFromTheComponentsOwnFolder(String target, boolean itself) {
        // given remark42's compose file: remark built from the root, a mongo image beside it, notifier built elsewhere
        List<Finding> descriptors = List.of(composeService("remark", "."), composeService("mongo", null),
                composeService("notifier", "./notifier"));
        Map<String, Set<String>> names = SelfCalls.composeNames(descriptors,
                f -> f.attributes().getOrDefault("build", "").equals("./notifier") ? "notifier" : "remark42");

        assertThat(SelfCalls.isCallToItself(call("coupling.sync-internal-call", target), "remark42", "",
                names.getOrDefault("remark42", Set.of()))).isEqualTo(itself);
    }
}
