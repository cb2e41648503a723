package dev.scaleprojection.ingest.domain;

/**
 * Searches that ignore ASCII case only, as a pattern with {@code (?i)} and no {@code UNICODE_CASE} flag does, without
 * lower-casing (and copying) the text first.
 */
final class AsciiText {

    private AsciiText() {
    }

    /** Whether {@code text} holds {@code lowerWord} (ASCII lower case) in any ASCII case. */
    static boolean containsIgnoreCase(String text, String lowerWord) {
        int last = text.length() - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            if (startsWithIgnoreCase(text, i, lowerWord)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code lowerWord} (ASCII lower case) at {@code offset}, in any ASCII case. */
    static boolean startsWithIgnoreCase(String text, int offset, String lowerWord) {
        if (offset < 0 || offset + lowerWord.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < lowerWord.length(); j++) {
            char c = text.charAt(offset + j);
            if (c != lowerWord.charAt(j) && (c < 'A' || c > 'Z' || c + 32 != lowerWord.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
