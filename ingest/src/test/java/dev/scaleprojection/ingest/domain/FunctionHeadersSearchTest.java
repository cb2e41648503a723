package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class FunctionHeadersSearchTest {

    private static final String[] PIECES = {"a", "Zb", "_", "$", "9", "1x", " ", "\n", "<", ">", "<T>", ".", ",", "(", ")",
        ":", "=", "where", " where ", "throws", " const", "async", "Map<K, V>", "void ", "new ", "\r\n", "\u0085", "\u2028",
        "\u2029", "\t", "throws X", " throws ", "override", "noexcept ", "= ", "{", ";", "}", ": T", "@", "<>"};

    @Test
    void findsTheSameNameBeforeAParenthesisAsThePlainSearch() {
        Random random = new Random(3);
        for (int round = 0; round < 20000; round++) {
            String before = randomText(random);
            String text = before + "(" + randomText(random);
            int to = before.length();
            int from = random.nextInt(to + 1);
            Matcher plain = FunctionHeaders.NAME_BEFORE_PAREN.matcher(text).region(from, to);
            int start = FunctionHeaders.nameBeforeParen(text, from, to);
            assertThat(start).as(text).isEqualTo(plain.find() ? plain.start(1) : -1);
            if (start >= 0) {
                assertThat(text.substring(start, FunctionHeaders.nameEnd(text, start))).as(text).isEqualTo(plain.group(1));
            }
        }
    }

    @Test
    void findsTheSameTrailerAsTryingEveryClosingParenthesis() {
        Random random = new Random(5);
        for (int round = 0; round < 20000; round++) {
            String header = randomText(random);
            assertThat(FunctionHeaders.trailerStart(header)).as(header).isEqualTo(everyParenthesis(header));
        }
    }

    private static int everyParenthesis(String header) {
        for (int close = header.indexOf(')'); close >= 0; close = header.indexOf(')', close + 1)) {
            if (FunctionHeaders.TRAILER.matcher(header).region(close, header.length()).lookingAt()) {
                return close;
            }
        }
        return -1;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < random.nextInt(14); i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
