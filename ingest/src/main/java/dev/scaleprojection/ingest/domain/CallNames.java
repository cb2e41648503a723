package dev.scaleprojection.ingest.domain;

import java.util.Collection;

/**
 * A fixed set of names asked about spans of a text: whether {@code text[start, end)} is one of them, answered without
 * cutting the span out, so the many spans that are none of them (most calls of a file) cost no string. Same answers as
 * {@code names.contains(text.substring(start, end))}.
 */
final class CallNames {

    private final String[] table;
    private final int mask;
    private final int shortest;
    private final int longest;
    /** By length: the ASCII characters some name of that length starts with, then ends with (128 bits each). */
    private final long[] edges;

    private CallNames(Collection<String> names) {
        int size = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String name : names) {
            int slot = name.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(name)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = name;
            min = Math.min(min, name.length());
            max = Math.max(max, name.length());
        }
        shortest = min;
        longest = max;
        edges = new long[(max + 1) * 4];
        for (String name : names) {
            mark(name.length(), 0, name.charAt(0));
            mark(name.length(), 2, name.charAt(name.length() - 1));
        }
    }

    /** Sets the bit of {@code c} in the mask at {@code slot} (0 first, 2 last) of {@code length}; any other char all bits. */
    private void mark(int length, int slot, char c) {
        int at = length * 4 + slot;
        if (c < 128) {
            edges[at + (c >> 6)] |= 1L << (c & 63);
        } else {
            edges[at] = -1L;
            edges[at + 1] = -1L;
        }
    }

    /** Whether some name of {@code length} may start ({@code slot} 0) or end (2) with {@code c}. */
    private boolean marked(int length, int slot, char c) {
        int at = length * 4 + slot;
        return c >= 128 ? (edges[at] & edges[at + 1]) == -1L : (edges[at + (c >> 6)] & 1L << (c & 63)) != 0;
    }

    static CallNames of(Collection<String> names) {
        return new CallNames(names);
    }

    boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length < shortest || length > longest || !marked(length, 0, text.charAt(start))
                || !marked(length, 2, text.charAt(end - 1))) {
            return false;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String name = table[slot];
            if (name.length() == length && name.hashCode() == hash && text.regionMatches(start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
