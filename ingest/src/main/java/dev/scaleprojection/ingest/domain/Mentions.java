package dev.scaleprojection.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The identifiers of a text that contain one of a few stems, found by plain searches instead of a pattern run over
 * every identifier: {@code tenantId} and {@code getTenantId} for the stem {@code tenant}. Each identifier is given once,
 * as its [start, end) offsets, in the order of the text.
 */
final class Mentions {

    private Mentions() {
    }

    static List<int[]> of(String text, String... stems) {
        String lower = asciiLowerCase(text);
        return find(text, stem -> IntStream.iterate(lower.indexOf(stem), i -> i >= 0, i -> lower.indexOf(stem, i + 1))
                .toArray(), stems);
    }

    /**
     * {@link #of} of a file's code (its content with comments and string contents blanked), at the offsets where the
     * file's content holds a stem, which the keyword pass has noted ({@link FileKeywords#starts}), instead of lowering
     * the code: blanking leaves every offset in place and writes no letter, so a stem the code holds is at the same
     * offset in the content, and one found in the content is the code's where the code still holds it.
     */
    static List<int[]> inCode(SourceFile file, String code, String... stems) {
        return find(code, stem -> FileKeywords.starts(file, stem), stems);
    }

    /**
     * The mentions in {@code text} of {@code stems}, looked for at the offsets {@code candidates} gives (ascending): those
     * where {@code text} holds the stem, each after the end of the last, as a search from there would find them.
     */
    private static List<int[]> find(String text, Function<String, int[]> candidates, String... stems) {
        Set<Integer> starts = new LinkedHashSet<>();
        List<int[]> mentions = new ArrayList<>();
        for (String stem : stems) {
            int after = 0;
            for (int i : candidates.apply(stem)) {
                if (i < after || !AsciiText.startsWithIgnoreCase(text, i, stem)) {
                    continue;
                }
                int start = start(text, i);
                if (starts.add(start) && Character.isJavaIdentifierStart(text.charAt(start))) {
                    mentions.add(new int[] {start, end(text, i)});
                }
                after = i + stem.length();
            }
        }
        mentions.sort((a, b) -> Integer.compare(a[0], b[0]));
        return mentions;
    }

    /** Whether a file's content holds any of {@code lowerWords} in any ASCII case. */
    static boolean containsAnyIgnoreCase(SourceFile file, String... lowerWords) {
        return FileKeywords.containsAny(file, lowerWords);
    }

    /**
     * Lower case for ASCII letters only, so every offset stays where it was. Text of Latin-1 characters only (most
     * source) is lowered as bytes; a character beyond them, which turns into '?' there (a surrogate pair into one), sends it the slower way.
     */
    static String asciiLowerCase(String text) {
        int first = 0;
        while (first < text.length() && (text.charAt(first) < 'A' || text.charAt(first) > 'Z')) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
        boolean latinOnly = latin.length == text.length();
        for (int i = 0; latinOnly && i < latin.length; i++) {
            byte b = latin[i];
            if (b >= 'A' && b <= 'Z') {
                latin[i] = (byte) (b + 32);
            } else if (b == '?' && text.charAt(i) != '?') {
                latinOnly = false;
            }
        }
        if (latinOnly) {
            return new String(latin, StandardCharsets.ISO_8859_1);
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }

    private static int start(String text, int i) {
        while (i > 0 && isPart(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int end(String text, int i) {
        while (i < text.length() && isPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
