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
        String code = source.code();
        Matcher function = (python ? PYTHON_FUNCTION : RUBY_FUNCTION).matcher(code);
        Matcher type = (python ? PYTHON_TYPE : RUBY_TYPE).matcher(code);
        Occurrences defs = new Occurrences(code, "def");
        Occurrences classes = new Occurrences(code, "class");
        Occurrences modules = new Occurrences(code, "module");
        int bracketDepth = 0;
        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = source.codeLineEnd(line);
            int depthAtStart = bracketDepth;
            bracketDepth = Math.max(0, bracketDepth + brackets(code, start, end));
            int indentEnd = indentationEnd(code, start, end);
            if (insideLiteral.get(line) || depthAtStart > 0 || isBlank(code, indentEnd, end)) {
                continue;
            }
            int indent = indentation(code, start, indentEnd);
            while (!open.isEmpty() && open.peek().indent() >= indent) {
                close(open.pop(), start, scopes);
            }
            // Each pattern holds its keyword: most lines hold neither, and are not matched at all.
            boolean mayDefine = defs.within(start, end);
            boolean mayDeclareType = classes.within(start, end) || !python && modules.within(start, end);
            if (mayDefine && function.region(start, end).find()) {
                open.push(new Opened(indent, Declarations.Kind.FUNCTION, function.group(1), source.line(line).strip(), start));
            } else if (mayDeclareType && type.region(start, end).find()) {
                open.push(new Opened(indent, Declarations.Kind.TYPE, type.group(1), source.line(line).strip(), start));
            }
        }
        while (!open.isEmpty()) {
            close(open.pop(), source.text().length(), scopes);
        }
        return scopes;
    }

    /** Where a word occurs in the code, asked of lines in order: each occurrence is searched for once. */
    private static final class Occurrences {
        private final String code;
        private final String word;
        private int next = -1;
        private boolean searched;

        Occurrences(String code, String word) {
            this.code = code;
            this.word = word;
        }

        /** Whether {@code code[from, to)} holds the word; {@code from} never decreases between calls. */
        boolean within(int from, int to) {
            if (!searched || next >= 0 && next < from) {
                next = code.indexOf(word, from);
                searched = true;
            }
            return next >= 0 && next + word.length() <= to;
        }
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

    private static int brackets(String code, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** Where the leading spaces and tabs of {@code code[from, to)} end. */
    private static int indentationEnd(String code, int from, int to) {
        int i = from;
        while (i < to && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The width of the indentation {@code code[from, to)}: a tab reaches the next multiple of 8. */
    private static int indentation(String code, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width = code.charAt(i) == '\t' ? (width / 8 + 1) * 8 : width + 1;
        }
        return width;
    }

    /** {@link String#isBlank} of {@code code[from, to)}. */
    private static boolean isBlank(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
