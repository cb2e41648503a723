package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's column of personal data that several SQL scripts create is stored once. */
class RepeatedColumnsTest {

    private static final String OWNERS = """
            CREATE TABLE owners (
              id         INTEGER IDENTITY PRIMARY KEY,
              first_name VARCHAR(30),
              telephone  VARCHAR(20)
            );
            """;

    @Test
    void aSchemaWrittenForTwoEnginesStoresEachColumnOnce() {
        List<Finding> findings = detect(
                "customers/src/main/resources/db/mysql/schema.sql", OWNERS.replace("INTEGER IDENTITY", "INT(4) UNSIGNED"),
                "customers/src/main/resources/db/hsqldb/schema.sql", OWNERS);

        List<Finding> collapsed = RepeatedColumns.collapse(findings, RepeatedColumnsTest::component);

        assertThat(collapsed).extracting(f -> f.path() + " " + f.anchor()).containsExactlyInAnyOrder(
                "customers/src/main/resources/db/hsqldb/schema.sql owners.first_name",
                "customers/src/main/resources/db/hsqldb/schema.sql owners.telephone");
    }

    @Test
    void theSameTableOfTwoComponentsOrTwoContextsStaysTwice() {
        List<Finding> findings = detect(
                "customers/db/schema.sql", OWNERS,
                "visits/db/schema.sql", OWNERS,
                "customers/db/archive/schema.sql", OWNERS.replace("owners", "archive.owners"));

        List<Finding> collapsed = RepeatedColumns.collapse(findings, RepeatedColumnsTest::component);

        assertThat(collapsed).hasSameSizeAs(findings);
    }

    @Test
    void anEntityAndTheScriptCreatingItsTableAreEachTheirOwnDeclaration() {
        List<Finding> findings = detect(
                "customers/db/schema.sql", OWNERS,
                "customers/db/schema-copy.sql", OWNERS,
                "customers/src/main/java/shop/Owner.java", """
                        @Entity
                        @Table(name = "owners")
                        class Owner {
                            private String telephone;
                        }
                        """);

        List<Finding> collapsed = RepeatedColumns.collapse(findings, RepeatedColumnsTest::component);

        assertThat(collapsed).extracting(Finding::path).containsExactlyInAnyOrder("customers/db/schema-copy.sql",
                "customers/db/schema-copy.sql", "customers/src/main/java/shop/Owner.java");
    }

    private static List<Finding> detect(String... pathsAndTexts) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            findings.addAll(new PersonalDataDetector().detect(new SourceFile(pathsAndTexts[i], pathsAndTexts[i + 1])));
        }
        assertThat(findings).isNotEmpty();
        return findings;
    }

    private static Component component(Finding finding) {
        String name = finding.path().substring(0, finding.path().indexOf('/'));
        return new Component(name, name);
    }
}
