package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DockerfileDetectorTest {

    private final DockerfileDetector detector = new DockerfileDetector();

    private List<Finding> detect(String path, String content) {
        return detector.detect(new SourceFile(path, content));
    }

    @Test
    void describesTheFinalStageOfAMultiStageBuild() {
        String dockerfile = """
                # syntax=docker/dockerfile:1
                ARG JAVA=17
                FROM maven:3.9-eclipse-temurin-${JAVA} AS build
                USER builder
                EXPOSE 9999
                RUN mvn -q package

                # runtime
                from eclipse-temurin:${JAVA}-jre
                COPY --from=build /src/target/app.jar /app.jar
                EXPOSE 8080/tcp 8443
                USER 1000:1000
                HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
                ENTRYPOINT ["java", "-jar", "/app.jar"]
                CMD ["--spring.profiles.active=prod"]
                """;

        List<Finding> findings = detect("orders/Dockerfile", dockerfile);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(DockerfileDetector.DOCKERFILE);
            assertThat(finding.source()).isEqualTo(Finding.DEPLOYMENT_DESCRIPTOR);
            assertThat(finding.startLine()).isEqualTo(9);
            assertThat(finding.snippet()).isEqualTo("from eclipse-temurin:${JAVA}-jre");
            assertThat(finding.attributes()).containsAllEntriesOf(Map.of("baseImage", "eclipse-temurin:${JAVA}-jre",
                    "stages", "2", "exposedPorts", "8080,8443", "user", "1000:1000", "healthcheck", "true",
                    "entrypoint", "java -jar /app.jar --spring.profiles.active=prod"));
        });
    }

    @Test
    void followsAFinalStageBuiltFromAnEarlierStage() {
        String dockerfile = """
                FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
                USER app
                EXPOSE 8080

                FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                RUN dotnet publish -c Release -o /app/publish

                FROM base AS final
                COPY --from=build /app/publish .
                ENTRYPOINT ["dotnet", "Shop.Api.dll"]
                """;

        Finding finding = detect("Api/Dockerfile", dockerfile).get(0);

        assertThat(finding.startLine()).isEqualTo(8);
        assertThat(finding.attributes()).containsAllEntriesOf(Map.of("baseImage", "mcr.microsoft.com/dotnet/aspnet:8.0",
                "stages", "3", "exposedPorts", "8080", "user", "app", "entrypoint", "dotnet Shop.Api.dll"));
    }

    @Test
    void runsAsRootWithoutHealthCheckWhenNothingIsDeclared() {
        Finding finding = detect("web/Dockerfile", "FROM node:20-alpine\nCMD node server.js\n").get(0);

        assertThat(finding.attributes()).containsAllEntriesOf(Map.of("user", "root", "healthcheck", "false",
                "exposedPorts", "", "entrypoint", "node server.js", "stages", "1"));
    }

    @Test
    void joinsContinuationsSkipsCommentsInsideThemAndHonoursTheEscapeDirective() {
        String dockerfile = """
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN powershell -Command `
                    # a comment inside the continuation
                    Write-Host hello
                EXPOSE 80
                HEALTHCHECK NONE
                """;

        Finding finding = detect("win/Dockerfile", dockerfile).get(0);

        assertThat(finding.startLine()).isEqualTo(2);
        assertThat(finding.attributes()).containsEntry("exposedPorts", "80").containsEntry("healthcheck", "false");
    }

    @Test
    void skipsHereDocuments() {
        String dockerfile = """
                FROM alpine:3.20
                RUN <<EOF
                FROM not-an-instruction
                EOF
                EXPOSE 7000
                """;

        assertThat(detect("Dockerfile", dockerfile).get(0).attributes())
                .containsEntry("baseImage", "alpine:3.20").containsEntry("stages", "1").containsEntry("exposedPorts", "7000");
    }

    @Test
    void reportsEndpointsSetByEnvOfTheFinalStageWithRedactedSnippets() {
        String dockerfile = """
                FROM eclipse-temurin:17-jre
                ENV SPRING_DATASOURCE_URL=jdbc:postgresql://orders:s3cret@db.internal:5432/orders \\
                    LOG_LEVEL=info
                ENV REDIS_URL redis://cache.internal:6379
                """;

        List<Finding> findings = detect("orders/Dockerfile", dockerfile);

        assertThat(findings).extracting(Finding::kind, Finding::startLine, Finding::anchor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DockerfileDetector.DOCKERFILE, 1, "final-stage"),
                org.assertj.core.groups.Tuple.tuple(ConfiguredEndpointDetector.CONFIGURED, 2, "ENV.SPRING_DATASOURCE_URL"),
                org.assertj.core.groups.Tuple.tuple(ConfiguredEndpointDetector.CONFIGURED, 4, "ENV.REDIS_URL"));
        assertThat(findings.get(1).snippet()).doesNotContain("s3cret").contains("***:***@db.internal");
    }

    @Test
    void ignoresDockerfilesThatAreNotDeploymentDescriptors() {
        assertThat(detect("docs/Dockerfile", "FROM alpine\n")).isEmpty();
        assertThat(detect(".devcontainer/Dockerfile", "FROM alpine\n")).isEmpty();
        assertThat(detect(".gitpod.Dockerfile", "FROM gitpod/workspace-full\n")).isEmpty();
        assertThat(detect("orders/Dockerfile", "# only a comment\n")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"src/Services/Basket/Basket.API/Dockerfile.original",
            "orders/Dockerfile.orig", "orders/Dockerfile.bak", "orders/Dockerfile.old", "orders/Dockerfile~"})
    void ignoresBackupCopiesOfADockerfileThatNoBuildUses(String path) {
        assertThat(detect(path, "FROM alpine\n")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"orders/Dockerfile.prod", "orders/Dockerfile-dev", "orders/api.dockerfile",
            "orders/Containerfile"})
    void describesVariantsOfADockerfile(String path) {
        assertThat(detect(path, "FROM alpine\n")).extracting(Finding::kind).containsExactly(DockerfileDetector.DOCKERFILE);
    }

    @Test
    void tellsDockerfilesAsTheNamePatternAloneDoesOnGeneratedPaths() {
        Pattern name = Pattern.compile("(?i)dockerfile([.-].*)?|.+\\.dockerfile|containerfile(\\..*)?");
        Pattern backup = Pattern.compile("\\.(dockerignore|original|orig|bak|old|backup)$|~$");
        List<String> pieces = List.of("docker", "Docker", "DOCKER", "file", "File", "container", "Contain", "er", ".", "-", "/",
                "api", "prod", "~", ".bak", "dockerfile", "Dockerfile", "x", "\u212A");
        Random random = new Random(5);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder path = new StringBuilder();
            for (int count = random.nextInt(7); count > 0; count--) {
                path.append(pieces.get(random.nextInt(pieces.size())));
            }
            String generated = path.toString();
            boolean expected = name.matcher(generated.substring(generated.lastIndexOf('/') + 1)).matches()
                    && !backup.matcher(generated.toLowerCase(Locale.ROOT)).find();

            assertThat(DockerfileDetector.isDockerfile(generated)).as(generated).isEqualTo(expected);
        }
    }
}
