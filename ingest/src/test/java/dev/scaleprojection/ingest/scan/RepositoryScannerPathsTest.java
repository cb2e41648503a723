package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rescanning some files of a tree gives their facts of a full scan, in the same components, and nothing else. */
class RepositoryScannerPathsTest {

    private final RepositoryScanner scanner = new RepositoryScanner();

    @ParameterizedTest
    @ValueSource(strings = {"shop", "platform"})
    void eachFileRescannedAloneHasTheFactsOfTheFullScan(String fixture) throws URISyntaxException {
        Path root = Path.of(getClass().getResource("/fixtures/" + fixture).toURI());
        ScanResult full = scanner.scan(root, fixture, ScanOptions.defaults());
        Set<String> paths = new TreeSet<>();
        full.facts().forEach(fact -> paths.add(fact.finding().path()));
        assertThat(paths).hasSizeGreaterThan(5);

        for (String path : paths) {
            ScanResult one = scanner.scanPaths(root, fixture, List.of(path), ScanOptions.defaults());

            assertThat(one.facts()).as(path).isEqualTo(full.facts().stream().filter(f -> f.finding().path().equals(path)).toList());
            assertThat(one.components()).as(path).isEqualTo(full.components());
            assertThat(one.stats().filesScanned()).as(path).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "platform"})
    void allFilesRescannedTogetherAreTheFullScan(String fixture) throws URISyntaxException {
        Path root = Path.of(getClass().getResource("/fixtures/" + fixture).toURI());
        ScanResult full = scanner.scan(root, fixture, ScanOptions.defaults());
        Set<String> paths = new TreeSet<>();
        full.facts().forEach(fact -> paths.add(fact.finding().path()));
        full.skipped().forEach(skip -> paths.add(skip.path()));

        ScanResult rescan = scanner.scanPaths(root, fixture, paths, ScanOptions.defaults());

        assertThat(rescan.facts()).isEqualTo(full.facts());
        assertThat(rescan.skipped()).isEqualTo(full.skipped());
    }

    @org.junit.jupiter.api.Test
    void aPathNoLongerInTheTreeHasNoFactsAndNothingSkipped() throws URISyntaxException {
        Path root = Path.of(getClass().getResource("/fixtures/shop").toURI());

        ScanResult rescan = scanner.scanPaths(root, "shop", List.of("orders/src/main/java/com/shop/orders/Gone.java"),
                ScanOptions.defaults());

        assertThat(rescan.facts()).isEmpty();
        assertThat(rescan.skipped()).isEmpty();
        assertThat(rescan.stats().filesScanned()).isZero();
        assertThat(rescan.components()).isNotEmpty();
    }
}
