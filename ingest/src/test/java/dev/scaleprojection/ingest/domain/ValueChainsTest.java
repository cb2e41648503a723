package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueChainsTest {

    /** The pattern {@link ValueChains} stands in for. */
    private static final Pattern VALUE = Pattern.compile("(?<![\\w$.])((?:[A-Za-z_$][\\w$]*\\s*(?:\\(\\s*\\))?\\s*"
            + "(?:\\?\\.|!!\\.|\\.|->)\\s*)*[A-Za-z_$][\\w$]*(?:\\s*\\(\\s*\\))?)");

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource(delimiter = '|', value = {
        "user.getEmail()                  | user.getEmail()",
        "self.user?.email, 3              | self.user?.email",
        "order!!.customer -> name         | order!!.customer -> name",
        "a . b ( ) . c(x)                 | a . b ( ) . c;x",
        "foo.(bar)                        | foo;bar",
        "2abc + éa + .b + x.y.           | a;x.y",
    })
    void findsEachValueAsTheValuePatternDoes(String text, String values) {
        assertThat(found(text)).isEqualTo(List.of(values.split(";")));
    }

    @Test
    void findsTheSameSpansAsThePatternWhateverTheText() {
        Random random = new Random(11);
        String alphabet = "ab_$9 .?!-<>(),\t\né";
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(24); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(spans(text.toString())).as(text.toString()).isEqualTo(patternSpans(text.toString()));
        }
    }

    private static List<String> found(String text) {
        List<String> values = new ArrayList<>();
        ValueChains chains = new ValueChains(text);
        while (chains.find()) {
            values.add(chains.value());
        }
        return values;
    }

    private static List<String> spans(String text) {
        List<String> spans = new ArrayList<>();
        ValueChains chains = new ValueChains(text);
        while (chains.find()) {
            spans.add(chains.start() + "-" + chains.end() + ":" + chains.value());
        }
        return spans;
    }

    private static List<String> patternSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = VALUE.matcher(text);
        while (matcher.find()) {
            spans.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group(1));
        }
        return spans;
    }
}
