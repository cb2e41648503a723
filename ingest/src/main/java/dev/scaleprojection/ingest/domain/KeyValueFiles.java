package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line formats of configuration: Java properties (with continuations and escapes), dotenv ({@code export KEY=value}),
 * INI/TOML/HOCON/nginx-like files with {@code [sections]} and {@code name { … }} blocks, and XML attributes.
 */
final class KeyValueFiles {

    private static final Pattern DOTENV = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][\\w.-]*)\\s*=\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[+\\s*([^\\]]+?)\\s*]+\\s*$");
    private static final Pattern BLOCK_OPEN = Pattern.compile("^\\s*([\\w.\"-]+)\\s*([\\w.\"-]+\\s*)?[:=]?\\s*\\{\\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z_\"][\\w.\"-]*)\\s*(?:=|:)\\s*(.+?)\\s*;?\\s*$");
    /** nginx and similar: {@code server 10.0.1.15:8080;}. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*([A-Za-z_][\\w.-]*)\\s+(.+?)\\s*;?\\s*$");
    private static final Pattern XML_ELEMENT = Pattern.compile("<([\\w.:-]+)((?:\\s+[\\w.:-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))+)\\s*/?>");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("([\\w.:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private KeyValueFiles() {
    }

    static List<ConfigEntry> properties(String text) {
        List<ConfigEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i].strip());
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].strip());
            }
            String line = logical.toString();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = separatorIndex(line);
            String key = unescape(line.substring(0, separator).strip());
            String value = separator >= line.length() ? "" : line.substring(separator + 1).strip();
            entries.add(new ConfigEntry(key, unescape(value), first + 1));
        }
        return entries;
    }

    static List<ConfigEntry> dotenv(String text) {
        List<ConfigEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = DOTENV.matcher(lines[i]);
            if (!lines[i].strip().startsWith("#") && matcher.matches()) {
                entries.add(new ConfigEntry(matcher.group(1), unquote(matcher.group(2).strip()), i + 1));
            }
        }
        return entries;
    }

    /**
     * INI, TOML, HOCON and, with {@code directives}, nginx-like {@code name value;} lines: keys are prefixed by the
     * enclosing sections and blocks; arrays give one entry per item.
     */
    static List<ConfigEntry> sections(String text, boolean directives) {
        List<ConfigEntry> entries = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        String section = "";
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = withoutComment(lines[i]).strip();
            Matcher sectionMatch = SECTION.matcher(line);
            Matcher block = BLOCK_OPEN.matcher(line);
            if (line.isEmpty()) {
                continue;
            } else if (sectionMatch.matches()) {
                section = sectionMatch.group(1).replace("\"", "");
            } else if (block.matches()) {
                String name = block.group(2) == null ? block.group(1) : block.group(1) + "." + block.group(2).strip();
                blocks.addLast(name.replace("\"", ""));
            } else if (line.equals("}") || line.equals("};")) {
                blocks.pollLast();
            } else {
                Matcher keyValue = KEY_VALUE.matcher(line);
                if (!keyValue.matches() && directives) {
                    keyValue = DIRECTIVE.matcher(line);
                }
                if (keyValue.matches()) {
                    String key = prefix(section, blocks) + keyValue.group(1).replace("\"", "");
                    for (String value : arrayItems(keyValue.group(2))) {
                        entries.add(new ConfigEntry(key, value, i + 1));
                    }
                }
            }
        }
        return entries;
    }

    static List<ConfigEntry> xmlAttributes(String text) {
        List<ConfigEntry> entries = new ArrayList<>();
        int[] lineStarts = LexedSource.lineStarts(text);
        Matcher element = XML_ELEMENT.matcher(text);
        while (element.find()) {
            List<String[]> attributes = new ArrayList<>();
            String name = "";
            Matcher attribute = XML_ATTRIBUTE.matcher(element.group(2));
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                if (attribute.group(1).equals("name") || attribute.group(1).equals("key")) {
                    name = "." + value;
                }
                attributes.add(new String[] {attribute.group(1), value});
            }
            int line = LexedSource.lineAt(lineStarts, element.start());
            for (String[] pair : attributes) {
                if (!pair[0].equals("name") && !pair[0].equals("key") && !pair[0].startsWith("xmlns")) {
                    entries.add(new ConfigEntry(element.group(1) + name + "." + pair[0], pair[1], line));
                }
            }
        }
        return entries;
    }

    private static String prefix(String section, Deque<String> blocks) {
        StringBuilder prefix = new StringBuilder(section.isEmpty() ? "" : section + ".");
        for (String block : blocks) {
            prefix.append(block).append('.');
        }
        return prefix.toString();
    }

    private static List<String> arrayItems(String value) {
        String stripped = value.strip();
        if (stripped.startsWith("[") && stripped.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : stripped.substring(1, stripped.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(unquote(item.strip()));
                }
            }
            return items;
        }
        return List.of(unquote(stripped));
    }

    private static String withoutComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith(";") || stripped.startsWith("//")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment).strip();
    }

    private static boolean endsWithContinuation(StringBuilder line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int separatorIndex(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return line.length();
    }

    private static String unescape(String value) {
        return Regexes.replaceAll(value, "\\\\([:=#! \\\\])", "$1");
    }
}
