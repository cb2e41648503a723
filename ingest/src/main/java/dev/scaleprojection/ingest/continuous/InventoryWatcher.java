package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.inventory.Inventory;
import dev.scaleprojection.ingest.inventory.InventoryRepository;
import dev.scaleprojection.ingest.publish.FactPublisher;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an organization's inventory assessed: a pass brings every repository up to date ({@link RepositoryScans}) one
 * after the other; a repository that fails is reported and left alone until its retry time (doubling backoff), and
 * never stops the others. {@link #start()} runs a pass every poll interval; {@link #requestRescan} (a push) queues one
 * repository. All scanning happens on one thread, so a repository is never scanned twice at once.
 */
public final class InventoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryWatcher.class);

    /** How the watcher works: where data lives, how often it polls, how it backs off, how large a file it reads. */
    public record Settings(Path dataDir, Duration pollInterval, Duration firstRetry, Duration maxRetry, long maxFileBytes) {

        public Settings {
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive, was " + pollInterval);
            }
        }

        public static Settings of(Path dataDir, Duration pollInterval, long maxFileBytes) {
            return new Settings(dataDir, pollInterval, pollInterval, pollInterval.multipliedBy(12), maxFileBytes);
        }
    }

    private final Inventory inventory;
    private final RepositoryScans scans;
    private final RetrySchedule retries;
    private final Duration pollInterval;
    private final Clock clock;
    private final ScanListener listener;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "inventory-watcher");
        thread.setDaemon(true);
        return thread;
    });

    private record Failure(int count, Instant retryAt, String message) {
    }

    public InventoryWatcher(Inventory inventory, FactPublisher publisher, Settings settings, Map<String, String> environment,
                            Clock clock, ScanListener listener) {
        this.inventory = inventory;
        this.scans = new RepositoryScans(settings.dataDir(), new IncrementalScanner(new RepositoryScanner()), publisher,
                settings.maxFileBytes(), environment, clock);
        this.retries = new RetrySchedule(settings.firstRetry(), settings.maxRetry());
        this.pollInterval = settings.pollInterval();
        this.clock = clock;
        this.listener = listener;
    }

    public Inventory inventory() {
        return inventory;
    }

    /** One pass over every repository now, on the caller's thread; repositories waiting for their retry are skipped. */
    public PassSummary scanAll() {
        return scanAll(false);
    }

    /**
     * One pass as {@link #scanAll()}; with {@code republish}, a repository whose head has not moved is published again
     * too (from its saved state, reading no file), so that every repository's facts are on the topic after the pass.
     */
    public PassSummary scanAll(boolean republish) {
        List<RepositoryScan> scanned = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        List<InventoryRepository> repositories = inventory.repositories();
        for (int i = 0; i < repositories.size(); i++) {
            InventoryRepository repository = repositories.get(i);
            Failure failure = failures.get(repository.name());
            if (failure != null && clock.instant().isBefore(failure.retryAt())) {
                waiting.add(repository.name());
                continue;
            }
            Result result = update(repository, i + 1, repositories.size(), republish);
            switch (result.outcome()) {
                case SCANNED -> scanned.add(result.scan().orElseThrow());
                case UNCHANGED -> unchanged.add(repository.name());
                case FAILED -> failed.add(repository.name());
            }
        }
        return new PassSummary(scanned, unchanged, failed, waiting);
    }

    /** Fetches and rescans one repository now, whatever its retry time; a failure is reported like a poll's. */
    public Optional<RepositoryScan> rescan(String repositoryName) {
        InventoryRepository repository = inventory.named(repositoryName).orElseThrow(() ->
                new IllegalArgumentException("No repository named '" + repositoryName + "' in the inventory"));
        return update(repository, 1, 1, false).scan();
    }

    /** Queues a rescan of the named repository on the watcher's thread; false when one is already queued. */
    public boolean requestRescan(String repositoryName) {
        if (inventory.named(repositoryName).isEmpty()) {
            throw new IllegalArgumentException("No repository named '" + repositoryName + "' in the inventory");
        }
        if (!queued.add(repositoryName)) {
            return false;
        }
        worker.execute(() -> {
            queued.remove(repositoryName);
            rescan(repositoryName);
        });
        return true;
    }

    /** Polls every interval from now on, on the watcher's thread. */
    public void start() {
        long millis = pollInterval.toMillis();
        worker.scheduleWithFixedDelay(this::scanAllQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The failures not yet overcome, by repository name: how many in a row, and the last message. */
    public Map<String, String> failing() {
        Map<String, String> failing = new LinkedHashMap<>();
        failures.forEach((name, failure) -> failing.put(name, failure.count() + " failures, last: " + failure.message()));
        return failing;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private enum Outcome { SCANNED, UNCHANGED, FAILED }

    private record Result(Outcome outcome, Optional<RepositoryScan> scan) {
    }

    private Result update(InventoryRepository repository, int index, int count, boolean republish) {
        try {
            Optional<RepositoryScan> scan = scans.update(repository, republish, listener.scanning(repository, index, count));
            failures.remove(repository.name());
            if (scan.isEmpty()) {
                listener.unchanged(repository);
                return new Result(Outcome.UNCHANGED, scan);
            }
            listener.scanned(scan.get());
            return new Result(Outcome.SCANNED, scan);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.debug("Scanning {} was interrupted by shutdown", repository.name());
                return new Result(Outcome.FAILED, Optional.empty());
            }
            Failure previous = failures.get(repository.name());
            int inARow = previous == null ? 1 : previous.count() + 1;
            Instant retryAt = retries.next(clock.instant(), inARow);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failures.put(repository.name(), new Failure(inARow, retryAt, message));
            LOG.info("Repository {} failed ({} in a row); next try at {}: {}", repository.name(), inARow, retryAt, message);
            listener.failed(repository, message, inARow, retryAt);
            return new Result(Outcome.FAILED, Optional.empty());
        }
    }

    private void scanAllQuietly() {
        try {
            scanAll();
        } catch (RuntimeException e) {
            LOG.error("A poll of the inventory failed", e);
        }
    }
}
