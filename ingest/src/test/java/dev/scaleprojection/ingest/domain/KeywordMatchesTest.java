package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeywordMatchesTest {

    private static final Pattern DECLARED = Pattern.compile("(?<![.\\w])(class|record)\\s+([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final String[] PIECES = {"class", "record", " ", "(", ")", "Name", ".", "x", "classy", "\n", "_", "re",
        "cord"};

    @Test
    void findsEveryMatchThatAPlainSearchFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(keywordMatches(text.toString())).as(text.toString()).isEqualTo(plainMatches(text.toString()));
        }
    }

    @Test
    void findsMatchesAfterAKeywordTheTextNoLongerHolds() {
        assertThat(keywordMatches("record R(x) class A( class B(")).containsExactly(0, 12, 21);
    }

    private static List<Integer> keywordMatches(String text) {
        List<Integer> starts = new ArrayList<>();
        KeywordMatches matches = new KeywordMatches(DECLARED, text, "class", "record");
        while (matches.find()) {
            starts.add(matches.matcher().start());
        }
        return starts;
    }

    private static List<Integer> plainMatches(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = DECLARED.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        return starts;
    }
}
