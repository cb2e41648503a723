package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildManifestDetectorTest {

    private final BuildManifestDetector detector = new BuildManifestDetector();

    @ParameterizedTest(name = "{0} is built with {1}")
    @CsvSource({
            "pom.xml, maven", "orders/build.gradle, gradle", "orders/build.gradle.kts, gradle", "web/package.json, npm",
            "go.mod, go", "pyproject.toml, python", "setup.py, python", "reports/requirements.txt, python",
            "Api/Shop.Api.csproj, dotnet", "Cargo.toml, cargo"
    })
    void namesTheBuildTool(String path, String tool) {
        assertThat(detector.detect(new SourceFile(path, ""))).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(BuildManifestDetector.BUILD_MANIFEST);
            assertThat(finding.attributes()).containsEntry("tool", tool);
            assertThat(finding.startLine()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings.gradle", "tsconfig.json", "examples/pom.xml", "src/test/resources/pom.xml", "Makefile"})
    void ignoresOtherBuildFilesAndManifestsOfExamplesOrTests(String path) {
        assertThat(detector.detect(new SourceFile(path, ""))).isEmpty();
    }
}
