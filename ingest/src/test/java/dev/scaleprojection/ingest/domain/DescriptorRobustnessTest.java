package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Descriptors of unexpected shapes give what they can, or are refused as malformed; nothing else escapes a detector. */
class DescriptorRobustnessTest {

    private static final List<String> PATHS = List.of("k8s/odd.yaml", "charts/odd/Chart.yaml", "charts/odd/values.yaml",
            "charts/odd/templates/odd.yaml", "deploy/kustomization.yaml", ".github/workflows/odd.yml", ".gitlab-ci.yml",
            "azure-pipelines.yml", ".circleci/config.yml", "cloudbuild.yaml", "bitbucket-pipelines.yml", "Jenkinsfile",
            "ops/crontab", "policy/odd.rego", "dags/odd.py", "internal/odd.go", "src/odd.ts", "catalog-info.yaml",
            "web/package.json", "src/main/java/Odd.java");

    private static final List<String> CONTENTS = List.of("", "\n\n", "---\n---\n", "just text", "[1, 2, 3]\n", "42\n",
            "apiVersion: [v1]\nkind: {a: b}\n",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: name\nspec: 5\n",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: [x]}\nspec: {template: {spec: {containers: x}}}\n",
            "apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  template: {spec: {containers: [x, {env: [a, {name: [b]}]}]}}\n"
                    + "  volumeClaimTemplates: [x, {metadata: 1}]\n",
            "apiVersion: batch/v1\nkind: CronJob\nspec: {schedule: [a]}\n",
            "apiVersion: v1\nkind: List\nitems: [1, {kind: Pod}]\n",
            "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec: {metrics: [{type: \"\"}, {type: Pods}, 3]}\n",
            "apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec: {rules: [{http: {paths: 1}}], tls: x}\n",
            "kind: Deployment\n{{- if x }}\nkind: Job\n{{- end }}\n{{ end }}\n{{ end }}\n",
            "name: [a]\ndependencies: x\nreplicaCount: {a: 1}\nenv: [{name: A}, {value: B}, 3]\nimage: {repository: [x]}\n",
            "resources: x\nimages: [1]\nreplicas: [{count: 2}]\nconfigMapGenerator: [{literals: [NOEQUALS, \"=v\"]}]\n",
            "on: {schedule: [1, {cron: [x]}]}\njobs: [a, b]\nstages: x\nsteps: [{args: 1}]\npipelines: [{step: 1}]\n",
            "stage('unterminated\n/* never closed\n'''still open\n",
            "* * * *\n@weekly\n61 25 * * *\n",
            "package\npackage \"x\"\ndefault := 1\n",
            "from airflow import DAG\nDAG(\nDAG(dag_id=\n@dag(\n",
            "package main\nimport \"go.temporal.io/sdk/workflow\"\nfunc main() {\nfunc W(ctx workflow.Context",
            "import { proxyActivities } from '@temporalio/workflow';\nexport async function\n",
            "{\"main\": [1], \"scripts\": 3}", "{\"name\": ",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: x, annotations: {backstage.io/source-location: 3}}\n",
            "a: &a [*a]\n", "key: \"\\u12\"\n", "\t- tab indented\n");

    static Stream<String> contents() {
        return CONTENTS.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("contents")
    void givesFindingsOrRefusesTheFileAsMalformedWhereverItLives(String content) {
        ComponentMarkers markers = new ComponentMarkers(new SnakeYamlParser());
        List<Detector> detectors = Detectors.descriptors(new SnakeYamlParser());
        for (String path : PATHS) {
            SourceFile file = new SourceFile(path, content);
            for (Detector detector : detectors) {
                assertThat(catchThrowable(() -> detector.detect(file))).as(detector.getClass().getSimpleName() + " on " + path)
                        .satisfiesAnyOf(t -> assertThat(t).isNull(),
                                t -> assertThat(t).isInstanceOf(MalformedDocumentException.class));
            }
            assertThat(catchThrowable(() -> markers.of(file))).as("markers of " + path).satisfiesAnyOf(
                    t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(MalformedDocumentException.class));
        }
    }
}
