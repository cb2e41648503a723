package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTreeTest {

    @Test
    void namesEachFileByItsPathBelowTheRootAsRelativizingWould(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("repo");
        for (String file : List.of("a.txt", "src/A.java", "src/main/x.y.z", "a-b/c", "a b/ç é.py", ".hidden/.env", "x/y/z/w/v.go")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }

        List<RepositoryTree.File> files = RepositoryTree.list(root.toRealPath()).files();

        assertThat(files).hasSize(7);
        for (RepositoryTree.File file : files) {
            assertThat(file.relative()).isEqualTo(root.toRealPath().relativize(file.path()).toString());
        }
        assertThat(RepositoryTree.relative(Path.of("/"), Path.of("/etc/hosts"))).isEqualTo("etc/hosts");
        assertThat(RepositoryTree.relative(Path.of("/work/synth"), Path.of("/work/synthetic/a"))).isEqualTo("../synthetic/a");
    }
}
