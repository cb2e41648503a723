package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PrimaryConstructorsTest {

    private static final String[] PIECES = {"class", "record", " ", "\t", "\n", "(", ")", "<", ">", "<T>", "Name", "x9", "9",
        "$", "_", ".", "constructor", "{", "}", ";", "val a: Int", ",", "data ", "é", "::", "extends Base", "@"};

    @Test
    void findsTheConstructorsThatAPlainSearchFinds() {
        Random random = new Random(23);
        for (int round = 0; round < 30000; round++) {
            String text = random.nextBoolean() ? pieces(random, 12) : declaration(random);
            assertThat(found(text)).as(text).isEqualTo(plain(text));
        }
    }

    /** A declaration's parts, each maybe left out or replaced, between random pieces. */
    private static String declaration(Random random) {
        return pieces(random, 3) + pick(random, "class", "record", "klass", "") + pick(random, " ", "  ", "\n", "", ".")
                + pick(random, "Name", "_x", "$a", "9b", "") + pick(random, "", " ", "<T>", "<K, V> ", "<(>", "<")
                + pick(random, "", " ", "constructor", "constructor ", "extends Base") + pick(random, "(", "(", " (", "{", "")
                + pieces(random, 3);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String pieces(Random random, int most) {
        StringBuilder code = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            code.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return code.toString();
    }

    @Test
    void triesThePatternOnlyWhereAParameterListOrTypeArgumentsFollow() {
        assertThat(PrimaryConstructors.mayOpenAt("public class Foo extends Bar {", 7)).isFalse();
        assertThat(PrimaryConstructors.mayOpenAt("Foo.class)", 4)).isFalse();
        assertThat(PrimaryConstructors.mayOpenAt("data class Foo(val a: Int)", 5)).isTrue();
        assertThat(PrimaryConstructors.mayOpenAt("class Foo<T> constructor(x: T)", 0)).isTrue();
    }

    private static List<String> found(String text) {
        List<String> matches = new ArrayList<>();
        KeywordMatches constructors = PrimaryConstructors.in(text);
        while (constructors.find()) {
            matches.add(constructors.matcher().start() + ":" + constructors.matcher().group());
        }
        return matches;
    }

    private static List<String> plain(String text) {
        List<String> matches = new ArrayList<>();
        Matcher matcher = PrimaryConstructors.PRIMARY_CONSTRUCTOR.matcher(text);
        while (matcher.find()) {
            matches.add(matcher.start() + ":" + matcher.group());
        }
        return matches;
    }
}
