package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionsLowerCaseTest {

    @Test
    void lowersAsciiLettersOnlyWhateverTheOtherCharacters() {
        Random random = new Random(9);
        String alphabet = "aZQ?x é\u00C0\u00DF\u0130\u212A\u20AC\uD83D\uDE00";
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(20); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = text.toString();
            StringBuilder expected = new StringBuilder();
            original.chars().forEach(c -> expected.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
            assertThat(Mentions.asciiLowerCase(original)).as(original).isEqualTo(expected.toString());
        }
    }
}
