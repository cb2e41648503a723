package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over a fixed set of lower-case ASCII words: one pass over a text tells which of them occur
 * in it in any ASCII case (exactly where {@code contains} on the text with A–Z lowered would say so), instead of one
 * search per word. Words holding other characters (upper-case letters, non-ASCII) are not taken; {@link #id} tells
 * which are.
 */
final class KeywordAutomaton {

    private static final int ALPHABET = 128;

    private final Map<String, Integer> ids = new HashMap<>();
    /** The class of each ASCII character: 0 for those in no word, which always lead back to the start. */
    private final byte[] classes = new byte[ALPHABET];
    private final int width;
    /**
     * The transitions: the row (state × width) a row goes to on a character class. States are numbered so that those
     * at which words end come last, from {@link #firstEndingRow} on: one comparison tells whether any word ended.
     */
    private final int[] next;
    private final int firstEndingRow;
    /** The words ending at each state (by its number), with those of its suffix links. */
    private final int[][] output;

    KeywordAutomaton(Collection<String> candidates) {
        List<String> words = candidates.stream().filter(KeywordAutomaton::isLowerAscii).filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        int count = 1;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                if (classes[word.charAt(i)] == 0) {
                    classes[word.charAt(i)] = (byte) count++;
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            classes[c] = classes[Character.toLowerCase(c)];
        }
        this.width = count;
        int capacity = 1 + words.stream().mapToInt(String::length).sum();
        int[] trie = new int[capacity * width];
        Arrays.fill(trie, -1);
        int[][] ends = new int[capacity][];
        int states = 1;
        for (String word : words) {
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int slot = state * width + classes[word.charAt(i)];
                if (trie[slot] < 0) {
                    trie[slot] = states++;
                }
                state = trie[slot];
            }
            ids.put(word, ids.size());
            ends[state] = append(ends[state], ids.get(word));
        }
        int[][] endings = Arrays.copyOf(ends, states);
        int[] linked = link(Arrays.copyOf(trie, states * width), endings, states);
        int[] number = new int[states];
        int numbered = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int state = 0; state < states; state++) {
                if ((endings[state] != null) == (pass == 1)) {
                    number[state] = numbered++;
                }
            }
        }
        this.output = new int[states][];
        this.next = new int[states * width];
        int ending = states;
        for (int state = 0; state < states; state++) {
            output[number[state]] = endings[state];
            ending = endings[state] != null ? Math.min(ending, number[state]) : ending;
            for (int c = 0; c < width; c++) {
                next[number[state] * width + c] = number[linked[state * width + c]] * width;
            }
        }
        this.firstEndingRow = ending * width;
    }

    /** Turns the trie into a full transition table, each state also reporting the words ending at its suffix link. */
    private int[] link(int[] trie, int[][] output, int states) {
        int[] fail = new int[states];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < width; c++) {
            if (trie[c] < 0) {
                trie[c] = 0;
            } else {
                queue.add(trie[c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            if (output[fail[state]] != null) {
                for (int id : output[fail[state]]) {
                    output[state] = append(output[state], id);
                }
            }
            for (int c = 0; c < width; c++) {
                int child = trie[state * width + c];
                if (child < 0) {
                    trie[state * width + c] = trie[fail[state] * width + c];
                } else {
                    fail[child] = trie[fail[state] * width + c];
                    queue.add(child);
                }
            }
        }
        return trie;
    }

    /** The index of {@code word} among the words, or -1 when it is not one of them. */
    int id(String word) {
        return ids.getOrDefault(word, -1);
    }

    int size() {
        return ids.size();
    }

    /** Which words occur in {@code text} in any ASCII case, indexed by {@link #id}. */
    boolean[] present(String text) {
        boolean[] found = new boolean[ids.size()];
        int[] table = next;
        byte[] classOf = classes;
        int stride = width;
        int ending = firstEndingRow;
        int row = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            row = c < ALPHABET ? table[row + classOf[c]] : 0;
            if (row >= ending) {
                for (int id : output[row / stride]) {
                    found[id] = true;
                }
            }
        }
        return found;
    }

    /** Whether any of the words occurs in {@code text} in any ASCII case: {@link #present} that stops at the first. */
    boolean any(String text) {
        int[] table = next;
        byte[] classOf = classes;
        int row = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            row = c < ALPHABET ? table[row + classOf[c]] : 0;
            if (row >= firstEndingRow) {
                return true;
            }
        }
        return false;
    }

    private static int[] append(int[] ids, int id) {
        if (ids == null) {
            return new int[] {id};
        }
        for (int existing : ids) {
            if (existing == id) {
                return ids;
            }
        }
        int[] longer = Arrays.copyOf(ids, ids.length + 1);
        longer[ids.length] = id;
        return longer;
    }

    private static boolean isLowerAscii(String word) {
        return word.chars().allMatch(c -> c < ALPHABET && (c < 'A' || c > 'Z'));
    }
}
