package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Level;
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
        // only the default when the environment names no database (microblog): the store is the one configured
        "deployment.dockerfile state.embedded-database=overriddenBy:environment; SERVICE; {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile state.embedded-database=overriddenBy:unset; SERVICE; {ISOLATION=SERVICE, STATE=SCRIPT}",
        "deployment.dockerfile state.development-database;        SERVICE;      {ISOLATION=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:postgresql state.persistent-volume-claim; SERVICE; {ISOLATION=SERVICE, STATE=ORCHESTRATED}",
        "deployment.dockerfile endpoint.configured=technology:http; SERVICE;   {ISOLATION=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:neo4j; SERVICE;  {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:memcached; SERVICE; {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:database; SERVICE; {ISOLATION=SERVICE, STATE=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:kafka; SERVICE;  {ISOLATION=SERVICE}",
        "deployment.dockerfile endpoint.configured=technology:zookeeper; SERVICE; {ISOLATION=SERVICE}",
        "observability.logging observability.metrics;             SCRIPT;       {ISOLATION=SCRIPT, OBSERVABILITY=SERVICE}",
        "access.ingress access.network-policy contract.openapi;   SCRIPT;       {CONTEXT=COMPOSED, ISOLATION=SCRIPT, ACCESS=GOVERNED}",
        "delivery.ci-workflow orchestration.airflow-dag governance.opa-policy; SCRIPT; {DIRECTED=GOVERNED, ISOLATION=SCRIPT}",
        // a Kustomize component no kustomization opts into (microservices-demo's kustomize/components/*): not deployed
        "deployment.dockerfile access.network-policy=optIn:kustomize/components/network-policies; SERVICE; {ISOLATION=SERVICE}",
        "deployment.dockerfile deployment.kubernetes-workload=optIn:kustomize/components/x; SERVICE; {ISOLATION=SERVICE}",
        "deployment.dockerfile deployment.kubernetes-workload=replicas:3; ORCHESTRATED; {ISOLATION=ORCHESTRATED}"})
    void infersTheLevelOnEveryAxisItsFactsSpeakTo(String kinds, dev.scaleprojection.domain.Level overall, String byAxis) {
        ComponentLevels levels = LevelInference.infer(facts(kinds));

        assertThat(levels.overall()).isEqualTo(overall);
        assertThat(levels.byAxis()).hasToString(byAxis);
    }

    /** Compose services written as {@code file:service[=image][>dependency,dependency]}. */
    private static List<Fact> composeServices(String services) {
        return Arrays.stream(services.trim().split("\\s+")).map(written -> {
            String[] serviceAndDependencies = written.split(">");
            String[] fileAndService = serviceAndDependencies[0].split(":", 2);
            String[] serviceAndImage = fileAndService[1].split("=");
            Map<String, String> attributes = new java.util.TreeMap<>(Map.of("service", serviceAndImage[0]));
            if (serviceAndImage.length > 1) {
                attributes.put("image", serviceAndImage[1]);
            }
            if (serviceAndDependencies.length > 1) {
                attributes.put("dependsOn", serviceAndDependencies[1]);
            }
            return new Fact(written, "deployment.compose-service", new java.util.TreeMap<>(attributes),
                    new Evidence("shop", java.util.Optional.empty(), fileAndService[0], 1, 1, "snippet"));
        }).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // umami: one service and its database
        "c.yml:umami=ghcr.io/umami-software/umami:latest>db c.yml:db=postgres:15-alpine; SERVICE",
        // ddd-by-examples/library: the app, and a Grafana that depends on its Prometheus
        "c.yml:app c.yml:prometheus=prom/prometheus:v2.4.3 c.yml:grafana=grafana/grafana:5.2.4>prometheus; SERVICE",
        // evrone/go-clean-template: the app on its database, broker and tracing backend, an nginx in front
        "c.yml:app>db,rabbitmq,jaeger c.yml:db=postgres:18.4-alpine c.yml:rabbitmq=rabbitmq:4.3.2-management "
                + "c.yml:jaeger=jaegertracing/all-in-one:1.76.0 c.yml:nginx=nginx:1.31.3-alpine>rabbitmq,app; SERVICE",
        "c.yml:app>db c.yml:db=mcr.microsoft.com/mssql/server:2022-latest;                           SERVICE",
        "c.yml:app>cache c.yml:cache=docker.io/valkey/valkey:9-alpine@sha256:abc;                    SERVICE",
        // paperless-ngx: its webserver calls Tika and Gotenberg, services of their own
        "c.yml:webserver=ghcr.io/paperless-ngx/paperless-ngx:latest>db,broker,tika c.yml:db=postgres:18 "
                + "c.yml:broker=valkey/valkey:9 c.yml:tika=apache/tika:latest;                       COMPOSED",
        // pitstop: a web app on three APIs of the system, whose images the component does not run
        "c.yml:webapp=pitstop/webapp:1.0>customermanagementapi,vehiclemanagementapi;                   COMPOSED",
        "c.yml:app>db;                                                                                  COMPOSED",
        // a db that is infrastructure in another compose file says nothing of this one's
        "c.yml:app>db other.yml:db=postgres:15;                                                         COMPOSED",
        "c.yml:app=localhost:5000/shop/app:1>db c.yml:db=localhost:5000/mysql:8;                        SERVICE"})
    void callsAServiceComposedOnlyWhenItDependsOnAServiceNotOnItsOwnInfrastructure(String services, Level isolation) {
        ComponentLevels levels = LevelInference.infer(composeServices(services));

        assertThat(levels.byAxis().get(Axis.ISOLATION)).isEqualTo(isolation);
    }

    /** A chart's values file turning {@code disabled} switches off, and policies written {@code path:condition}. */
    private static List<Fact> chart(String valuesPath, String disabled, String policies) {
        List<Fact> facts = new java.util.ArrayList<>();
        facts.add(new Fact("values", "deployment.helm-values", new java.util.TreeMap<>(Map.of("disabled", disabled)),
                new Evidence("shop", java.util.Optional.empty(), valuesPath, 1, 1, "snippet")));
        for (String policy : policies.trim().split("\\s+")) {
            String[] pathAndCondition = policy.split(":");
            Map<String, String> attributes = new java.util.TreeMap<>(Map.of("chartPath", "helm-chart", "conditional", "true"));
            if (pathAndCondition.length > 1) {
                attributes.put("condition", pathAndCondition[1]);
            }
            facts.add(new Fact(policy, "access.network-policy", new java.util.TreeMap<>(attributes),
                    new Evidence("shop", java.util.Optional.empty(), "helm-chart/templates/" + pathAndCondition[0], 1, 1, "x")));
        }
        return facts;
    }

    @ParameterizedTest(name = "[{index}] {0} {1}, {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        // microservices-demo: every policy behind networkPolicies.create, which its values.yaml sets to false
        "helm-chart/values.yaml; networkPolicies.create; a.yaml:networkPolicies.create b.yaml:networkPolicies.create; ",
        "helm-chart/values.yaml; networkPolicies.create,sidecars.create; a.yaml:networkPolicies.create;               ",
        "helm-chart/values.yaml; sidecars.create; a.yaml:networkPolicies.create;                                     GOVERNED",
        "helm-chart/values.yaml; networkPolicies.create; a.yaml:networkPolicies.create b.yaml;                        GOVERNED",
        "helm-chart/values.yaml; networkPolicies.create; a.yaml:networkPolicies.create b.yaml:policies.strict;        GOVERNED",
        // an environment's values may turn the switch on; another chart's values say nothing of this one
        "helm-chart/values-dev.yaml; networkPolicies.create; a.yaml:networkPolicies.create;                          GOVERNED",
        "other-chart/values.yaml; networkPolicies.create; a.yaml:networkPolicies.create;                             GOVERNED"})
    void aPolicyTheChartsDefaultValuesSwitchOffRaisesNoAccessLevel(String valuesPath, String disabled, String policies,
                                                                    Level access) {
        ComponentLevels levels = LevelInference.infer(chart(valuesPath, disabled, policies));

        assertThat(levels.byAxis().get(Axis.ACCESS)).isEqualTo(access);
    }
}
