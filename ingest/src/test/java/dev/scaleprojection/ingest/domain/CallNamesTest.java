package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallNamesTest {

    @Test
    void answersAsTheSetDoesForEverySpanOfAText() {
        Set<String> names = Set.of("info", "send", "get", "publishEvent", "a", "Aa", "BB");
        CallNames callNames = CallNames.of(names);
        Random random = new Random(5);
        String alphabet = "aABgetinfosendpublishEvent.( ";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(30); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = text.toString();
            for (int start = 0; start <= line.length(); start++) {
                for (int end = start; end <= line.length(); end++) {
                    assertThat(callNames.contains(line, start, end)).as(line + " [" + start + ", " + end + ")")
                            .isEqualTo(names.contains(line.substring(start, end)));
                }
            }
        }
    }

    @Test
    void findsNamesWhoseHashesCollide() {
        // "Aa" and "BB" share a hash code.
        assertThat(CallNames.of(Set.of("Aa", "BB")).contains("xBBx", 1, 3)).isTrue();
        assertThat(CallNames.of(Set.of("Aa")).contains("xBBx", 1, 3)).isFalse();
    }
}
