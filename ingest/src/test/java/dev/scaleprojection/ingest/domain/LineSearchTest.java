package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineSearchTest {

    @Test
    void findsFromAnyStartingLineTheLineASearchOfTheWholeFileFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            // given line starts with lines of 1 to 60 characters, and a starting line and offset anywhere
            int lines = 1 + random.nextInt(round % 10 == 0 ? 2_000 : 40);
            int[] starts = new int[lines];
            for (int i = 1; i < lines; i++) {
                starts[i] = starts[i - 1] + 1 + random.nextInt(60);
            }
            int near = 1 + random.nextInt(lines + 1);
            // half of them on or just past the starting line, where a search mostly ends
            int offset = random.nextBoolean() || near > lines ? random.nextInt(starts[lines - 1] + 80)
                    : starts[near - 1] + random.nextInt(70);

            // then the line found from there is the one found by a search of every line
            assertThat(LexedSource.lineAt(starts, near, offset)).as("near %d offset %d", near, offset)
                    .isEqualTo(LexedSource.lineAt(starts, offset));
        }
    }
}
