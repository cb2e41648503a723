package dev.scaleprojection.ingest.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainPurityTest {

    private final JavaClasses ingest = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.scaleprojection.ingest");

    /** Java, itself, and the vocabulary every module's domain shares ({@code dev.scaleprojection.domain}, plain Java). */
    @Test
    void domainDependsOnlyOnJavaItselfAndTheSharedVocabulary() {
        noClasses().that().resideInAPackage("..ingest.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..ingest.domain..", "dev.scaleprojection.domain")
                .check(ingest);
    }

    @Test
    void domainReadsNoClockEnvironmentOrRandomness() {
        noClasses().that().resideInAPackage("..ingest.domain..")
                .should().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .orShould().dependOnClassesThat().resideInAPackage("java.io..")
                .check(ingest);
    }
}
