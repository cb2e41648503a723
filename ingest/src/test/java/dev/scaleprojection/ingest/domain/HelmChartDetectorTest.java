package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.AUTOSCALER;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.CRON;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.HELM_CHART;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.HELM_VALUES;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.KUBERNETES_WORKLOAD;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.NETWORK_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HelmChartDetectorTest {

    private final HelmChartDetector charts = new HelmChartDetector(new SnakeYamlParser());
    private final KubernetesManifestDetector manifests = new KubernetesManifestDetector(new SnakeYamlParser());

    @Test
    void describesAChart() {
        String chart = """
                apiVersion: v2
                name: orders
                description: The orders service
                version: 1.2.0
                appVersion: "3.4.1"
                dependencies:
                  - name: postgresql
                    version: 15.x.x
                    repository: oci://registry-1.docker.io/bitnamicharts
                  - name: redis
                    version: 19.x.x
                """;

        assertThat(charts.detect(new SourceFile("charts/orders/Chart.yaml", chart))).singleElement()
                .matches(Expected.of(HELM_CHART, 2, "chart", "name", "orders", "version", "1.2.0", "appVersion", "3.4.1",
                        "type", "application", "dependencies", "postgresql,redis")::matches);
    }

    @Test
    void readsScalingSettingsAndEndpointsFromValues() {
        String values = """
                replicaCount: 2
                image:
                  repository: ghcr.io/acme/orders
                  tag: "1.4"
                  registry: docker.io
                autoscaling:
                  enabled: true
                  minReplicas: 2
                  maxReplicas: 10
                resources:
                  limits: {cpu: 500m}
                ingress:
                  enabled: true
                  hosts:
                    - host: orders.example.com
                database:
                  url: jdbc:postgresql://orders-db:5432/orders
                env:
                  - name: REDIS_URL
                    value: redis://cache:6379
                  - name: LOG_LEVEL
                    value: debug
                """;

        List<Finding> findings = charts.detect(new SourceFile("charts/orders/values.yaml", values));

        assertThat(findings).extracting(Finding::kind, Finding::startLine, Finding::anchor).containsExactly(
                tuple(HELM_VALUES, 1, "values"),
                tuple(ConfiguredEndpointDetector.CONFIGURED, 17, "database.url"),
                tuple(ConfiguredEndpointDetector.CONFIGURED, 20, "env.REDIS_URL"));
        assertThat(findings.get(0).attributes()).containsEntry("replicaCount", "2").containsEntry("autoscaling.enabled", "true")
                .containsEntry("autoscaling.minReplicas", "2").containsEntry("autoscaling.maxReplicas", "10")
                .containsEntry("ingress.enabled", "true").containsEntry("hasResourceLimits", "true")
                .containsEntry("image", "ghcr.io/acme/orders:1.4");
        assertThat(findings.get(2).attributes()).containsEntry("technology", "redis").containsEntry("host", "cache");
        assertThat(findings).allMatch(f -> f.source().equals(Finding.DEPLOYMENT_DESCRIPTOR));
    }

    @Test
    void namesTheSwitchesTheValuesTurnOffButNotThoseTheyTurnOn() {
        String values = """
                networkPolicies:
                  # one fine granular NetworkPolicy per app when true
                  create: false
                sidecars:
                  create: true
                serviceAccounts:
                  create: false
                  name: false
                """;

        List<Finding> findings = charts.detect(new SourceFile("helm-chart/values.yaml", values));

        assertThat(findings).extracting(Finding::kind, Finding::startLine).containsExactly(tuple(HELM_VALUES, 3));
        assertThat(findings.get(0).attributes()).containsEntry("disabled", "networkPolicies.create,serviceAccounts.create");
    }

    @Test
    void aTemplateBehindANegatedOrCompoundConditionNamesNoSwitch() {
        String template = """
                {{- if not .Values.networkPolicies.disabled }}
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                {{- end }}
                ---
                {{- if and .Values.networkPolicies.create .Values.enabled }}
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                {{- end }}
                """;

        List<Finding> findings = manifests.detect(new SourceFile("charts/orders/templates/policies.yaml", template));

        assertThat(findings).hasSize(2).allSatisfy(finding -> assertThat(finding.attributes())
                .containsEntry("conditional", "true").doesNotContainKey("condition"));
    }

    @Test
    void valuesWithoutScalingSettingsGiveOnlyTheirEndpoints() {
        String values = "postgresql:\n  auth:\n    database: orders\n  primary:\n    host: orders-db.internal\n";

        assertThat(charts.detect(new SourceFile("deploy/helm/values-prod.yaml", values)))
                .extracting(Finding::kind, Finding::anchor)
                .containsExactly(tuple(ConfiguredEndpointDetector.CONFIGURED, "postgresql.primary.host"));
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                arguments("a templated Deployment", "charts/orders/templates/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ include "orders.fullname" . }}
                          labels:
                            {{- include "orders.labels" . | nindent 4 }}
                        spec:
                          {{- if not .Values.autoscaling.enabled }}
                          replicas: {{ .Values.replicaCount }}
                          {{- end }}
                          template:
                            spec:
                              containers:
                                - name: {{ .Chart.Name }}
                                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment", "kind", "Deployment",
                        "templated", "true", "chartPath", "charts/orders"))),
                arguments("an autoscaler switched on by values", "charts/orders/templates/hpa.yaml", """
                        {{- if .Values.autoscaling.enabled }}
                        apiVersion: autoscaling/v2
                        kind: HorizontalPodAutoscaler
                        metadata:
                          name: {{ include "orders.fullname" . }}
                        spec:
                          minReplicas: {{ .Values.autoscaling.minReplicas }}
                        {{- end }}
                        """, List.of(Expected.of(AUTOSCALER, 3, "HorizontalPodAutoscaler", "templated", "true",
                        "conditional", "true"))),
                arguments("a network policy behind a switch of the values (microservices-demo's adservice.yaml)",
                        "helm-chart/templates/adservice.yaml", """
                        {{- if .Values.adService.create }}
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Values.adService.name }}
                        ---
                        {{- if .Values.networkPolicies.create }}
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: {{ .Values.adService.name }}
                        {{- end }}
                        {{- end }}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 3, "Deployment", "conditional", "true",
                                "condition", "adService.create"),
                        Expected.of(NETWORK_POLICY, 9, "NetworkPolicy", "conditional", "true",
                                "condition", "networkPolicies.create"))),
                arguments("a workload whose template writes its image out, beside one the values give (eShopOnAbp's rabbitmq)",
                        "etc/k8s/charts/rabbitmq/templates/rabbitmq.yaml", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata:
                          name: {{ .Release.Name }}-rabbitmq
                        spec:
                          template:
                            spec:
                              initContainers:
                                - name: wait
                                  image: "{{ .Values.init.image }}"
                              containers:
                                - image: rabbitmq:management-alpine # the broker
                                  name: rabbitmq
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "StatefulSet", "images", "rabbitmq:management-alpine",
                        "chartPath", "etc/k8s/charts/rabbitmq"))),
                arguments("several documents, literal names and schedules", "helm/templates/jobs.yaml", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: nightly-export
                        spec:
                          schedule: "0 3 * * *"
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers:
                                    - image: {{ .Values.image }}
                        ---
                        {{ if .Values.worker.enabled -}}
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata:
                          name: {{ .Release.Name }}-worker
                        {{- end }}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: {{ .Release.Name }}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "CronJob/nightly-export", "name", "nightly-export",
                                "workload", "nightly-export", "chartPath", "helm"),
                        Expected.of(CRON, 6, "CronJob/nightly-export.spec.schedule", "schedule", "0 3 * * *",
                                "templated", "true"),
                        Expected.of(KUBERNETES_WORKLOAD, 16, "StatefulSet", "kind", "StatefulSet", "conditional", "true"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void readsTemplatesLineByLineWithoutRendering(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = manifests.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
        assertThat(findings).noneMatch(f -> f.attributes().containsKey("replicas") || f.attribute("name").contains("{{")
                || f.attribute("images").contains("{{") || f.attribute("images").contains("Values"));
    }

    @Test
    void helpersNotesAndTemplatesWithoutKindsGiveNothing() {
        assertThat(manifests.detect(new SourceFile("charts/orders/templates/_helpers.tpl",
                "{{- define \"orders.fullname\" -}}\nkind: Deployment\n{{- end }}\n"))).isEmpty();
        assertThat(manifests.detect(new SourceFile("charts/orders/templates/configmap.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"))).isEmpty();
    }
}
