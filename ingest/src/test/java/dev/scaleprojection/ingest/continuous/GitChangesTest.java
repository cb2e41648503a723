package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.testing.GitFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {

    @TempDir
    Path temp;

    @Test
    void readsAVersionOfAFileAsAScanReadsItAndWhatAScanSkipsAsEmpty() {
        // given a commit holding a manifest with a byte order mark, a large one, a binary one
        String commit;
        try (GitFixture repository = GitFixture.init(temp.resolve("repo"))) {
            commit = repository.write("k8s/orders.yaml", "\uFEFFkind: Deployment\n")
                    .write("k8s/huge.yaml", "kind: Deployment\n" + "# padding\n".repeat(2_000))
                    .write("k8s/odd.yaml", "kind: Deployment\n\0\0")
                    .commit("manifests");
        }
        Path work = temp.resolve("repo");

        // then the manifest reads without its mark, what a scan with a 1 KiB limit skips reads empty, and a path the
        // commit does not hold is absent
        assertThat(GitChanges.contentAt(work, commit, "k8s/orders.yaml", 1_024)).contains("kind: Deployment\n");
        assertThat(GitChanges.contentAt(work, commit, "k8s/huge.yaml", 1_024)).contains("");
        assertThat(GitChanges.contentAt(work, commit, "k8s/huge.yaml", 1_000_000)).get().asString().startsWith("kind: Deployment");
        assertThat(GitChanges.contentAt(work, commit, "k8s/odd.yaml", 1_024)).contains("");
        assertThat(GitChanges.contentAt(work, commit, "k8s/missing.yaml", 1_024)).isEmpty();
    }
}
