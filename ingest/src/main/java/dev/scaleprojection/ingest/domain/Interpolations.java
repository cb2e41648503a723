package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions interpolated into string literals, which the lexer blanks with the rest of the literal:
 * JavaScript {@code `${…}`}, Kotlin and Scala {@code "${…}"} and {@code "$name"}, C# {@code $"{…}"}, Python
 * {@code f"{…}"} and Ruby {@code "#{…}"}. Each comes with the offset where it starts in the file.
 */
final class Interpolations {

    /** An interpolated expression and the file offset of its first character. */
    record Interpolation(String expression, int offset) {
    }

    private Interpolations() {
    }

    static List<Interpolation> of(CodeFile file, StringLiteral literal) {
        String prefix = file.source().text().substring(literal.startOffset(), Math.max(literal.startOffset(),
                literal.contentOffset()));
        String value = literal.value();
        List<Interpolation> found = new ArrayList<>();
        switch (file.language()) {
            case JAVASCRIPT, TYPESCRIPT -> {
                if (prefix.startsWith("`")) {
                    braces(value, "${", literal.contentOffset(), found);
                }
            }
            case KOTLIN, SCALA -> {
                braces(value, "${", literal.contentOffset(), found);
                names(value, literal.contentOffset(), found);
            }
            case CSHARP -> {
                if (prefix.contains("$")) {
                    braces(value, "{", literal.contentOffset(), found);
                }
            }
            case PYTHON -> {
                if (prefix.toLowerCase(java.util.Locale.ROOT).contains("f")) {
                    braces(value, "{", literal.contentOffset(), found);
                }
            }
            case RUBY -> braces(value, "#{", literal.contentOffset(), found);
            default -> {
            }
        }
        return found;
    }

    /** {@code open…}} spans, nested braces balanced; {@code {{} is an escaped brace, not an interpolation. */
    private static void braces(String value, String open, int base, List<Interpolation> found) {
        int i = value.indexOf(open);
        while (i >= 0) {
            if (open.equals("{") && value.startsWith("{{", i)) {
                i = value.indexOf(open, i + 2);
                continue;
            }
            int start = i + open.length();
            int depth = 1;
            int j = start;
            for (; j < value.length() && depth > 0; j++) {
                char c = value.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            String expression = value.substring(start, Math.max(start, j - 1));
            int format = open.equals("{") ? expression.indexOf(':') : -1;
            found.add(new Interpolation(format > 0 && !expression.contains("?") ? expression.substring(0, format) : expression,
                    base + start));
            i = value.indexOf(open, Math.max(j, start));
        }
    }

    /** Kotlin and Scala {@code $name} and {@code $user.email}'s first name. */
    private static void names(String value, int base, List<Interpolation> found) {
        for (int i = value.indexOf('$'); i >= 0 && i + 1 < value.length(); i = value.indexOf('$', i + 1)) {
            if (Character.isJavaIdentifierStart(value.charAt(i + 1)) && value.charAt(i + 1) != '$') {
                int j = i + 1;
                while (j < value.length() && Character.isJavaIdentifierPart(value.charAt(j)) && value.charAt(j) != '$') {
                    j++;
                }
                found.add(new Interpolation(value.substring(i + 1, j), base + i + 1));
            }
        }
    }
}
