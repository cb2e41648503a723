package dev.scaleprojection.ingest.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Where a few words occur in a text, found once, to tell cheaply whether a window of it holds one of them whole: a
 * pattern every match of which contains one of the words cannot match in a window holding none. No words: every
 * window may match.
 */
final class RequiredWords {

    private final List<String> words;
    private final int[][] starts;

    RequiredWords(String text, List<String> words) {
        this.words = words;
        this.starts = new int[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            int[] found = new int[8];
            int count = 0;
            String word = words.get(w);
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
            starts[w] = Arrays.copyOf(found, count);
        }
    }

    /** Whether one of the words lies whole within {@code [from, to)}; always true without words. */
    boolean anyWithin(int from, int to) {
        if (words.isEmpty()) {
            return true;
        }
        for (int w = 0; w < words.size(); w++) {
            int index = Arrays.binarySearch(starts[w], from);
            int first = index >= 0 ? index : -index - 1;
            if (first < starts[w].length && starts[w][first] + words.get(w).length() <= to) {
                return true;
            }
        }
        return false;
    }
}
