package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockCommentsTest {

    private static final String[] PIECES = {"/", "*", "/*", "*/", "a", " ", "\n", "**", "//", "/*/", "*/*"};

    @Test
    void endsWhereAWalkThroughEveryCharacterEnds() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            // given an opening slash-star somewhere in a text of slashes, stars and other characters
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(4); piece > 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int start = text.length();
            text.append("/*");
            for (int piece = random.nextInt(round % 10 == 0 ? 60 : 12); piece > 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean nests = random.nextBoolean();

            // then the comment ends where a walk through every character ends it
            assertThat(BlockComments.end(text.toString(), start, nests)).as("%s nests %s", text, nests)
                    .isEqualTo(everyCharacter(text.toString(), start, nests));
        }
    }

    /** The lexer's walk before the search for stars: a step at a time, two over a slash-star or a star-slash. */
    private static int everyCharacter(String s, int start, boolean nests) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0 || !nests) {
                    break;
                }
            } else {
                i++;
            }
        }
        return i;
    }
}
