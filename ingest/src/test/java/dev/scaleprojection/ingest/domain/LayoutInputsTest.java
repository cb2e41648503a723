package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the layout reads from a file's findings: a change of it may move components, a change of the rest (replicas,
 * an image's tag, a base image's version) cannot.
 */
class LayoutInputsTest {

    @ParameterizedTest(name = "{0} {1}: {2} -> {3} leaves the layout's inputs equal: {4}")
    @CsvSource(delimiter = '|', value = {
        "deployment.kubernetes-workload | replicas   | 2                            | 3                            | true",
        "deployment.kubernetes-workload | images     | ghcr.io/acme/orders:1.0      | ghcr.io/acme/orders:1.1      | true",
        "deployment.kubernetes-workload | images     | ghcr.io/acme/orders:1.0      | ghcr.io/acme/payments:1.0    | false",
        "deployment.kubernetes-workload | name       | orders                       | orders-api                   | false",
        "deployment.kubernetes-workload | chartPath  | charts/orders                | charts/shop                  | false",
        "deployment.dockerfile          | baseImage  | eclipse-temurin:17-jre       | eclipse-temurin:21-jre       | true",
        "deployment.dockerfile          | baseImage  | node:20                      | postgres:16                  | false",
        "deployment.dockerfile          | entrypoint | java -jar /orders-1.0.jar    | java -jar /orders-1.1.jar    | true",
        "deployment.dockerfile          | entrypoint | java -jar /orders-1.0.jar    | java -jar /billing-1.0.jar   | false",
        "deployment.dockerfile          | entrypoint | node dist/orders/main.js     | node dist/${SERVICE_NAME}/main.js | false",
        "deployment.dockerfile          | exposedPorts | 8080                       | 8080,9090                    | true",
        "deployment.dockerfile          | exposedPorts | ''                         | 8080                         | false",
        "deployment.kubernetes-workload | appLabel   | payment                      | cart                         | false",
        "deployment.helm-values         | image      | ghcr.io/acme/orders:1.0      | ghcr.io/acme/orders:1.1      | true",
        "deployment.helm-values         | image      | ghcr.io/acme/orders:1.0      | ghcr.io/acme/shop:1.0        | false",
        "deployment.compose-service     | image      | postgres:16                  | postgres:17                  | true",
        "deployment.compose-service     | ports      | 8080:8080                    | 8081:8080                    | true",
        "deployment.compose-service     | service    | orders                       | orders-api                   | false",
        "deployment.compose-service     | buildPath  | orders                       | services/orders              | false",
        "deployment.compose-service     | sourcePath | orders/src                   | billing/src                  | false",
        "deployment.helm-chart          | version    | 1.0.0                        | 1.1.0                        | true",
        "deployment.helm-chart          | name       | orders                       | shop                         | false",
        "deployment.helm-chart          | dependencies | postgresql                 | postgresql,backend           | false",
        "deployment.kustomization       | components | ../components/canary         | ../components/canary,../x    | false",
        "config.endpoint                | value      | redis://cache:6379           | redis://cache:6380           | true"})
    void onlyWhatPlacesComponentsChangesTheLayoutsInputs(String kind, String attribute, String before, String after,
                                                        boolean equal) {
        assertThat(LayoutInputs.of(List.of(finding(kind, attribute, before)))
                .equals(LayoutInputs.of(List.of(finding(kind, attribute, after))))).isEqualTo(equal);
    }

    @ParameterizedTest(name = "a finding with {0}={1} is placed by its file alone: {2}")
    @CsvSource({"service, orders, false", "buildPath, orders, false", "workload, orders, false", "value, x, true"})
    void aFindingNamingAServiceBuildContextOrWorkloadIsPlacedByIt(String attribute, String value, boolean byFileAlone) {
        assertThat(LayoutInputs.placementKey(finding("config.endpoint", attribute, value)))
                .matches(key -> key.equals(LayoutInputs.fileAloneKey()) == byFileAlone);
    }

    @Test
    void workloadsListedInAnotherOrderAreTheSameInputsAsTheLayoutTakesThemByName() {
        Finding frontend = finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, "name", "frontend");
        Finding currency = finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, "name", "currencyservice");

        assertThat(LayoutInputs.of(List.of(frontend, currency))).isEqualTo(LayoutInputs.of(List.of(currency, frontend)));
    }

    @Test
    void anEnvironmentVariableOfAComposeServiceIsPlacedLikeTheService() {
        Finding variable = new Finding("config.endpoint", Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml", 9, 9,
                "URL: x", "URL", Map.of("service", "orders", "buildPath", "orders", "value", "redis://cache:6379"));
        Finding service = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                2, 2, "orders:", "orders", Map.of("service", "orders", "buildPath", "orders", "image", ""));

        assertThat(LayoutInputs.placementKey(variable)).isEqualTo(LayoutInputs.placementKey(service));
    }

    private static Finding finding(String kind, String attribute, String value) {
        return new Finding(kind, Finding.DEPLOYMENT_DESCRIPTOR, "deploy/orders/file.yaml", 3, 3, "x", "x",
                Map.of(attribute, value));
    }
}
