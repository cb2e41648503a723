package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick tests run before the literal detectors' patterns refuse no text a pattern matches: on generated texts, each
 * text the pattern finds something in passes the quick test too.
 */
class LiteralPrechecksTest {

    private static final List<String> PATH_PIECES = List.of("/", "//", "home", "Users", "tmp", "var", "data", "opt", "bob",
            "C", "d", "x", ":", "\\", "\\\\", "file:", "http", "://", " ", "=", "_", "9", "$", "}", "%", ".", "-", "\n",
            "\u0085", "é", "a b", "'", "/home/", "/tmp/", "/var/log/", "/Volumes/", "C:\\", "d:/", "E:\\\\", " C:", "bob/");
    private static final List<String> CODE_PIECES = List.of("host", "Server", "addr", "url", "bind", "listen", "brokers",
            "bootstrap.servers", "\"", "'", " ", "  ", "\n", "\r\n", "\u0085", "\u2028", ":", "=", ":=", "=>", ",", "[", "]",
            "[]", "{", "(", "string", "x.y", "Server{", "}", "addr:", "server.host", "a", "\"bootstrap.servers\", ", "host,",
            "'redis_host' ,");

    @Test
    void machinePathPatternsMatchOnlyWhereTheirRootsOrDriveLettersStand() {
        Random random = new Random(31);
        int[] found = new int[2];
        for (int round = 0; round < 30_000; round++) {
            String text = generated(random, PATH_PIECES, 9);
            if (MachinePaths.UNIX.matcher(text).find()) {
                found[0]++;
                assertThat(MachinePaths.mayHoldUnixRoot(text)).as(text).isTrue();
            }
            if (MachinePaths.WINDOWS.matcher(text).find()) {
                found[1]++;
                assertThat(MachinePaths.mayHoldDriveLetter(text)).as(text).isTrue();
            }
        }
        assertThat(java.util.Arrays.stream(found).min().getAsInt()).as(java.util.Arrays.toString(found)).isGreaterThan(100);
    }

    @Test
    void hostContextPatternsMatchOnlyAfterTheCharactersTheyEndWith() {
        Random random = new Random(37);
        int[] found = new int[3];
        for (int round = 0; round < 30_000; round++) {
            String text = generated(random, CODE_PIECES, 7);
            if (CodeEndpointContext.HOST_ASSIGNMENT.matcher(text).find()) {
                found[0]++;
                assertThat(CodeEndpointContext.mayEndAssignment(text)).as(text).isTrue();
            }
            if (CodeEndpointContext.HOST_KEY_ARGUMENT.matcher(text).find()) {
                found[1]++;
                assertThat(IncidentalLiterals.lastBefore(text, "")).as(text).isEqualTo(',');
            }
            if (CodeEndpointContext.BIND_CONTEXT.matcher(text).find()) {
                found[2]++;
                assertThat(IncidentalLiterals.lastBefore(text, "")).as(text).isIn(':', '=');
            }
        }
        assertThat(java.util.Arrays.stream(found).min().getAsInt()).as(java.util.Arrays.toString(found)).isGreaterThan(100);
    }

    private static String generated(Random random, List<String> pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(most); i >= 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }
}
