package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id of the running scanner's build, read from its compiled classes. */
class ScannerBuildTest {

    @Test
    void theBuildIsNamedByADigestOfItsClasses() {
        // when the scanner runs from the module's class folder, as in this build
        String id = ScannerBuild.id();

        // then it is named by sixteen hexadecimal digits, the same every time it is asked
        assertThat(id).isNotEqualTo(ScannerBuild.UNKNOWN).matches("[0-9a-f]{16}");
        assertThat(ScannerBuild.id()).isEqualTo(id);
    }
}
