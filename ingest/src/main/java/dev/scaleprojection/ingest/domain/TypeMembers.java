package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields and properties each type of a file declares, read from the top level of its body: Java and C# fields and
 * auto-properties, Kotlin {@code val}/{@code var} (also in primary constructors and companion objects), TypeScript and
 * JavaScript class fields, Go struct fields with their tags, Python class attributes, record components. Methods,
 * nested blocks and statements inside them are skipped; annotations on their own line belong to the next member.
 */
final class TypeMembers {

    static final String TYPE = "[\\w$.]+(?:\\s*<[^=;{}()]*>)?\\??(?:\\s*\\[\\s*,*\\s*])*\\??";
    static final Pattern KOTLIN_PROPERTY = Pattern.compile("\\s*((?:(?:private|public|protected|internal|override"
            + "|open|final|abstract|lateinit|const|inline|external)\\s+)*(?:val|var))\\s+([A-Za-z_]\\w*)\\s*"
            + "(?::\\s*([^=]+?))?\\s*(?:(?:=|\\bby\\b)(.*))?", Pattern.DOTALL);
    private static final Pattern PYTHON_ATTRIBUTE = Pattern.compile(
            "\\s*([A-Za-z_]\\w*)\\s*(?::\\s*([^=]+?))?\\s*(?:=(?!=)(.*))?", Pattern.DOTALL);
    private static final Pattern JAVA_PARAMETER = Pattern.compile(
            "\\s*((?:final\\s+)?)(" + TYPE + ")\\s+([A-Za-z_$][\\w$]*)\\s*", Pattern.DOTALL);
    static final java.util.Set<String> NOT_NAMES = java.util.Set.of("return", "throw", "class", "interface", "enum",
            "record", "struct", "import", "package", "else", "new", "case", "default", "constructor", "get", "set", "init",
            "pass", "def", "async", "await", "yield", "static", "this", "super", "type", "func", "var", "let", "const");

    private TypeMembers() {
    }

    static List<TypeMember> of(CodeFile file) {
        List<TypeMember> members = new ArrayList<>();
        for (Declarations.Scope scope : file.scopes()) {
            if (scope.kind() == Declarations.Kind.CONSTRUCTOR_PARAMETERS) {
                parameters(file, scope, members);
            } else if (scope.kind() == Declarations.Kind.TYPE && file.language() == Language.PYTHON) {
                pythonBody(file, scope, members);
            } else if (scope.kind() == Declarations.Kind.TYPE && !file.language().isHashCommented()) {
                int open = bodyOpen(file.code(), scope.start(), scope.end());
                if (open >= 0) {
                    new BracedMembers(file, scope, "").read(open, scope.end() - 1, members);
                }
            }
        }
        members.sort(Comparator.comparingInt(TypeMember::offset));
        return List.copyOf(members);
    }

    /** The '{' opening a type's body: the first one outside parentheses, so annotation arguments do not count. */
    static int bodyOpen(String code, int from, int to) {
        int depth = 0;
        for (int i = from; i < Math.min(to, code.length()); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '{' && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    /** Record components and primary-constructor parameters: {@code record Customer(String email)}, {@code class A(val b: B)}. */
    private static void parameters(CodeFile file, Declarations.Scope scope, List<TypeMember> members) {
        String code = file.code();
        int open = code.indexOf('(', code.indexOf(scope.name(), scope.start()));
        if (open < 0 || open >= scope.end()) {
            return;
        }
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i < scope.end(); i++) {
            char c = code.charAt(i);
            char before = i > 0 ? code.charAt(i - 1) : ' ';
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == '>' && before != '-' && before != '=') {
                depth--;
            }
            if (depth < 0 || c == ',' && depth == 0) {
                BracedMembers.Statement statement = BracedMembers.Statement.of(file, start, i);
                parameter(file, scope, statement).ifPresent(members::add);
                start = i + 1;
                if (depth < 0) {
                    break;
                }
            }
        }
    }

    private static Optional<TypeMember> parameter(CodeFile file, Declarations.Scope scope, BracedMembers.Statement statement) {
        Pattern pattern = file.language() == Language.KOTLIN ? KOTLIN_PROPERTY : JAVA_PARAMETER;
        Matcher matcher = pattern.matcher(file.code()).region(statement.declarationStart(), statement.end());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean kotlin = file.language() == Language.KOTLIN;
        int name = kotlin ? 2 : 3;
        int type = kotlin ? 3 : 2;
        return Optional.of(new TypeMember(scope.name(), scope.header(), matcher.group(name), text(file, matcher, type),
                statement.annotations(), matcher.group(1).strip(), kotlin ? text(file, matcher, 4) : "",
                matcher.start(name), true));
    }

    private static void pythonBody(CodeFile file, Declarations.Scope scope, List<TypeMember> members) {
        LexedSource source = file.source();
        String code = file.code();
        int headerLine = source.lineAt(scope.start());
        int lastLine = source.lineAt(Math.max(scope.start(), scope.end() - 1));
        // Nested declarations by start: a line lies in one when one begun before it ends after it.
        List<Declarations.Scope> nested = file.scopes().stream()
                .filter(s -> s != scope && s.start() > scope.start() && s.end() <= scope.end()).toList();
        int begun = 0;
        int nestedEnd = -1;
        int depth = 0;
        Matcher matcher = PYTHON_ATTRIBUTE.matcher(code);
        for (int line = headerLine + 1; line <= lastLine; line++) {
            int start = source.lineStart(line);
            int lineDepth = depth;
            depth = Math.max(0, depth + brackets(code, start, source.codeLineEnd(line)));
            for (; begun < nested.size() && nested.get(begun).start() <= start; begun++) {
                nestedEnd = Math.max(nestedEnd, nested.get(begun).end());
            }
            if (lineDepth > 0 || start < nestedEnd) {
                continue;
            }
            int last = line;
            while (depth > 0 && last < lastLine) {
                last++;
                depth = Math.max(0, depth + brackets(code, source.lineStart(last), source.codeLineEnd(last)));
            }
            int end = source.codeLineEnd(last);
            line = last;
            if (matcher.region(start, end).matches() && (matcher.group(2) != null || matcher.group(3) != null)
                    && !NOT_NAMES.contains(matcher.group(1)) && !matcher.group(1).startsWith("__")) {
                members.add(new TypeMember(scope.name(), scope.header(), matcher.group(1), text(file, matcher, 2), "", "",
                        text(file, matcher, 3), matcher.start(1), false));
            }
        }
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

    /** The uncommented text of a group, strings readable, whitespace collapsed; "" when the group did not match. */
    static String text(CodeFile file, Matcher matcher, int group) {
        if (matcher.group(group) == null) {
            return "";
        }
        return Regexes.replaceAll(file.uncommented().substring(matcher.start(group), matcher.end(group)).strip(), "\\s+", " ");
    }
}
