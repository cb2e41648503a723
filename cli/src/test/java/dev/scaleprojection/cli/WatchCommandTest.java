package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.platform.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchCommandTest {

    private final CommandRun cli = new CommandRun();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void documentsEveryOptionOfWatchInItsHelp() {
        int exit = execute("watch", "--help");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("--inventory", "--poll-interval", "--ingest-port", "--ingest-host", "--webhook-secret-env",
                "--data-dir", "--max-file-size", "--config", "--bootstrap-servers", "--registry-url",
                "/api/webhooks/github", "/api/assertions");
    }

    @Test
    void runDocumentsItsInventoryOption() {
        int exit = execute("run", "--help");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("--inventory");
    }

    @Test
    void refusesToWatchWithoutAnInventory() {
        int exit = execute("watch");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--inventory FILE is required");
    }

    @Test
    void refusesAnInventoryWithAnInlineSecretNamingTheFieldAndNeverShowingIt(@TempDir Path folder) throws Exception {
        Path inventory = Files.writeString(folder.resolve("inventory.yml"), """
                organization: acme
                repositories:
                  - url: https://github.com/acme/shop.git
                    token: ghp_notarealtoken
                """);

        int exit = execute("watch", "--inventory", inventory.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("repositories[0].token: secrets are never written in the inventory")
                .doesNotContain("ghp_notarealtoken");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"30s, PT30S", "5m, PT5M", "1h, PT1H", "2d, PT48H", "PT90S, PT1M30S", "250ms, PT0.25S"})
    void readsPollIntervals(String text, Duration expected) {
        assertThat(WatchCommand.duration(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"soon", "0s", "-5m", "5 minutes"})
    void refusesABadPollIntervalNamingTheKey(String text) {
        assertThatThrownBy(() -> WatchCommand.duration(text)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("watch.poll-interval");
    }
}
