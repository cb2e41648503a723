package dev.scaleprojection.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.ScoreChanged;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BACKWARD_TRANSITIVE: every current schema must read data written with every released version of it. Released
 * versions live under {@code src/test/resources/released/<SchemaName>/v<n>.avsc}, each self-contained; when a schema
 * ships a change, add its new text there as the next version.
 */
class SchemaCompatibilityTest {

    private static final Map<String, Schema> CURRENT_SCHEMAS = Map.of(
            "FactEvent", FactEvent.getClassSchema(),
            "GapChanged", GapChanged.getClassSchema(),
            "ComponentAssessed", ComponentAssessed.getClassSchema(),
            "ScoreChanged", ScoreChanged.getClassSchema(),
            "Rule", Rule.getClassSchema());

    /** Paths relative to released/, such as {@code Rule/v1.avsc}. */
    static Stream<String> releasedVersions() throws IOException {
        Path released = releasedFolder();
        try (Stream<Path> files = Files.walk(released)) {
            return files.filter(file -> file.toString().endsWith(".avsc"))
                    .map(file -> released.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void currentSchemaReadsDataWrittenWithTheReleasedVersion(String releasedVersion) throws IOException {
        // given the released version and the schema the code generates today
        Path releasedFile = releasedFolder().resolve(releasedVersion);
        String schemaName = releasedFile.getParent().getFileName().toString();
        assertThat(CURRENT_SCHEMAS).as("a current schema named after folder released/%s", schemaName).containsKey(schemaName);
        Schema released = new Schema.Parser().parse(releasedFile.toFile());

        // when the current schema reads what the released one wrote
        var result = SchemaCompatibility.checkReaderWriterCompatibility(CURRENT_SCHEMAS.get(schemaName), released);

        // then nothing is lost
        assertThat(result.getType())
                .as("%s cannot read %s: %s", schemaName, releasedFile.getFileName(), result.getResult().getIncompatibilities())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void everyCurrentSchemaHasAReleasedVersion() throws IOException {
        // given the folders under released/
        try (Stream<Path> folders = Files.list(releasedFolder())) {
            // then each published schema has one
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(CURRENT_SCHEMAS.keySet());
        }
    }

    @Test
    void theCheckRefusesAReaderThatNeedsAFieldTheWriterNeverWrote() {
        // given a released Rule and a reader that adds a required field without a default
        Schema released = CURRENT_SCHEMAS.get("Rule");
        Schema reader = SchemaBuilder.record("Rule").namespace("dev.scaleprojection.avro").fields()
                .requiredString("ruleId")
                .requiredInt("severity")
                .endRecord();

        // when checked, then it is incompatible
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(reader, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    private static Path releasedFolder() {
        try {
            return Path.of(Objects.requireNonNull(SchemaCompatibilityTest.class.getResource("/released"), "released/").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
