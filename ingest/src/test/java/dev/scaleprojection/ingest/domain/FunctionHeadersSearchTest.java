package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class FunctionHeadersSearchTest {

    private static final String[] PIECES = {"a", "Zb", "_", "$", "9", "1x", " ", "\n", "<", ">", "<T>", ".", ",", "(", ")",
        ":", "=", "where", " where ", "throws", " const", "async", "Map<K, V>", "void ", "new ", "\r\n", "\u0085", "\u2028"};

    @Test
    void findsTheSameNameBeforeAParenthesisAsASearchFromEveryOffset() {
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            String text = randomText(random);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            Matcher plain = FunctionHeaders.NAME_BEFORE_PAREN.matcher(text).region(from, text.length());
            Matcher skipping = FunctionHeaders.NAME_BEFORE_PAREN.matcher(text);
            boolean found = plain.find();
            assertThat(FunctionHeaders.nameBeforeParen(skipping, text, from)).as(text).isEqualTo(found);
            if (found) {
                assertThat(skipping.start(1)).as(text).isEqualTo(plain.start(1));
                assertThat(skipping.group(1)).as(text).isEqualTo(plain.group(1));
            }
        }
    }

    @Test
    void findsTheSameTrailerAsTryingEveryClosingParenthesis() {
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
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
