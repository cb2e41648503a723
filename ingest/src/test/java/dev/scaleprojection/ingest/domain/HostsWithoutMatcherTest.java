package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written host tests give the answers of the regular expressions they replaced, on generated hosts. */
class HostsWithoutMatcherTest {

    private static final Pattern HOSTNAME = Pattern.compile(
            "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern PLACEHOLDER_CHARACTERS = Pattern.compile("[${}%<>*#@\\\\]");
    private static final Pattern DOCUMENTATION_ADDRESS = Pattern.compile(
            "(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+|\\[?2001:db8:.*");
    private static final Pattern MASKED = Pattern.compile("x+(\\.x+)*");
    private static final List<String> PIECES = List.of("0", "1", "2", "5", "9", "25", "255", "256", "999", "1000", ".", "..",
            "a", "Z", "_", "-", "x", "X", "xx.", "api", "-a", "é", "٣", "\n", " ", ":", "[", "]", "$", "{", "}", "%", "<", "#",
            "@", "\\", "*", "192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:", "[2001:db8:", "your", "example", "65535",
            "65536", "00000", "123456", "a".repeat(63), "b".repeat(64));

    @Test
    void answersAsTheExpressionsOnGeneratedHosts() {
        Random random = new Random(17);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder host = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                host.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = host.toString();
            assertThat(Hosts.isIpv4(text)).as(text).isEqualTo(isIpv4(text));
            assertThat(Hosts.isHostname(text)).as(text).isEqualTo(HOSTNAME.matcher(text).matches());
            assertThat(Hosts.isWellFormed(text)).as(text).isEqualTo(isIpv4(text) || Hosts.isIpv6(text)
                    || HOSTNAME.matcher(text).matches() && !text.matches("[\\d.]+"));
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertThat(Hosts.holdsPlaceholderCharacter(lower)).as(text).isEqualTo(PLACEHOLDER_CHARACTERS.matcher(lower).find());
            assertThat(Hosts.isDocumentationAddress(lower)).as(text).isEqualTo(DOCUMENTATION_ADDRESS.matcher(lower).matches());
            assertThat(lower.startsWith("x") && MASKED.matcher(lower).matches()).as(text)
                    .isEqualTo(MASKED.matcher(lower).matches());
            StringBuilder digits = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                digits.append("0123456789065a".charAt(random.nextInt(14)));
            }
            String port = digits.toString();
            assertThat(HostPort.parse("h:" + port).port()).as(port).isEqualTo(port.matches("\\d{1,5}")
                    && Integer.parseInt(port) > 0 && Integer.parseInt(port) <= 65535
                    ? java.util.Optional.of(port) : java.util.Optional.empty());
        }
    }

    private static boolean isIpv4(String host) {
        Matcher matcher = IPV4.matcher(host);
        if (!matcher.matches()) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(matcher.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }
}
