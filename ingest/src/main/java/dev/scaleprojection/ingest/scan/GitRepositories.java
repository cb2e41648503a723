package dev.scaleprojection.ingest.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Local copies of remote repositories, made with JGit: a shallow clone the first time, a shallow fetch and hard reset
 * to the followed branch (the remote default unless one is named) afterwards, with credentials when given. Also reads
 * the HEAD commit of a work tree. Nothing from a repository is run.
 */
public final class GitRepositories {

    private GitRepositories() {
    }

    /** A user name and token (or password) for an HTTPS remote; {@link #toString()} never shows the token. */
    public record Credentials(String username, String token) {

        public Credentials {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", token=***]";
        }
    }

    /** What to copy: a git URL, the branch to follow (the remote default when empty) and the credentials, if any. */
    public record Remote(String url, Optional<String> branch, Optional<Credentials> credentials) {

        public Remote {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("A repository URL is required");
            }
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(credentials, "credentials");
        }

        public static Remote of(String url) {
            return new Remote(url, Optional.empty(), Optional.empty());
        }
    }

    /** Clones {@code url} into a folder of {@code reposDir} named after it, or updates that clone; returns its path. */
    public static Path cloneOrFetch(String url, Path reposDir) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A repository URL is required");
        }
        return cloneOrFetch(Remote.of(url), reposDir);
    }

    /** Clones the remote into a folder of {@code reposDir} named after its URL and branch, or updates that clone. */
    public static Path cloneOrFetch(Remote remote, Path reposDir) {
        String url = remote.url();
        Path target = reposDir.resolve(directoryName(url) + remote.branch().map(b -> "@" + b.replaceAll("[^A-Za-z0-9._-]", "_")).orElse(""));
        Optional<CredentialsProvider> credentials = remote.credentials()
                .map(c -> new UsernamePasswordCredentialsProvider(c.username(), c.token()));
        try {
            Files.createDirectories(reposDir);
            if (Files.exists(target.resolve(".git"))) {
                fetch(target, remote.branch(), credentials);
            } else {
                clone(url, target, remote.branch(), credentials);
            }
            return target;
        } catch (GitAPIException | IOException | RuntimeException e) {
            String message = rootMessage(e);
            String secret = remote.credentials().map(Credentials::token).orElse("");
            throw new RepositoryCloneException("Could not clone or update " + url + " into " + target + ": "
                    + (secret.isEmpty() ? message : message.replace(secret, "***")), e);
        }
    }

    /** The commit HEAD points at, when {@code root} is the top of a git work tree with at least one commit. */
    public static Optional<String> headCommit(Path root) {
        if (!Files.exists(root.resolve(".git"))) {
            return Optional.empty();
        }
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            return Optional.ofNullable(head).map(ObjectId::getName);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code https://github.com/acme/shop.git} becomes {@code acme+shop}; only [A-Za-z0-9._+-] remain. */
    static String directoryName(String url) {
        String trimmed = url.strip().replaceAll("/+$", "").replaceAll("\\.git$", "");
        String[] parts = trimmed.split("[/:\\\\]");
        String name = parts.length >= 2 ? parts[parts.length - 2] + "+" + parts[parts.length - 1] : parts[parts.length - 1];
        String safe = name.replaceAll("[^A-Za-z0-9._+-]", "_").replaceAll("^[.+]+", "");
        return safe.isEmpty() ? "repository" : safe;
    }

    private static void clone(String url, Path target, Optional<String> branch, Optional<CredentialsProvider> credentials)
            throws GitAPIException, IOException {
        try {
            var command = Git.cloneRepository().setURI(url).setDirectory(target.toFile()).setDepth(1).setCloneAllBranches(false);
            branch.ifPresent(name -> command.setBranch(Constants.R_HEADS + name));
            credentials.ifPresent(command::setCredentialsProvider);
            command.call().close();
        } catch (GitAPIException | RuntimeException e) {
            deleteRecursively(target);
            throw e;
        }
    }

    private static void fetch(Path target, Optional<String> followed, Optional<CredentialsProvider> credentials)
            throws GitAPIException, IOException {
        try (Git git = Git.open(target.toFile())) {
            String branch = followed.orElse(git.getRepository().getBranch());
            var command = git.fetch().setRemote("origin").setDepth(1)
                    .setRefSpecs("+refs/heads/" + branch + ":refs/remotes/origin/" + branch);
            credentials.ifPresent(command::setCredentialsProvider);
            command.call();
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef("refs/remotes/origin/" + branch).call();
        } catch (RepositoryNotFoundException e) {
            throw new IOException("not a git repository: " + target, e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return e == cause || e.getMessage() == null ? message : e.getMessage() + " (" + message + ")";
    }
}
