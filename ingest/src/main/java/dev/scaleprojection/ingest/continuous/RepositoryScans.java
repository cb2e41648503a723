package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.GitRepositories;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one inventory repository up to date and publishes what changed: clones or fetches it (with the credentials its
 * environment variables hold), and when its HEAD differs from the last published scan, scans it (incrementally for
 * clones, fully for local folders, which may hold uncommitted files), publishes the facts that changed with every
 * component's complete fingerprint list, retracts components that left its layout and saves the new state. Returns
 * empty when HEAD has not moved.
 */
final class RepositoryScans {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryScans.class);

    static final String DEFAULT_TOKEN_USERNAME = "x-access-token";

    private final Path reposDir;
    private final RepositoryStateStore states;
    private final IncrementalScanner scanner;
    private final FactPublisher publisher;
    private final long maxFileBytes;
    private final Map<String, String> environment;
    private final Clock clock;

    RepositoryScans(Path dataDir, IncrementalScanner scanner, FactPublisher publisher, long maxFileBytes,
                    Map<String, String> environment, Clock clock) {
        this.reposDir = dataDir.resolve("repos");
        this.states = new RepositoryStateStore(dataDir.resolve("ingest-state"));
        this.scanner = scanner;
        this.publisher = publisher;
        this.maxFileBytes = maxFileBytes;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** @param force scan and publish every fact, even when HEAD is where the last published scan saw it */
    Optional<RepositoryScan> update(InventoryRepository repository, boolean force, Consumer<ScanProgress> progress) {
        Path root = workTree(repository);
        Optional<RepositoryState> previous = states.load(repository.name());
        Optional<String> head = GitRepositories.headCommit(root);
        // a new build of the scanner reads an unchanged head again: its detectors may find other facts there
        if (!force && head.isPresent() && previous.map(RepositoryState::commit).equals(head)
                && previous.get().madeByThisScanner()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        ScanOptions options = new ScanOptions(maxFileBytes, progress);
        IncrementalScanner.Outcome outcome = repository.remote()
                ? scanner.scan(root, repository.system(), options, previous)
                : scanner.scan(root, repository.system(), options, Optional.empty());
        Instant now = clock.instant();
        // A rescan sends only what changed since the facts of the saved state; a forced one sends everything again.
        List<ObservedFact> before = force ? List.of() : previous.map(RepositoryState::facts).orElse(List.of());
        FactPublisher.Published published = force || previous.isEmpty()
                ? publisher.publish(outcome.result(), repository.organization(), repository.system(), now)
                : publisher.publishChanges(outcome.result(), before, repository.organization(), repository.system(), now);
        Set<ObservedFact> unchanged = new HashSet<>(before);
        int factsSent = (int) outcome.result().facts().stream().filter(fact -> !unchanged.contains(fact)).count();
        List<String> vanished = previous.map(state -> state.vanishedFrom(published.componentIds())).orElse(List.of());
        if (!vanished.isEmpty()) {
            publisher.retract(vanished, outcome.result(), repository.system(), now);
        }
        RepositoryState.of(outcome.result(), published.componentIds()).ifPresent(state -> states.save(repository.name(), state));
        LOG.info("Scanned {} at {}: {}, {} file(s) read ({}); {} new or changed facts sent", repository.name(),
                outcome.result().commit().orElse("a work tree"), outcome.incremental() ? "incremental" : "full",
                outcome.filesRead(), outcome.reason(), factsSent);
        return Optional.of(new RepositoryScan(repository, root, outcome.result(), outcome.incremental(), outcome.reason(),
                outcome.filesRead(), factsSent, published.componentIds(), vanished, Duration.ofNanos(System.nanoTime() - started)));
    }

    private Path workTree(InventoryRepository repository) {
        if (!repository.remote()) {
            Path path = Path.of(repository.location());
            if (!Files.isDirectory(path)) {
                throw new IllegalStateException("The folder " + path + " of repository " + repository.name() + " does not exist");
            }
            return path;
        }
        return GitRepositories.cloneOrFetch(new GitRepositories.Remote(repository.location(), repository.branch(),
                credentials(repository)), reposDir);
    }

    private Optional<GitRepositories.Credentials> credentials(InventoryRepository repository) {
        if (repository.tokenEnv().isEmpty()) {
            return Optional.empty();
        }
        String tokenEnv = repository.tokenEnv().get();
        String token = environment.get(tokenEnv);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("tokenEnv: the environment variable " + tokenEnv + " named for repository "
                    + repository.name() + " is not set");
        }
        String username = repository.usernameEnv().map(name -> {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("usernameEnv: the environment variable " + name + " named for repository "
                        + repository.name() + " is not set");
            }
            return value;
        }).orElse(DEFAULT_TOKEN_USERNAME);
        return Optional.of(new GitRepositories.Credentials(username, token));
    }
}
