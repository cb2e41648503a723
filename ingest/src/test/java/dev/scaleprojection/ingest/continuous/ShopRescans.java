package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The shop fixture as a git origin, cloned and scanned in full once, with its state saved: the set-up of the rescan
 * tests, which change the origin, rescan it and compare the rescan with a full scan of the same commit.
 */
final class ShopRescans implements AutoCloseable {

    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");

    private final Path temp;
    private final GitFixture origin;
    private final RepositoryScanner scanner = new RepositoryScanner();
    private final IncrementalScanner incremental = new IncrementalScanner(scanner);
    private final RepositoryStateStore store;
    private RepositoryState previous;

    private ShopRescans(Path temp) {
        this.temp = temp;
        this.origin = GitFixture.ofFixture("shop", temp.resolve("origin"));
        this.store = new RepositoryStateStore(temp.resolve("state"));
    }

    /** The shop cloned into {@code temp} and scanned in full, its state saved as a rescan's previous state. */
    static ShopRescans clonedAndScanned(Path temp) {
        ShopRescans shop = new ShopRescans(temp);
        IncrementalScanner.Outcome first = shop.incremental.scan(shop.fetch(), "shop", ScanOptions.defaults(), shop.store.load("shop"));
        assertThat(first.incremental()).isFalse();
        assertThat(first.reason()).isEqualTo("no previous scan");
        shop.save(first.result());
        return shop;
    }

    GitFixture origin() {
        return origin;
    }

    RepositoryScanner scanner() {
        return scanner;
    }

    RepositoryStateStore store() {
        return store;
    }

    /** The state the last rescan started from. */
    RepositoryState previous() {
        return previous;
    }

    Path fetch() {
        return GitRepositories.cloneOrFetch(origin.url(), temp.resolve("repos"));
    }

    /** A rescan of the origin's head from the saved state. */
    IncrementalScanner.Outcome rescan() {
        previous = store.load("shop").orElseThrow();
        return incremental.scan(fetch(), "shop", ScanOptions.defaults(), Optional.of(previous));
    }

    void saveFullScan() {
        save(scanner.scan(fetch(), "shop", ScanOptions.defaults()));
    }

    void save(ScanResult result) {
        FactPublisher.ScanEvents events = FactPublisher.events(result, "acme", "shop", AT);
        store.save("shop", RepositoryState.of(result, events.componentIds()).orElseThrow());
    }

    /** The last rescan's result is what a full scan of the same commit gives ({@link FullScanEquality}). */
    void assertSameAsFullScan(ScanResult result) {
        FullScanEquality.assertSameAsFullScan(result, scanner.scan(fetch(), "shop", ScanOptions.defaults()), previous);
    }

    @Override
    public void close() {
        origin.close();
    }
}
