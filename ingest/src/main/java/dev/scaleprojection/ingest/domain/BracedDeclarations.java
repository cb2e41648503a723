package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declarations of brace languages: each '{' is classified from the text since the previous ';', '{' or '}' (its
 * header) as a type, a named function (methods, Go functions with receivers, JavaScript arrow functions bound to a
 * name) or an anonymous block; the matching '}' ends it.
 */
final class BracedDeclarations {

    private static final Pattern TYPE = Pattern.compile(
            "(?<![.\\w])(class|interface|enum|record|struct|object|trait)\\s+([A-Za-z_$][\\w$]*)");
    private static final String[] TYPE_KEYWORDS = {"class", "interface", "enum", "record", "struct", "object", "trait"};
    /** Declarations are short; a longer run without ';', '{' or '}' (minified code) is cut to its end. */
    private static final int MAX_HEADER = 600;
    private static final Pattern GO_TYPE = Pattern.compile("\\btype\\s+([A-Za-z_]\\w*)\\s+(struct|interface)\\s*$");
    private static final Pattern GO_FUNC_KEYWORD = Pattern.compile("\\bfunc\\b");
    private static final Pattern FUNCTION_KEYWORD = Pattern.compile("\\b(fun|def|func|function)\\b");
    private static final Pattern GO_FUNC = Pattern.compile(
            "^func\\s*(?:\\(\\s*\\w*\\s*\\*?\\s*([A-Za-z_]\\w*)(?:\\[[^\\]]*])?\\s*\\))?\\s*([A-Za-z_]\\w*)\\s*(?:\\[[^\\]]*])?\\s*\\(");
    private static final Pattern ARROW = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*[:=]\\s*(?:async\\s+)?(?:\\([^()]*\\)|[A-Za-z_$][\\w$]*)\\s*(?::\\s*[^=]+)?=>\\s*$");
    private static final Pattern NAMED_FUNCTION_VALUE = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*[:=]\\s*(?:async\\s+)?function\\b[^(]*\\([^)]*\\)\\s*$");
    /** Words before a parameter list that do not name a function; asked of the name where it stands, before it is cut out. */
    private static final CallNames NOT_FUNCTIONS = CallNames.of(Set.of("if", "for", "while", "switch", "catch", "synchronized", "using",
            "lock", "foreach", "fixed", "return", "when", "with", "function", "try", "else", "do", "new", "typeof",
            "sizeof", "nameof", "checked", "unchecked", "base", "this", "super", "select", "go", "defer", "func", "in",
            "await", "yield", "match"));

    private BracedDeclarations() {
    }

    static List<Declarations.Scope> scan(LexedSource source, Language language) {
        String code = source.code();
        List<Declarations.Scope> scopes = new ArrayList<>();
        Deque<Optional<Opened>> open = new ArrayDeque<>();
        int boundary = 0;
        int nextOpen = code.indexOf('{');
        int nextClose = code.indexOf('}');
        int nextEnd = code.indexOf(';');
        while (nextOpen >= 0 || nextClose >= 0 || nextEnd >= 0) {
            int i = first(first(nextOpen, nextClose), nextEnd);
            char c = code.charAt(i);
            if (c == '{') {
                nextOpen = code.indexOf('{', i + 1);
            } else if (c == '}') {
                nextClose = code.indexOf('}', i + 1);
            } else {
                nextEnd = code.indexOf(';', i + 1);
            }
            if (c == '{') {
                int brace = i;
                int statement = boundary;
                open.push(classify(code, boundary, i, language).map(d -> opened(source, d, statement, brace)));
                boundary = i + 1;
            } else if (c == '}') {
                if (!open.isEmpty()) {
                    close(open.pop(), i + 1, scopes);
                }
                boundary = i + 1;
            } else if (c == ';') {
                boundary = i + 1;
            }
        }
        while (!open.isEmpty()) {
            close(open.pop(), code.length(), scopes);
        }
        scopes.addAll(primaryConstructors(source));
        return scopes;
    }

    /** The smaller of two offsets, -1 meaning none. */
    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** {@code class Name(val url: String = "…")}: the parameter list of a primary constructor belongs to its type. */
    private static List<Declarations.Scope> primaryConstructors(LexedSource source) {
        String code = source.code();
        List<Declarations.Scope> scopes = new ArrayList<>();
        KeywordMatches matches = PrimaryConstructors.in(code);
        while (matches.find()) {
            Matcher constructor = matches.matcher();
            int open = constructor.end() - 1;
            int depth = 0;
            int close = open;
            for (; close < code.length(); close++) {
                if (code.charAt(close) == '(') {
                    depth++;
                } else if (code.charAt(close) == ')' && --depth == 0) {
                    break;
                }
            }
            Declared declared = new Declared(Declarations.Kind.TYPE, constructor.group(2), constructor.start(2));
            Opened opened = opened(source, declared, constructor.start(), open);
            scopes.add(new Declarations.Scope(Declarations.Kind.CONSTRUCTOR_PARAMETERS, declared.name(), opened.header(),
                    opened.start(),
                    Math.min(close + 1, code.length())));
        }
        return scopes;
    }

    private record Declared(Declarations.Kind kind, String name, int offset) {
    }

    private record Opened(Declared declared, String header, int start) {
    }

    /**
     * The scope starts at the line naming it (not before its statement: minified code has one line); its header, capped,
     * also takes the annotation lines right above that line.
     */
    private static Opened opened(LexedSource source, Declared declared, int statement, int brace) {
        int line = source.lineAt(declared.offset());
        int headerLine = line;
        while (headerLine > 1 && annotationLine(source.uncommentedLine(headerLine - 1).strip())) {
            headerLine--;
        }
        int headerStart = Math.max(source.lineStart(headerLine), brace - MAX_HEADER);
        String header = source.uncommented().substring(Math.min(headerStart, brace), brace).strip();
        return new Opened(declared, header, Math.min(Math.max(source.lineStart(line), statement), declared.offset()));
    }

    /** A line that {@code [@\\[)].*} matches: it starts with '@', '[' or ')' and holds no line terminator. */
    private static boolean annotationLine(String line) {
        if (line.isEmpty() || "@[)".indexOf(line.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static void close(Optional<Opened> opened, int end, List<Declarations.Scope> scopes) {
        opened.ifPresent(o -> scopes.add(new Declarations.Scope(o.declared().kind(), o.declared().name(), o.header(),
                o.start(), end)));
    }

    private static Optional<Declared> classify(String code, int boundary, int to, Language language) {
        int from = Math.max(boundary, to - MAX_HEADER);
        String header = code.substring(from, to);
        int end = endBeforeSpace(header);
        if (header.startsWith("=>", end - 2)) {
            Matcher arrow = ARROW.matcher(header);
            if (arrow.find()) {
                return declared(Declarations.Kind.FUNCTION, arrow.group(1), from + arrow.start(1));
            }
        }
        if (end > 0 && header.charAt(end - 1) == ')' && header.contains("function")) {
            Matcher namedValue = NAMED_FUNCTION_VALUE.matcher(header);
            if (namedValue.find()) {
                return declared(Declarations.Kind.FUNCTION, namedValue.group(1), from + namedValue.start(1));
            }
        }
        if (language == Language.GO) {
            return goDeclaration(header, from);
        }
        MatchResult type = mentionsType(header) ? lastMatch(TYPE, header, TYPE_KEYWORDS) : null;
        if (type == null) {
            return functionName(header, from);
        }
        // a function keyword after the type's (fun … object : Foo) makes it a function; asked only of the few types
        MatchResult functionKeyword = header.contains("fun") || header.contains("def")
                ? lastMatch(FUNCTION_KEYWORD, header, "fun", "def") : null;
        if (functionKeyword == null || functionKeyword.start() < type.start()) {
            return declared(Declarations.Kind.TYPE, type.group(2), from + type.start(2));
        }
        return functionName(header, from);
    }

    private static Optional<Declared> goDeclaration(String header, int from) {
        if (header.contains("type")) {
            Matcher type = GO_TYPE.matcher(header);
            if (type.find()) {
                return declared(Declarations.Kind.TYPE, type.group(1), from + type.start(1));
            }
        }
        if (!header.contains("func")) {
            return Optional.empty();
        }
        // the last named one: func NewApplication(ctx) (app.Application, func()) ends with a function type, not a name
        List<MatchResult> funcs = new ArrayList<>();
        KeywordMatches matches = new KeywordMatches(GO_FUNC_KEYWORD, header, "func");
        while (matches.find()) {
            funcs.add(matches.matcher().toMatchResult());
        }
        for (int i = funcs.size() - 1; i >= 0; i--) {
            MatchResult func = funcs.get(i);
            Matcher function = GO_FUNC.matcher(header.substring(func.start()));
            if (function.find()) {
                String name = function.group(1) == null ? function.group(2) : function.group(1) + "." + function.group(2);
                return declared(Declarations.Kind.FUNCTION, name, from + func.start() + function.start(2));
            }
        }
        return Optional.empty();
    }

    /** A method or function header ends with its parameter list, maybe followed by throws, a return type or '='. */
    private static Optional<Declared> functionName(String header, int from) {
        int close = FunctionHeaders.trailerStart(header);
        if (close < 0) {
            return Optional.empty();
        }
        int depth = 0;
        int open = -1;
        for (int i = close; i >= 0; i--) {
            char c = header.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        int nameStart = FunctionHeaders.nameBeforeParen(header, 0, open);
        if (nameStart < 0) {
            return Optional.empty();
        }
        int nameEnd = FunctionHeaders.nameEnd(header, nameStart);
        if (NOT_FUNCTIONS.contains(header, nameStart, nameEnd) || followsCallOrValue(header, nameStart)) {
            return Optional.empty();
        }
        return declared(Declarations.Kind.FUNCTION, header.substring(nameStart, nameEnd), from + nameStart);
    }

    /**
     * Whether {@code header[0, nameStart)}, without trailing white space, ends with "new", '.', '=', '(', ',' or "return":
     * the name is called, not declared.
     */
    private static boolean followsCallOrValue(String header, int nameStart) {
        int end = nameStart;
        while (end > 0 && Character.isWhitespace(header.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = header.charAt(end - 1);
        return last == '.' || last == '=' || last == '(' || last == ','
                || header.startsWith("new", end - 3) || header.startsWith("return", end - 6);
    }

    /**
     * The length of {@code text} without trailing {@code \\s} characters and line terminators: a pattern ending in
     * {@code \\s*$} can match only if what precedes that is there.
     */
    private static int endBeforeSpace(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Whether {@link #TYPE} may match: one of its keywords is there. */
    private static boolean mentionsType(String header) {
        return header.contains("class") || header.contains("interface") || header.contains("enum")
                || header.contains("record") || header.contains("struct") || header.contains("object")
                || header.contains("trait");
    }

    private static Optional<Declared> declared(Declarations.Kind kind, String name, int offset) {
        return Optional.of(new Declared(kind, name, offset));
    }

    /** The last match of {@code pattern}, each match of which starts at one of {@code keywords} ({@link KeywordMatches}). */
    private static MatchResult lastMatch(Pattern pattern, String text, String... keywords) {
        KeywordMatches matches = new KeywordMatches(pattern, text, keywords);
        MatchResult last = null;
        while (matches.find()) {
            last = matches.matcher().toMatchResult();
        }
        return last;
    }
}
