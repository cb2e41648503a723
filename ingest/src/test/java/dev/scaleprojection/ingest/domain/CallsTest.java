package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log.info(x)             | log.info",
        "$http.get(url)          | $http.get",
        "größe(1)                | größe",
        "kunde.änderung(k)       | kunde.änderung",
        "client_v2.send_all(m)   | client_v2.send_all",
        "a - count2 (n)          | count2",
        "Ωmega(1)                | Ωmega",
        "x = 9lives(3)           | ''"
    })
    void readsTheCalledNameAndItsReceiverBackFromTheParenthesis(String code, String expression) {
        assertThat(Calls.in(code)).extracting(Calls.Call::expression)
                .containsExactlyElementsOf(expression.isEmpty() ? java.util.List.of() : java.util.List.of(expression));
    }

    @Test
    void readsReceiversAsTheTwoPassReadingDoes() {
        Random random = new Random(23);
        String[] pieces = {"a", "b_1", "$x", "(", ")", ".", "?.", "!!.", "::", "->", " ", "\t", "\n", "\r", "\u000B", "\f",
            "\u0085", "\u2028", "?", "!", ":", "-", ">", "\u0001", "ü"};
        for (int round = 0; round < 20000; round++) {
            StringBuilder chain = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                chain.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = chain.toString();
            assertThat(ReceiverChains.of(text)).as(text).isEqualTo(twoPassReceiver(text));
        }
    }

    /** The reading of {@link Calls#receiver} before it had a path for plain chains. */
    private static String twoPassReceiver(String chain) {
        StringBuilder out = new StringBuilder();
        for (char c : chain.toCharArray()) {
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                out.append(c);
            }
        }
        String compact = out.toString();
        out.setLength(0);
        for (int i = 0; i < compact.length(); ) {
            if (compact.startsWith("?.", i) || compact.startsWith("::", i) || compact.startsWith("->", i)) {
                out.append('.');
                i += 2;
            } else if (compact.startsWith("!!.", i)) {
                out.append('.');
                i += 3;
            } else {
                out.append(compact.charAt(i++));
            }
        }
        int last = out.length() - 1;
        boolean terminator = last >= 1 && "\u0085\u2028\u2029".indexOf(out.charAt(last)) >= 0;
        if (last >= 0 && out.charAt(last) == '.') {
            out.setLength(last);
        } else if (terminator && out.charAt(last - 1) == '.') {
            out.deleteCharAt(last - 1);
        }
        return out.toString();
    }
}
