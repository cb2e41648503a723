package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = ScaleProjection.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void documentsEveryOptionOfRunInItsHelp() {
        int exit = execute("run", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--once", "--org", "--data-dir", "--http-port", "--format", "--kafka-port",
                "--registry-port", "--bootstrap-servers", "--registry-url", "--partitions", "--max-file-size", "--role", "--config",
                "REPOSITORY");
    }

    @Test
    void refusesOnceWithoutARepositoryAndSaysWhy() {
        int exit = execute("run", "--once");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--once needs at least one REPOSITORY");
    }

    @Test
    void refusesAnUnknownFormatNamingTheOption() {
        int exit = execute("run", "--once", "--format", "yaml", ".");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("yaml");
    }

    @Test
    void namesTheSystemAfterTheRepositoryFolderOrGitUrl() {
        assertThat(Scans.systemName("/tmp/My Shop", Path.of("/tmp/My Shop"))).isEqualTo("my-shop");
        assertThat(Scans.systemName("https://github.com/acme/orders-service.git", Path.of("/data/repos/x"))).isEqualTo("orders-service");
        assertThat(Scans.systemName("git@github.com:acme/web.git", Path.of("/data/repos/x"))).isEqualTo("web");
    }
}
