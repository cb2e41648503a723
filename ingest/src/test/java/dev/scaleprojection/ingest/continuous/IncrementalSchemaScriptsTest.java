package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.domain.PersonalDataDetector;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which SQL script's copy of a column of personal data stands for it is told by every script of the component: a
 * change to a script that stores such columns scans everything, and the facts are a full scan's.
 */
class IncrementalSchemaScriptsTest {

    private static final String OWNERS = """
            CREATE TABLE owners (
              id         INTEGER PRIMARY KEY,
              first_name VARCHAR(30)
            );
            """;

    @TempDir
    Path temp;

    private ShopRescans shop;
    private GitFixture origin;

    @BeforeEach
    void cloneAndScanTheShop() {
        shop = ShopRescans.clonedAndScanned(temp);
        origin = shop.origin();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void aScriptDroppingTheFirstCopyOfAColumnScansEverythingAndTheNextCopyStands() {
        origin.write("orders/src/main/resources/db/h2/schema.sql", OWNERS)
                .write("orders/src/main/resources/db/mysql/schema.sql", OWNERS).commit("owners for two engines");
        shop.saveFullScan();
        origin.write("orders/src/main/resources/db/h2/schema.sql", "CREATE TABLE audit (id INTEGER PRIMARY KEY);\n")
                .commit("h2 keeps no owners");

        IncrementalScanner.Outcome outcome = shop.rescan();

        assertThat(outcome.incremental()).isFalse();
        assertThat(outcome.reason()).contains("orders/src/main/resources/db/h2/schema.sql", "columns of personal data");
        assertThat(outcome.result().facts()).filteredOn(f -> f.finding().kind().equals(PersonalDataDetector.STORED))
                .filteredOn(f -> f.finding().anchor().equals("owners.first_name"))
                .extracting(f -> f.finding().path()).containsExactly("orders/src/main/resources/db/mysql/schema.sql");
        shop.assertSameAsFullScan(outcome.result());
    }
}
