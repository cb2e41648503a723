package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryScannerSkipsTest {

    private static final String ENDPOINT_CLASS =
            "class Db {\n    static final String URL = \"jdbc:postgresql://db.internal:5432/orders\";\n}\n";

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private final RepositoryScanner scanner = new RepositoryScanner();

    private Path write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private ScanResult scan() {
        return scanner.scan(repo, "repo", ScanOptions.defaults());
    }

    private static List<String> factPaths(ScanResult result) {
        return result.facts().stream().map(f -> f.finding().path()).toList();
    }

    @Test
    void skipsBinaryFilesByContentAndByExtension() throws IOException {
        Path blob = repo.resolve("src/main/java/Blob.java");
        Files.createDirectories(blob.getParent());
        Files.write(blob, new byte[] {'c', 'l', 'a', 's', 's', 0, 1, 2});
        Files.write(repo.resolve("Dockerfile.tar.gz"), new byte[] {31, -117, 8, 0});

        ScanResult result = scan();

        assertThat(result.skipped()).containsExactlyInAnyOrder(new SkippedFile("Dockerfile.tar.gz", "binary"),
                new SkippedFile("src/main/java/Blob.java", "binary"));
        assertThat(result.facts()).isEmpty();
    }

    @Test
    void skipsFilesLargerThanTheLimit() throws IOException {
        write("src/main/java/Big.java", ENDPOINT_CLASS + "// " + "x".repeat(4096) + "\n");
        write("src/main/java/Small.java", ENDPOINT_CLASS);

        ScanResult result = scanner.scan(repo, "repo", ScanOptions.defaults().withMaxFileBytes(1024));

        assertThat(result.skipped()).containsExactly(new SkippedFile("src/main/java/Big.java", "too-large"));
        assertThat(factPaths(result)).containsExactly("src/main/java/Small.java");
    }

    @Test
    void skipsSymbolicLinksLeavingTheTreeOrDuplicatingIt() throws IOException {
        Path secret = Files.writeString(outside.resolve("Outside.java"), ENDPOINT_CLASS);
        Files.createDirectories(outside.resolve("lib"));
        Files.writeString(outside.resolve("lib/Lib.java"), ENDPOINT_CLASS);
        Path inside = write("src/main/java/Db.java", ENDPOINT_CLASS);
        Path outsideLink = repo.resolve("src/main/java/Outside.java");
        assumeTrue(trySymlink(outsideLink, secret), "symbolic links are not supported here");
        Files.createSymbolicLink(repo.resolve("src/main/java/Copy.java"), inside);
        Path outsideFolderLink = Files.createSymbolicLink(repo.resolve("linked-lib"), outside.resolve("lib"));
        Files.createSymbolicLink(repo.resolve("src/main/java/Gone.java"), repo.resolve("nowhere.java"));

        ScanResult result = scan();
        Files.delete(outsideLink);
        Files.delete(outsideFolderLink);

        assertThat(result.skipped()).containsExactly(new SkippedFile("linked-lib", "symlink-outside-tree"),
                new SkippedFile("src/main/java/Copy.java", "symlink-duplicate"),
                new SkippedFile("src/main/java/Gone.java", "symlink-broken"),
                new SkippedFile("src/main/java/Outside.java", "symlink-outside-tree"));
        assertThat(factPaths(result)).containsExactly("src/main/java/Db.java");
    }

    @Test
    void skipsANamedPipeWithoutReadingFromIt() throws Exception {
        // given a named pipe among the sources, which a read would wait on forever
        write("src/main/java/Db.java", ENDPOINT_CLASS);
        Path pipe = repo.resolve("src/main/java/Pipe.java");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");

        // when the repository is scanned, then the pipe is reported and the rest is scanned
        ScanResult result = scan();

        assertThat(result.skipped()).containsExactly(new SkippedFile("src/main/java/Pipe.java", "not-a-regular-file"));
        assertThat(factPaths(result)).containsExactly("src/main/java/Db.java");
    }

    @Test
    void skipsMalformedYamlWithTheReasonAndScansTheRest() throws IOException {
        write("docker-compose.yml", "services:\n  web:\n    image: [nginx\n  db: {\n");
        write("src/main/java/Db.java", ENDPOINT_CLASS);

        ScanResult result = scan();

        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo("docker-compose.yml");
            assertThat(skipped.reason()).startsWith("malformed-yaml: ").contains("line");
        });
        assertThat(factPaths(result)).containsExactly("src/main/java/Db.java");
    }

    @Test
    void neverEntersDependencyBuildOrToolFolders() throws IOException {
        for (String folder : List.of("node_modules/pkg", "target/classes", "build/gen", "dist", "vendor/lib", ".venv/lib",
                ".git/hooks", "out", "__pycache__", ".idea", ".gradle")) {
            write(folder + "/Db.java", ENDPOINT_CLASS);
        }
        write("Api/Api.csproj", "<Project />\n");
        write("Api/bin/Debug/Db.cs", "class Db { const string U = \"redis://cache.internal:6379\"; }\n");
        write("tools/bin/tool.py", "URL = \"redis://cache.internal:6379\"\n");

        ScanResult result = scan();

        assertThat(factPaths(result)).containsExactlyInAnyOrder("Api/Api.csproj", "tools/bin/tool.py");
    }

    @Test
    void decodesTextThatIsNotUtf8Leniently() throws IOException {
        Path latin1 = repo.resolve("src/main/java/Db.java");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, ("// caf\u00e9\n" + ENDPOINT_CLASS).getBytes(StandardCharsets.ISO_8859_1));

        ScanResult result = scan();

        assertThat(result.skipped()).isEmpty();
        assertThat(result.facts()).singleElement().satisfies(fact -> assertThat(fact.finding().startLine()).isEqualTo(3));
    }

    @Test
    void reportsProgressForEveryFile() throws IOException {
        write("src/main/java/Db.java", ENDPOINT_CLASS);
        write("README.md", "# readme\n");
        List<ScanProgress> progress = new ArrayList<>();

        scanner.scan(repo, "repo", ScanOptions.defaults().withProgress(progress::add));

        assertThat(progress).containsExactly(new ScanProgress("README.md", 1, 2), new ScanProgress("src/main/java/Db.java", 2, 2));
    }

    @Test
    void readsTheHeadCommitOfAGitWorkTree() throws Exception {
        write("src/main/java/Db.java", ENDPOINT_CLASS);
        String commit;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit = git.commit().setMessage("first").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call().getName();
        }

        ScanResult result = scan();

        assertThat(result.commit()).contains(commit);
        assertThat(factPaths(result)).containsExactly("src/main/java/Db.java");
    }

    private static boolean trySymlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
