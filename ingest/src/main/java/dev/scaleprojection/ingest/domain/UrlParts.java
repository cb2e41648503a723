package dev.scaleprojection.ingest.domain;

import java.util.Optional;

/**
 * A whole value split as {@code ([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)} (DOTALL) would split it, read without a
 * matcher: a scheme holds no ':', so only the value's first ':' can end it; the authority runs to the first '/', '?' or
 * '#' after "://", the rest is the path.
 */
record UrlParts(String scheme, String authority, String path) {

    static Optional<UrlParts> of(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || !value.startsWith("//", colon + 1) || !isLetter(value.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return Optional.empty();
            }
        }
        int authorityEnd = colon + 3;
        while (authorityEnd < value.length() && "/?#".indexOf(value.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        return Optional.of(new UrlParts(value.substring(0, colon), value.substring(colon + 3, authorityEnd),
                value.substring(authorityEnd)));
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
