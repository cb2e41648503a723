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
    }

    static CallNames of(Collection<String> names) {
        return new CallNames(names);
    }

    boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length < shortest || length > longest) {
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
