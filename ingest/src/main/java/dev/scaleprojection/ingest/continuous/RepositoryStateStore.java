package dev.scaleprojection.ingest.continuous;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each repository's {@link RepositoryState} as one JSON file under a folder of the data dir, so that a restart
 * scans only what changed. Writes go to a temporary file first and are moved into place; an unreadable file counts as
 * no state (the next scan is a full one).
 */
public final class RepositoryStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryStateStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path folder;

    public RepositoryStateStore(Path folder) {
        this.folder = folder;
    }

    public Optional<RepositoryState> load(String repositoryName) {
        Path file = file(repositoryName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), RepositoryState.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable scan state {} (the next scan is a full one): {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(String repositoryName, RepositoryState state) {
        Path file = file(repositoryName);
        try {
            Files.createDirectories(folder);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            MAPPER.writeValue(partial.toFile(), state);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the scan state of " + repositoryName + " to " + file, e);
        }
    }

    private Path file(String repositoryName) {
        return folder.resolve(repositoryName.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
}
