package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient JSON reader for configuration files such as {@code appsettings.json}: accepts // and /* *&#47; comments and
 * trailing commas, as .NET and VS Code do, and keeps the line of every key and value.
 */
final class JsonTree {

    private static final int MAX_DEPTH = 128;

    private final String s;
    private int i;
    private int line = 1;

    private JsonTree(String text) {
        this.s = text;
    }

    static TreeNode parse(String text) {
        JsonTree reader = new JsonTree(text);
        reader.skipSpace();
        if (reader.i >= text.length()) {
            return new TreeNode.Mapping(List.of(), 1);
        }
        TreeNode root = reader.value(0);
        reader.skipSpace();
        if (reader.i < text.length()) {
            throw reader.error("unexpected text after the document");
        }
        return root;
    }

    private TreeNode value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (i >= s.length()) {
            throw error("unexpected end of document");
        }
        char c = s.charAt(i);
        int at = line;
        if (c == '{') {
            return object(depth, at);
        }
        if (c == '[') {
            return array(depth, at);
        }
        if (c == '"') {
            return new TreeNode.Scalar(string(), at);
        }
        int start = i;
        while (i < s.length() && ",}] \t\r\n/".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String literal = s.substring(start, i);
        if (!Regexes.matches(literal, "true|false|null|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw error("unexpected '" + (literal.isEmpty() ? String.valueOf(c) : literal) + "'");
        }
        return new TreeNode.Scalar(literal.equals("null") ? "" : literal, at);
    }

    private TreeNode object(int depth, int at) {
        i++;
        List<TreeNode.Entry> entries = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                i++;
                return new TreeNode.Mapping(entries, at);
            }
            if (peek() != '"') {
                throw error("expected a key");
            }
            int keyLine = line;
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw error("expected ':' after key \"" + key + "\"");
            }
            i++;
            entries.add(new TreeNode.Entry(key, keyLine, value(depth + 1)));
            skipSpace();
            if (peek() == ',') {
                i++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private TreeNode array(int depth, int at) {
        i++;
        List<TreeNode> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                i++;
                return new TreeNode.Sequence(items, at);
            }
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                i++;
            } else if (peek() != ']') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                throw error("line break inside a string");
            }
            if (c == '\\' && i < s.length()) {
                char escaped = s.charAt(i++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad unicode escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("bad unicode escape");
                        }
                        i += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                int stop = end < 0 ? s.length() : end + 2;
                for (int j = i; j < stop; j++) {
                    if (s.charAt(j) == '\n') {
                        line++;
                    }
                }
                i = stop;
            } else {
                return;
            }
        }
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private MalformedDocumentException error(String problem) {
        return new MalformedDocumentException("json", problem + " (line " + line + ")");
    }
}
