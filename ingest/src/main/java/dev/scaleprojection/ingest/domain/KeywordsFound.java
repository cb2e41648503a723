package dev.scaleprojection.ingest.domain;

import java.util.Arrays;

/**
 * What one pass of a {@link KeywordAutomaton} over a text found: which of its words occur in the text, indexed by the
 * automaton's ids, and where its located words start, as (slot, start) pairs in the order its walks came on them;
 * {@link #starts} gives one word's in order.
 */
record KeywordsFound(boolean[] words, int[] located) {

    private static final int[] NONE = new int[0];

    /** Where the located word {@code slot} starts: ascending, each once (both walks see a word just before the half). */
    int[] starts(int slot) {
        int count = 0;
        for (int i = 0; i < located.length; i += 2) {
            count += located[i] == slot ? 1 : 0;
        }
        if (count == 0) {
            return NONE;
        }
        int[] starts = new int[count];
        count = 0;
        for (int i = 0; i < located.length; i += 2) {
            if (located[i] == slot) {
                starts[count++] = located[i + 1];
            }
        }
        Arrays.sort(starts);
        int kept = 1;
        for (int i = 1; i < count; i++) {
            if (starts[i] != starts[kept - 1]) {
                starts[kept++] = starts[i];
            }
        }
        return kept == count ? starts : Arrays.copyOf(starts, kept);
    }
}
