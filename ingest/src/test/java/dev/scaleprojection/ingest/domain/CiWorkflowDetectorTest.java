package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.CI_WORKFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CiWorkflowDetectorTest {

    private final CiWorkflowDetector detector = new CiWorkflowDetector(new SnakeYamlParser());

    static Stream<Arguments> pipelines() {
        return Stream.of(
                arguments("a GitHub workflow that builds, pushes and deploys", ".github/workflows/release.yml", """
                        name: Release
                        on:
                          push:
                            branches: [main]
                          schedule:
                            - cron: "0 4 * * 1"
                        jobs:
                          test:
                            runs-on: ubuntu-latest
                            steps:
                              - uses: actions/checkout@v4
                              - run: ./mvnw -B verify
                          image:
                            needs: test
                            steps:
                              - uses: docker/build-push-action@v6
                                with: {push: true, tags: ghcr.io/acme/orders:latest}
                          deploy:
                            needs: image
                            environment: production
                            steps:
                              - run: helm upgrade --install orders charts/orders
                        """, Expected.of(CI_WORKFLOW, 7, "workflow", "system", "github-actions", "name", "Release",
                        "jobs", "test,image,deploy", "triggers", "push,schedule", "schedules", "0 4 * * 1",
                        "environments", "production", "buildsImages", "true", "deploys", "true", "runsTests", "true")),
                arguments("a GitHub workflow that only lints", ".github/workflows/lint.yaml", """
                        on: pull_request
                        jobs:
                          lint:
                            steps:
                              - name: docker build is not run here, only described
                                run: npx eslint .
                        """, Expected.of(CI_WORKFLOW, 2, "workflow", "system", "github-actions", "jobs", "lint",
                        "triggers", "pull_request", "buildsImages", "false", "deploys", "false", "runsTests", "false")),
                arguments("a GitLab pipeline with templates and environments", ".gitlab-ci.yml", """
                        stages: [build, deploy]
                        variables:
                          DOCKER_DRIVER: overlay2
                        .deploy-template:
                          image: bitnami/kubectl
                        build-image:
                          stage: build
                          script:
                            - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
                            - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
                        deploy-prod:
                          extends: .deploy-template
                          stage: deploy
                          environment:
                            name: production
                          script:
                            - kubectl -n shop set image deployment/orders orders=$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
                        """, Expected.of(CI_WORKFLOW, 6, "workflow", "system", "gitlab-ci", "jobs", "build-image,deploy-prod",
                        "environments", "production", "buildsImages", "true", "deploys", "true")),
                arguments("a declarative Jenkinsfile; commented steps do not count", "Jenkinsfile", """
                        // Builds and ships the orders service.
                        pipeline {
                          agent any
                          stages {
                            stage('Test') { steps { sh './gradlew test' } }
                            stage("Image") {
                              steps {
                                script { docker.build("acme/orders:${env.BUILD_ID}") }
                              }
                            }
                            // stage('Deploy') { steps { sh 'kubectl apply -f k8s/' } }
                            /* sh 'helm upgrade orders charts/orders' */
                          }
                        }
                        """, Expected.of(CI_WORKFLOW, 2, "workflow", "system", "jenkins", "jobs", "Test,Image",
                        "buildsImages", "true", "deploys", "false", "runsTests", "true")),
                arguments("Azure Pipelines with a deployment job", "azure-pipelines.yml", """
                        trigger: [main]
                        stages:
                          - stage: Build
                            jobs:
                              - job: image
                                steps:
                                  - task: Docker@2
                                    inputs: {command: buildAndPush, repository: orders}
                          - stage: Release
                            jobs:
                              - deployment: release
                                environment: prod
                                strategy: {runOnce: {deploy: {steps: [{script: echo done}]}}}
                        """, Expected.of(CI_WORKFLOW, 2, "workflow", "system", "azure-pipelines", "jobs", "image,release",
                        "triggers", "trigger", "environments", "prod", "buildsImages", "true", "deploys", "true")),
                arguments("a CircleCI config with a scheduled workflow", ".circleci/config.yml", """
                        version: 2.1
                        jobs:
                          test:
                            docker: [{image: cimg/python:3.12}]
                            steps: [checkout, {run: pytest}]
                        workflows:
                          nightly:
                            triggers:
                              - schedule: {cron: "0 1 * * *", filters: {branches: {only: [main]}}}
                            jobs: [test]
                        """, Expected.of(CI_WORKFLOW, 2, "workflow", "system", "circleci", "jobs", "test",
                        "schedules", "0 1 * * *", "runsTests", "true", "buildsImages", "false")),
                arguments("Cloud Build steps running builder images", "cloudbuild.yaml", """
                        steps:
                          - id: image
                            name: gcr.io/cloud-builders/docker
                            args: [build, -t, gcr.io/$PROJECT_ID/orders, .]
                          - id: rollout
                            name: gcr.io/cloud-builders/kubectl
                            args: [apply, -f, k8s/]
                        """, Expected.of(CI_WORKFLOW, 1, "workflow", "system", "cloud-build", "jobs", "image,rollout",
                        "buildsImages", "true", "deploys", "true")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelines")
    void describesWhatAPipelineDoes(String description, String path, String content, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, content))).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> notPipelines() {
        return Stream.of(
                arguments(".github/dependabot.yml", "version: 2\nupdates: []\n"),
                arguments(".github/workflows/README.md", "docker build .\n"),
                arguments("docs/ci/.gitlab-ci.yml", "build:\n  script: [docker build .]\n"),
                arguments("ci/build.sh", "docker build .\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPipelines")
    void ignoresFilesThatAreNotPipelines(String path, String content) {
        assertThat(detector.detect(new SourceFile(path, content))).isEmpty();
    }
}
