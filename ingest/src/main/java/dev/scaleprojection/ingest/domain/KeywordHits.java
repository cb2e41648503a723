package dev.scaleprojection.ingest.domain;

import java.util.Arrays;

/**
 * The ending states a {@link KeywordAutomaton}'s walks over one text reach, taken in as (row, offset) pairs every stretch
 * of steps, so that the loop over the text stays the same small loop, with no call, whatever the words: each pair marks
 * the words that end there, and notes where the located ones among them start. Kept per thread, cleared per text.
 */
final class KeywordHits {

    private final int[] hits;
    private final int firstEndingRow;
    private final int[][] outputByRow;
    private final int[][] locatedByRow;
    private final int[] locatedLength;
    private long[] located = new long[32];
    private int noted;

    /** Hits for stretches of {@code steps} steps of two walks (at most two a step), over the automaton's tables. */
    KeywordHits(int steps, int firstEndingRow, int[][] outputByRow, int[][] locatedByRow, int[] locatedLength) {
        this.hits = new int[4 * steps];
        this.firstEndingRow = firstEndingRow;
        this.outputByRow = outputByRow;
        this.locatedByRow = locatedByRow;
        this.locatedLength = locatedLength;
    }

    /** Where the walks write the (row, offset) pairs of a stretch. */
    int[] buffer() {
        return hits;
    }

    /** Takes in the first {@code length} entries of {@link #buffer}: marks the words ending there in {@code words}. */
    void read(int length, boolean[] words) {
        for (int i = 0; i < length; i += 2) {
            int row = hits[i] - firstEndingRow;
            for (int id : outputByRow[row]) {
                words[id] = true;
            }
            if (locatedByRow[row] != null) {
                for (int slot : locatedByRow[row]) {
                    note(slot, hits[i + 1] - locatedLength[slot] + 1);
                }
            }
        }
    }

    private void note(int slot, int start) {
        if (noted == located.length) {
            located = Arrays.copyOf(located, noted * 2);
        }
        located[noted++] = (long) slot << 32 | start;
    }

    /**
     * The words and the located words' starts of the text walked, in order and once (the two walks come on them in
     * turn, and both on a word that ends just before the half); left clear for the next text.
     */
    KeywordsFound finish(boolean[] words) {
        Arrays.sort(located, 0, noted);
        int kept = 0;
        for (int i = 0; i < noted; i++) {
            if (kept == 0 || located[i] != located[kept - 1]) {
                located[kept++] = located[i];
            }
        }
        noted = 0;
        return new KeywordsFound(words, Arrays.copyOf(located, kept));
    }
}
