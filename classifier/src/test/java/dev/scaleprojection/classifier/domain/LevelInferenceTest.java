package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelInferenceTest {

    private static List<Fact> facts(String kinds) {
        return Arrays.stream(kinds.split(" ")).filter(k -> !k.isBlank()).map(kind -> {
            String[] parts = kind.split("=");
            Map<String, String> attributes = parts.length > 1 ? Map.of(parts[1].split(":")[0], parts[1].split(":")[1]) : Map.of();
            return ComponentStateTest.fact(kind, parts[0], attributes, 1);
        }).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "'';                                                      SCRIPT;       {ISOLATION=SCRIPT}",
        "build.manifest;                                          PROJECT;      {ISOLATION=PROJECT}",
        "build.manifest deployment.dockerfile;                    SERVICE;      {ISOLATION=SERVICE}",
        "deployment.dockerfile deployment.compose-service=dependsOn:db; COMPOSED; {ISOLATION=COMPOSED}",
        "build.manifest deployment.aspire-resource=dependsOn:redis; COMPOSED;  {ISOLATION=COMPOSED}",
        "build.manifest deployment.aspire-resource;                SERVICE;      {ISOLATION=SERVICE}",
        "deployment.dockerfile deployment.kubernetes-workload deployment.autoscaler; ORCHESTRATED; {ISOLATION=ORCHESTRATED}",
        "deployment.dockerfile state.embedded-database;           SERVICE;      {ISOLATION=SERVICE, STATE=SCRIPT}",
        "deployment.dockerfile endpoint.configured=technology:postgresql state.persistent-volume-claim; SERVICE; {ISOLATION=SERVICE, STATE=ORCHESTRATED}",
        "deployment.dockerfile endpoint.configured=technology:http; SERVICE;   {ISOLATION=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:neo4j; SERVICE;  {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:memcached; SERVICE; {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:database; SERVICE; {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:kafka; SERVICE;  {ISOLATION=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:zookeeper; SERVICE; {ISOLATION=SERVICE}",
        "observability.logging observability.metrics;             SCRIPT;       {ISOLATION=SCRIPT, OBSERVABILITY=SERVICE}",
        "access.ingress access.network-policy contract.openapi;   SCRIPT;       {CONTEXT=COMPOSED, ISOLATION=SCRIPT, ACCESS=GOVERNED}",
        "delivery.ci-workflow orchestration.airflow-dag governance.opa-policy; SCRIPT; {DIRECTED=GOVERNED, ISOLATION=SCRIPT}"})
    void infersTheLevelOnEveryAxisItsFactsSpeakTo(String kinds, dev.scaleprojection.domain.Level overall, String byAxis) {
        ComponentLevels levels = LevelInference.infer(facts(kinds));

        assertThat(levels.overall()).isEqualTo(overall);
        assertThat(levels.byAxis()).hasToString(byAxis);
    }
}
