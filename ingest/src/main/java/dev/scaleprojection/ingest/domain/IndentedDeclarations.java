package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declarations of Python and Ruby: a {@code def} or {@code class} (Ruby: also {@code module}) line opens a scope that
 * lasts until the next code line indented no deeper. Lines inside multi-line strings or open brackets do not count.
 */
final class IndentedDeclarations {

    private static final Pattern PYTHON_FUNCTION = Pattern.compile("^\\s*(?:async\\s+)?def\\s+([A-Za-z_]\\w*)");
    private static final Pattern PYTHON_TYPE = Pattern.compile("^\\s*class\\s+([A-Za-z_]\\w*)");
    private static final Pattern RUBY_FUNCTION = Pattern.compile("^\\s*def\\s+(?:self\\.)?([A-Za-z_]\\w*[?!=]?)");
    private static final Pattern RUBY_TYPE = Pattern.compile("^\\s*(?:class|module)\\s+([A-Z][\\w:]*)");

    private IndentedDeclarations() {
    }

    private record Opened(int indent, Declarations.Kind kind, String name, String header, int start) {
    }

    static List<Declarations.Scope> scan(LexedSource source, Language language) {
        boolean python = language == Language.PYTHON;
        BitSet insideLiteral = linesInsideLiterals(source);
        List<Declarations.Scope> scopes = new ArrayList<>();
        Deque<Opened> open = new ArrayDeque<>();
        int bracketDepth = 0;
        for (int line = 1; line <= source.lineCount(); line++) {
            String code = source.codeLine(line);
            int depthAtStart = bracketDepth;
            bracketDepth = Math.max(0, bracketDepth + brackets(code));
            if (insideLiteral.get(line) || depthAtStart > 0 || code.isBlank()) {
                continue;
            }
            int indent = indentation(code);
            while (!open.isEmpty() && open.peek().indent() >= indent) {
                close(open.pop(), source.lineStart(line), scopes);
            }
            // Each pattern holds its keyword: most lines hold neither, and are not matched at all.
            Matcher function = code.contains("def") ? (python ? PYTHON_FUNCTION : RUBY_FUNCTION).matcher(code) : null;
            Matcher type = code.contains("class") || !python && code.contains("module")
                    ? (python ? PYTHON_TYPE : RUBY_TYPE).matcher(code) : null;
            if (function != null && function.find()) {
                open.push(new Opened(indent, Declarations.Kind.FUNCTION, function.group(1), source.line(line).strip(),
                        source.lineStart(line)));
            } else if (type != null && type.find()) {
                open.push(new Opened(indent, Declarations.Kind.TYPE, type.group(1), source.line(line).strip(),
                        source.lineStart(line)));
            }
        }
        while (!open.isEmpty()) {
            close(open.pop(), source.text().length(), scopes);
        }
        return scopes;
    }

    private static void close(Opened opened, int end, List<Declarations.Scope> scopes) {
        scopes.add(new Declarations.Scope(opened.kind(), opened.name(), opened.header(), opened.start(), end));
    }

    private static BitSet linesInsideLiterals(LexedSource source) {
        BitSet lines = new BitSet();
        for (StringLiteral literal : source.literals()) {
            if (literal.isMultiLine()) {
                lines.set(literal.startLine() + 1, literal.endLine() + 1);
            }
        }
        return lines;
    }

    private static int brackets(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    private static int indentation(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
            } else {
                break;
            }
        }
        return width;
    }
}
