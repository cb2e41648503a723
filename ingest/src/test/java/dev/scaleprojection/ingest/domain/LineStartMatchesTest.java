package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineStartMatchesTest {

    private static final String FROM = "from\\s+(\\.*)([\\w.]*)\\s+import\\s+(\\([^)]*\\)|[^\\n]+)";
    private static final String IMPORT = "import\\s+([\\w.]+)(?:\\s+as\\s+(\\w+))?";

    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("an import at the top", "import os\nimport sys as system\n"),
                arguments("indented imports inside a function", "def f():\n    import json\n\tfrom .models import User\n"),
                arguments("an import after a blank line of spaces", "x = 1\n   \n  import re\n"),
                arguments("not first on its line", "x = 1; import os\nprint('from a import b')\n"),
                arguments("a parenthesised list over several lines", "from shop.orders import (\n    Order,\n    from_x,\n)\n"),
                arguments("Windows and old Mac line ends", "import a\r\nimport b\rimport c\u2028import d\u0085import e"),
                arguments("a vertical tab and a form feed before it", "\u000B\fimport a\n"),
                arguments("a word that only begins with the keyword", "important = 1\nfromage = 2\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void findsWhatTheMultilinePatternFinds(String description, String text) {
        assertThat(groups(new LineStartMatches("from", FROM).all(text)))
                .isEqualTo(groups(multiline(FROM, text)));
        assertThat(groups(new LineStartMatches("import", IMPORT).all(text)))
                .isEqualTo(groups(multiline(IMPORT, text)));
    }

    @Test
    void findsWhatTheMultilinePatternFindsInRandomTexts() {
        Random random = new Random(11);
        String[] pieces = {"import", "from", " ", "\t", "\n", "\r", "\r\n", "\u2028", "a", "b.c", "(", ")", ",", " as ",
            "x", ";", "\u000B"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            IntStream.range(0, random.nextInt(30)).forEach(i -> text.append(pieces[random.nextInt(pieces.length)]));
            String sample = text.toString();
            assertThat(groups(new LineStartMatches("from", FROM).all(sample))).as(sample)
                    .isEqualTo(groups(multiline(FROM, sample)));
            assertThat(groups(new LineStartMatches("import", IMPORT).all(sample))).as(sample)
                    .isEqualTo(groups(multiline(IMPORT, sample)));
            String first = new LineStartMatches("import", IMPORT).first(sample, 1);
            List<List<String>> all = groups(multiline(IMPORT, sample));
            assertThat(first).as(sample).isEqualTo(all.isEmpty() ? null : all.get(0).get(1));
        }
    }

    @Test
    void refusesAStatementThatDoesNotBeginWithItsKeyword() {
        assertThatThrownBy(() -> new LineStartMatches("import", "\\s*import")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<MatchResult> multiline(String statement, String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*" + statement).matcher(text);
        while (matcher.find()) {
            matches.add(matcher.toMatchResult());
        }
        return matches;
    }

    private static List<List<String>> groups(List<MatchResult> matches) {
        return matches.stream().map(match -> IntStream.rangeClosed(0, match.groupCount())
                .mapToObj(g -> g == 0 ? match.group().strip() : match.group(g)).toList()).toList();
    }
}
