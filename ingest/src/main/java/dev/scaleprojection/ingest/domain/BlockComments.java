package dev.scaleprojection.ingest.domain;

/**
 * Where a C-like block comment ends, given where its opening slash-star is: past the first star-slash after it (when
 * comments nest, as in Kotlin and Scala, the one that closes the opening), or at the end of the text. A pair that opens
 * is taken whole, so its star starts no pair that closes: slash-star-slash opens and closes nothing more.
 */
final class BlockComments {

    private BlockComments() {
    }

    /** Only a '*' can open or close a comment, so the search goes from one to the next, not through every character. */
    static int end(String s, int start, boolean nests) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            int star = s.indexOf('*', i);
            if (star < 0) {
                return s.length();
            }
            if (star > i && s.charAt(star - 1) == '/') {
                depth++;
                i = star + 1;
            } else if (star + 1 < s.length() && s.charAt(star + 1) == '/') {
                depth--;
                i = star + 2;
                if (depth == 0 || !nests) {
                    return i;
                }
            } else {
                i = star + 1;
            }
        }
        return i;
    }
}
