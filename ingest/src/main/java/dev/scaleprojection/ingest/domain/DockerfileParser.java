package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Dockerfile into instructions the way the builder does: parser directives at the top (an
 * {@code # escape=`} changes the continuation character), comment lines dropped even inside continuations,
 * continuation lines joined, here-documents ({@code RUN <<EOF … EOF}) consumed, keywords case-insensitive.
 */
final class DockerfileParser {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*([A-Za-z]+)(?:\\s+(.*))?$", Pattern.DOTALL);
    /** Line breaks, compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][\\w]*)\\2");

    private DockerfileParser() {
    }

    static List<DockerInstruction> parse(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        char escape = '\\';
        int i = 0;
        for (; i < lines.length; i++) {
            Matcher directive = DIRECTIVE.matcher(lines[i].strip());
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape") && !directive.group(2).isEmpty()) {
                escape = directive.group(2).charAt(0);
            }
        }
        List<DockerInstruction> instructions = new ArrayList<>();
        while (i < lines.length) {
            String stripped = lines[i].strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                i++;
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder();
            String current = lines[i].stripTrailing();
            while (endsWith(current, escape) && i + 1 < lines.length) {
                logical.append(current, 0, current.length() - 1).append(' ');
                i++;
                while (i < lines.length && (lines[i].isBlank() || lines[i].strip().startsWith("#"))) {
                    i++;
                }
                current = i < lines.length ? lines[i].stripTrailing() : "";
            }
            logical.append(endsWith(current, escape) ? current.substring(0, current.length() - 1) : current);
            i++;
            i = skipHeredocs(logical.toString(), lines, i);
            Matcher instruction = INSTRUCTION.matcher(logical.toString());
            if (instruction.matches()) {
                String arguments = instruction.group(2) == null ? "" : Regexes.replaceAll(instruction.group(2).strip(), "\\s+", " ");
                instructions.add(new DockerInstruction(instruction.group(1).toUpperCase(Locale.ROOT), arguments, first + 1));
            }
        }
        return instructions;
    }

    private static int skipHeredocs(String instruction, String[] lines, int next) {
        // every here-document starts with "<<": most instructions hold none, and need no matcher
        if (!instruction.contains("<<")) {
            return Math.min(next, lines.length);
        }
        Matcher heredoc = HEREDOC.matcher(instruction);
        int i = next;
        while (heredoc.find()) {
            boolean stripTabs = !heredoc.group(1).isEmpty();
            String terminator = heredoc.group(3);
            while (i < lines.length && !(stripTabs ? lines[i].strip() : lines[i].stripTrailing()).equals(terminator)) {
                i++;
            }
            i++;
        }
        return Math.min(i, lines.length);
    }

    private static boolean endsWith(String line, char escape) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == escape;
    }
}
