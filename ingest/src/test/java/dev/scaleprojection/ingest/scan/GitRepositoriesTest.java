package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitRepositoriesTest {

    @TempDir
    Path origin;

    @TempDir
    Path repos;

    private String commit(Git git, String file, String content) throws Exception {
        Files.writeString(origin.resolve(file), content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage("change " + file).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call().getName();
    }

    @Test
    void clonesOnceAndFetchesAfterwards() throws Exception {
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            String first = commit(git, "README.md", "v1\n");
            String url = origin.toUri().toString();

            Path clone = GitRepositories.cloneOrFetch(url, repos);

            assertThat(Files.readString(clone.resolve("README.md"))).isEqualTo("v1\n");
            assertThat(GitRepositories.headCommit(clone)).contains(first);

            String second = commit(git, "README.md", "v2\n");
            Path updated = GitRepositories.cloneOrFetch(url, repos);

            assertThat(updated).isEqualTo(clone);
            assertThat(Files.readString(updated.resolve("README.md"))).isEqualTo("v2\n");
            assertThat(GitRepositories.headCommit(updated)).contains(second);
        }
    }

    @Test
    void explainsAFailedCloneAndLeavesNothingBehind() {
        String url = origin.resolve("missing.git").toUri().toString();

        assertThatThrownBy(() -> GitRepositories.cloneOrFetch(url, repos))
                .isInstanceOf(RepositoryCloneException.class)
                .hasMessageContaining("Could not clone or update " + url)
                .hasMessageContaining(repos.toString());
        assertThat(repos.resolve(GitRepositories.directoryName(url))).doesNotExist();
    }

    @Test
    void hasNoCommitOutsideAGitWorkTree() {
        assertThat(GitRepositories.headCommit(origin)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://github.com/acme/shop.git, acme+shop", "https://github.com/acme/shop/, acme+shop",
            "git@github.com:acme/shop.git, acme+shop", "file:///tmp/x/origin, x+origin", "shop, shop"
    })
    void namesTheLocalFolderAfterOwnerAndRepository(String url, String folder) {
        assertThat(GitRepositories.directoryName(url)).isEqualTo(folder);
    }

    @Test
    void followsTheNamedBranchRatherThanTheDefault() throws Exception {
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            commit(git, "README.md", "main\n");
            git.checkout().setCreateBranch(true).setName("release").call();
            String release = commit(git, "README.md", "release v1\n");
            git.checkout().setName("main").call();
            GitRepositories.Remote remote = new GitRepositories.Remote(origin.toUri().toString(), Optional.of("release"), Optional.empty());

            Path clone = GitRepositories.cloneOrFetch(remote, repos);

            assertThat(clone.getFileName().toString()).endsWith("@release");
            assertThat(GitRepositories.headCommit(clone)).contains(release);
            git.checkout().setName("release").call();
            String next = commit(git, "README.md", "release v2\n");
            git.checkout().setName("main").call();
            commit(git, "README.md", "main moves too\n");

            GitRepositories.cloneOrFetch(remote, repos);

            assertThat(GitRepositories.headCommit(clone)).contains(next);
            assertThat(Files.readString(clone.resolve("README.md"))).isEqualTo("release v2\n");
        }
    }

    @Test
    void neverShowsAToken() {
        GitRepositories.Credentials credentials = new GitRepositories.Credentials("x-access-token", "ghp_secret");

        assertThat(credentials.toString()).doesNotContain("ghp_secret").contains("x-access-token");
    }
}
