package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordsTest {

    @Test
    void answersAsTheWordPatternDoesOverTheRegionWhateverTheText() {
        Random random = new Random(3);
        String alphabet = "ab_9 .$(é\u0301";
        String[] names = {"a", "ab", "b_", "a$", "é"};
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(16); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = text.toString();
            String name = names[random.nextInt(names.length)];
            int from = random.nextInt(line.length() + 1);
            boolean expected = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(line).region(from, line.length())
                    .find();
            assertThat(WholeWords.occursAfter(line, name, from)).as(line + " / " + name + " from " + from).isEqualTo(expected);
        }
    }
}
