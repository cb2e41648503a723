package dev.scaleprojection.ingest.domain;

import java.util.Arrays;

/**
 * What one pass of a {@link KeywordAutomaton} over a text found: which of its words occur in the text, indexed by the
 * automaton's ids, and where its located words start, each occurrence once as {@code slot << 32 | start}, ascending:
 * one word's starts lie together, in order, found by a binary search.
 */
record KeywordsFound(boolean[] words, long[] located) {

    private static final int[] NONE = new int[0];

    /** Where the located word {@code slot} starts: ascending, overlapping occurrences included. */
    int[] starts(int slot) {
        int from = firstAtOrAfter((long) slot << 32);
        int to = firstAtOrAfter((long) (slot + 1) << 32);
        if (from == to) {
            return NONE;
        }
        int[] starts = new int[to - from];
        for (int i = from; i < to; i++) {
            starts[i - from] = (int) located[i];
        }
        return starts;
    }

    private int firstAtOrAfter(long key) {
        int at = Arrays.binarySearch(located, key);
        return at >= 0 ? at : -at - 1;
    }
}
