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

    @Test
    void documentationKeysAreFoundInTheLastRunOfKeyCharactersAsInTheWholeExpression() {
        Random random = new Random(43);
        List<String> pieces = List.of("href", "xmlns:a", "description", "api_docs_url", "myversion", "url", "x.y", "\"", "'",
                " ", "\n", "\u0085", ":", "=", "[", "{", "(", ",", "-", ".", "+", "a", "_", "é", "==");
        int found = 0;
        for (int round = 0; round < 30_000; round++) {
            String text = generated(random, pieces, 8);
            boolean expected = ":=".indexOf(IncidentalLiterals.lastBefore(text, "[{(")) >= 0
                    && IncidentalLiterals.DOCUMENTATION_KEY.matcher(text).find();
            found += expected ? 1 : 0;
            assertThat(IncidentalLiterals.documentationKey(text)).as(text).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void keyPatternsMatchOnlyKeysHoldingTheirWords() {
        Random random = new Random(47);
        List<String> pieces = List.of("db", "Host", "name", "s", "server", "address", "api", "service", "Urls", "listen",
                "bind", "kestrel", "bootstrap", "-", "_", ".", "points", "contact", "nodes", "seeds", "endpoint", "uri",
                "locations", "management", "x", "ServiceUrls.", "apiEndpoints.", "servicelocations.", "HOST", "ho\u017Ft",
                "\u212Aey", "brokers", "ADDR");
        int[] found = new int[3];
        for (int round = 0; round < 30_000; round++) {
            String key = generated(random, pieces, 5);
            int last = key.lastIndexOf('.');
            String lastSegment = key.substring(last + 1);
            String parentSegment = last < 0 ? "" : key.substring(key.lastIndexOf('.', last - 1) + 1, last);
            boolean hostKey = EndpointContext.HOST_KEY.matcher(lastSegment).matches();
            boolean addressMap = EndpointContext.ADDRESS_MAP_KEY.matcher(parentSegment).matches();
            boolean bind = EndpointContext.BIND_KEY.matcher(key).matches();
            found[0] += hostKey ? 1 : 0;
            found[1] += addressMap ? 1 : 0;
            found[2] += bind ? 1 : 0;
            EndpointContext context = EndpointContext.ofKey(key);
            assertThat(context.hostExpected()).as(key).isEqualTo(hostKey || addressMap);
            assertThat(context.bind()).as(key).isEqualTo(bind);
            assertThat(context.bareNamesAllowed()).as(key).isEqualTo(EndpointContext.HOST_NAME_KEY.matcher(lastSegment).matches());
        }
        assertThat(java.util.Arrays.stream(found).min().getAsInt()).as(java.util.Arrays.toString(found)).isGreaterThan(100);
    }

    @Test
    void comparisonsAndSubprotocolsAreFoundAsThePlainPatternsFindThem() {
        Random random = new Random(53);
        List<String> pieces = List.of("==", "!=", "<>", " is", "is", "not in", " in", "in", "case", "xcase", " ", "\n",
                "\u0085", "(", "[", "a", "url", ".", ":", "-", "_", "9", "h2", "jdbc", "é", "=");
        java.util.regex.Pattern subprotocol = java.util.regex.Pattern.compile("^([A-Za-z0-9_-]+):");
        int[] found = new int[2];
        for (int round = 0; round < 30_000; round++) {
            String text = generated(random, pieces, 6);
            boolean expected = "=>esn".indexOf(IncidentalLiterals.lastBefore(text, "([")) >= 0
                    && IncidentalLiterals.COMPARISON.matcher(text).find();
            found[0] += expected ? 1 : 0;
            assertThat(IncidentalLiterals.comparison(text)).as(text).isEqualTo(expected);
            java.util.regex.Matcher token = subprotocol.matcher(text);
            int end = token.find() ? token.end() - 1 : -1;
            found[1] += end >= 0 ? 1 : 0;
            assertThat(JdbcUrls.subprotocolEnd(text)).as(text).isEqualTo(end);
        }
        assertThat(java.util.Arrays.stream(found).min().getAsInt()).as(java.util.Arrays.toString(found)).isGreaterThan(100);
    }
}
