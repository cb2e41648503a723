package dev.scaleprojection.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** A git repository in a temporary folder, made with JGit, standing for a remote: write, delete and commit files. */
public final class GitFixture implements AutoCloseable {

    private final Path folder;
    private final Git git;

    private GitFixture(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    public static GitFixture init(Path folder) {
        try {
            Files.createDirectories(folder);
            return new GitFixture(folder, Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A repository holding a copy of a test fixture (e.g. {@code shop}), committed. */
    public static GitFixture ofFixture(String fixture, Path folder) {
        GitFixture repository = init(folder);
        try {
            Path source = Path.of(GitFixture.class.getResource("/fixtures/" + fixture).toURI());
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    Path target = folder.resolve(source.relativize(path).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        repository.commit("the " + fixture + " fixture");
        return repository;
    }

    public String url() {
        return folder.toUri().toString();
    }

    public Path folder() {
        return folder;
    }

    public GitFixture write(String path, String content) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GitFixture replace(String path, String from, String to) {
        try {
            String content = Files.readString(folder.resolve(path));
            if (!content.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            return write(path, content.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GitFixture delete(String path) {
        try {
            Files.delete(folder.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            return git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call().getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
