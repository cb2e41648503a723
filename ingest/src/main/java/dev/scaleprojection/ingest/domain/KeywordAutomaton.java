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
 * which are. For a few words, the
 * located ones, the pass also notes where each occurrence starts, so that a detector that looks at each one needs no
 * lower-cased copy of the text to search.
 */
final class KeywordAutomaton {

    private static final int ALPHABET = 128;
    private static final int CHARS = Character.MAX_VALUE + 1;
    /** The steps of the walks between two readings of the states they reached. */
    private static final int CHUNK = 1024;

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    /**
     * The class of each character: 0 for those in no word (every one above 127), which always lead back to the start.
     * A class for every character, not only ASCII, spares the walk a branch per character.
     */
    private final byte[] classes = new byte[CHARS];
    private final int width;
    /**
     * The transitions: the row (state × width) a row goes to on a character class. States are numbered so that those
     * at which words end come last, from {@link #firstEndingRow} on: one comparison tells whether any word ended.
     */
    private final int[] next;
    private final int firstEndingRow;
    /**
     * The words ending at each state from {@link #firstEndingRow} on, with those of its suffix links, indexed by its row
     * less {@code firstEndingRow} (the slots between rows stay empty): no division on the hot path.
     */
    private final int[][] outputByRow;
    /** The located words among them, by their {@link #slot}, indexed alike; null where none ends. */
    private final int[][] locatedByRow;
    private final int[] locatedLength;
    private final int longest;
    /** What a walk has reached so far, kept per thread and cleared after each text: no allocation per text. */
    private final ThreadLocal<KeywordHits> walks;

    KeywordAutomaton(Collection<String> candidates) {
        this(candidates, List.of());
    }

    /** An automaton over {@code candidates} that also notes where each of {@code located} (of those taken) starts. */
    KeywordAutomaton(Collection<String> candidates, Collection<String> located) {
        List<String> words = candidates.stream().filter(KeywordAutomaton::isLowerAscii).filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        words.forEach(word -> ids.put(word, ids.size()));
        located.stream().filter(ids::containsKey).forEach(word -> slots.putIfAbsent(word, slots.size()));
        this.locatedLength = new int[slots.size()];
        slots.forEach((word, slot) -> locatedLength[slot] = word.length());
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
        this.next = new int[states * width];
        int ending = states;
        for (int state = 0; state < states; state++) {
            ending = endings[state] != null ? Math.min(ending, number[state]) : ending;
            for (int c = 0; c < width; c++) {
                next[number[state] * width + c] = number[linked[state * width + c]] * width;
            }
        }
        this.firstEndingRow = ending * width;
        this.outputByRow = new int[next.length - firstEndingRow][];
        this.locatedByRow = new int[next.length - firstEndingRow][];
        for (int state = 0; state < states; state++) {
            if (endings[state] != null) {
                outputByRow[number[state] * width - firstEndingRow] = endings[state];
                locatedByRow[number[state] * width - firstEndingRow] = located(endings[state], words);
            }
        }
        // at least 1, so that the second walk starts no later than the half even with no words
        this.longest = Math.max(1, words.stream().mapToInt(String::length).max().orElse(0));
        this.walks = ThreadLocal.withInitial(() -> new KeywordHits(CHUNK, firstEndingRow, outputByRow, locatedByRow,
                locatedLength));
    }

    /** The slots of the located words among {@code ending}, or null for none. */
    private int[] located(int[] ending, List<String> words) {
        int[] located = null;
        for (int id : ending) {
            Integer slot = slots.get(words.get(id));
            located = slot == null ? located : append(located, slot);
        }
        return located;
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

    /** The index of {@code word} among the located words, or -1 when the pass does not note where it occurs. */
    int slot(String word) {
        return slots.getOrDefault(word, -1);
    }

    /**
     * Which words occur in {@code text} in any ASCII case, indexed by {@link #id}, and the offsets at which each located
     * word starts, indexed by {@link #slot}: ascending, overlapping occurrences included, those at which the text with
     * A–Z lowered holds it. Each step's state depends on the last, so one walk waits on a table load per character; two
     * walks over the halves of the text, advanced in the same loop, overlap those waits. The second starts one word
     * length before the half, from the start state: a word ending in the first half is seen by the first walk, any
     * other starts at or after that point and is seen by the second. Together about a tenth less time than one walk.
     */
    KeywordsFound find(String text) {
        KeywordHits walk = walks.get();
        boolean[] words = new boolean[ids.size()];
        int length = text.length();
        int half = length / 2;
        int secondFrom = Math.max(0, half - longest + 1);
        int[] table = next;
        byte[] classOf = classes;
        int ending = firstEndingRow;
        int[] hits = walk.buffer();
        int first = 0;
        int second = 0;
        for (int from = 0; from < half; from += CHUNK) {
            int count = 0;
            for (int i = from, to = Math.min(half, from + CHUNK); i < to; i++) {
                first = table[first + classOf[text.charAt(i)]];
                second = table[second + classOf[text.charAt(secondFrom + i)]];
                if (first >= ending) {
                    hits[count++] = first;
                    hits[count++] = i;
                }
                if (second >= ending) {
                    hits[count++] = second;
                    hits[count++] = secondFrom + i;
                }
            }
            walk.read(count, words);
        }
        for (int from = secondFrom + half; from < length; from += CHUNK) {
            int count = 0;
            for (int i = from, to = Math.min(length, from + CHUNK); i < to; i++) {
                second = table[second + classOf[text.charAt(i)]];
                if (second >= ending) {
                    hits[count++] = second;
                    hits[count++] = i;
                }
            }
            walk.read(count, words);
        }
        return walk.finish(words);
    }

    /** Whether any of the words occurs in {@code text} in any ASCII case: {@link #find} that stops at the first. */
    boolean any(String text) {
        int[] table = next;
        byte[] classOf = classes;
        int row = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            row = table[row + classOf[c]];
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
