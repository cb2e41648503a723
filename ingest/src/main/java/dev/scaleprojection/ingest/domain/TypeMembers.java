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

    private static final String JAVA_MODIFIERS = "(?:(?:public|protected|private|static|final|transient|volatile)\\s+)*";
    private static final String CSHARP_MODIFIERS = "(?:(?:public|protected|private|internal|static|readonly|const|virtual"
            + "|override|required|new|volatile|abstract|sealed|unsafe|extern)\\s+)*";
    private static final String TYPE = "[\\w$.]+(?:\\s*<[^=;{}()]*>)?\\??(?:\\s*\\[\\s*,*\\s*])*\\??";
    private static final Pattern JAVA_FIELD = Pattern.compile(
            "\\s*(" + JAVA_MODIFIERS + ")(" + TYPE + ")\\s+([A-Za-z_$][\\w$]*)\\s*(?:\\[\\s*]\\s*)*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern CSHARP_MEMBER = Pattern.compile(
            "\\s*(" + CSHARP_MODIFIERS + ")(" + TYPE + ")\\s+([A-Za-z_]\\w*)\\s*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern KOTLIN_PROPERTY = Pattern.compile("\\s*((?:(?:private|public|protected|internal|override"
            + "|open|final|abstract|lateinit|const|inline|external)\\s+)*(?:val|var))\\s+([A-Za-z_]\\w*)\\s*"
            + "(?::\\s*([^=]+?))?\\s*(?:(?:=|\\bby\\b)(.*))?", Pattern.DOTALL);
    private static final Pattern SCRIPT_FIELD = Pattern.compile("\\s*((?:(?:public|private|protected|readonly|static|declare"
            + "|override|abstract|accessor)\\s+)*)(#?[A-Za-z_$][\\w$]*)\\s*[?!]?\\s*(?::\\s*([^=]+?))?\\s*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern GO_FIELD = Pattern.compile(
            "\\s*([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)\\s+([^\\s`][^`]*?)\\s*(`[^`]*`)?\\s*");
    private static final Pattern GO_EMBEDDED = Pattern.compile("\\s*(\\*?[A-Za-z_][\\w.]*)\\s*(`[^`]*`)?\\s*");
    private static final Pattern PYTHON_ATTRIBUTE = Pattern.compile(
            "\\s*([A-Za-z_]\\w*)\\s*(?::\\s*([^=]+?))?\\s*(?:=(?!=)(.*))?", Pattern.DOTALL);
    private static final Pattern JAVA_PARAMETER = Pattern.compile(
            "\\s*((?:final\\s+)?)(" + TYPE + ")\\s+([A-Za-z_$][\\w$]*)\\s*", Pattern.DOTALL);
    private static final Pattern COMPANION = Pattern.compile("\\s*companion\\s+object(\\s+\\w+)?\\s*(:.*)?", Pattern.DOTALL);
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("return", "throw", "class", "interface", "enum",
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
                    new BodyReader(file, scope, "").read(open, scope.end() - 1, members);
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
                Statement statement = Statement.of(file, start, i);
                parameter(file, scope, statement).ifPresent(members::add);
                start = i + 1;
                if (depth < 0) {
                    break;
                }
            }
        }
    }

    private static Optional<TypeMember> parameter(CodeFile file, Declarations.Scope scope, Statement statement) {
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
        int headerLine = source.lineAt(scope.start());
        int lastLine = source.lineAt(Math.max(scope.start(), scope.end() - 1));
        List<Declarations.Scope> nested = file.scopes().stream()
                .filter(s -> s != scope && s.start() > scope.start() && s.end() <= scope.end()).toList();
        int depth = 0;
        for (int line = headerLine + 1; line <= lastLine; line++) {
            int start = source.lineStart(line);
            int lineDepth = depth;
            depth = Math.max(0, depth + brackets(source.codeLine(line)));
            if (lineDepth > 0 || nested.stream().anyMatch(s -> s.contains(start))) {
                continue;
            }
            int end = start;
            int last = line;
            while (depth > 0 && last < lastLine) {
                last++;
                depth = Math.max(0, depth + brackets(source.codeLine(last)));
            }
            end = source.lineStart(last) + source.codeLine(last).length();
            line = last;
            Matcher matcher = PYTHON_ATTRIBUTE.matcher(file.code()).region(start, end);
            if (matcher.matches() && (matcher.group(2) != null || matcher.group(3) != null)
                    && !NOT_NAMES.contains(matcher.group(1)) && !matcher.group(1).startsWith("__")) {
                members.add(new TypeMember(scope.name(), scope.header(), matcher.group(1), text(file, matcher, 2), "", "",
                        text(file, matcher, 3), matcher.start(1), false));
            }
        }
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

    /** The uncommented text of a group, strings readable, whitespace collapsed; "" when the group did not match. */
    static String text(CodeFile file, Matcher matcher, int group) {
        if (matcher.group(group) == null) {
            return "";
        }
        return file.uncommented().substring(matcher.start(group), matcher.end(group)).strip().replaceAll("\\s+", " ");
    }

    /** Reads the top level of one braced body into members. */
    private static final class BodyReader {

        private final CodeFile file;
        private final Declarations.Scope scope;
        private final String extraModifiers;
        private String pendingAnnotations = "";

        BodyReader(CodeFile file, Declarations.Scope scope, String extraModifiers) {
            this.file = file;
            this.scope = scope;
            this.extraModifiers = extraModifiers;
        }

        void read(int open, int close, List<TypeMember> members) {
            String code = file.code();
            Language language = file.language();
            boolean newlineEnds = language == Language.KOTLIN || language == Language.SCALA || language == Language.GO
                    || language == Language.TYPESCRIPT || language == Language.JAVASCRIPT;
            int start = open + 1;
            int depth = 0;
            for (int i = open + 1; i < close; i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '{' && depth == 0) {
                    int end = matching(code, i);
                    if (!initializes(code.substring(start, i))) {
                        block(start, i, end, members);
                        start = end + 1;
                    }
                    i = end;
                } else if (depth == 0 && (c == ';' || c == '\n' && newlineEnds && !continues(code, i))) {
                    statement(start, i, members);
                    start = i + 1;
                }
            }
            statement(start, close, members);
        }

        /** A '{' after '=' or {@code by} opens an initializer, not a block: {@code = new X() {…}}, {@code by lazy {…}}. */
        private static boolean initializes(String before) {
            String stripped = before.strip();
            return stripped.matches("(?s).*[^=!<>]=(?![=>]).*|(?s).*\\bby\\b.*|(?s).*=") || stripped.endsWith("(")
                    || stripped.endsWith(",");
        }

        private void block(int start, int open, int close, List<TypeMember> members) {
            String header = file.code().substring(start, open);
            if (file.language() == Language.KOTLIN && COMPANION.matcher(header).matches()) {
                new BodyReader(file, scope, "companion").read(open, close, members);
            } else if (file.language() == Language.CSHARP && !header.contains("(") && !header.contains("=>")) {
                statement(start, open, members);
            }
            pendingAnnotations = "";
        }

        private void statement(int start, int end, List<TypeMember> members) {
            if (end <= start) {
                return;
            }
            Statement statement = Statement.of(file, start, end);
            if (statement.declarationStart() >= end || file.code().substring(statement.declarationStart(), end).isBlank()) {
                pendingAnnotations = (pendingAnnotations + " " + statement.annotations()).strip();
                return;
            }
            String annotations = (pendingAnnotations + " " + statement.annotations()).strip();
            pendingAnnotations = "";
            member(statement.declarationStart(), end, annotations).ifPresent(member -> {
                members.add(member);
                goSiblings(member, statement.declarationStart(), end, members);
            });
        }

        private Optional<TypeMember> member(int start, int end, String annotations) {
            String code = file.code();
            Language language = file.language();
            Pattern pattern = switch (language) {
                case JAVA, SCALA -> JAVA_FIELD;
                case CSHARP -> CSHARP_MEMBER;
                case KOTLIN -> KOTLIN_PROPERTY;
                case TYPESCRIPT, JAVASCRIPT -> SCRIPT_FIELD;
                case GO -> GO_FIELD;
                default -> null;
            };
            if (pattern == null || language == Language.CSHARP && code.substring(start, end).contains("=>")) {
                return Optional.empty();
            }
            Matcher matcher = pattern.matcher(code).region(start, end);
            if (!matcher.matches()) {
                return language == Language.GO ? embedded(start, end, annotations) : Optional.empty();
            }
            return switch (language) {
                case KOTLIN -> Optional.of(member(matcher, 2, 3, 4, modifiers(matcher.group(1)), annotations));
                case TYPESCRIPT, JAVASCRIPT -> matcher.group(3) == null && matcher.group(4) == null
                        || NOT_NAMES.contains(matcher.group(2)) ? Optional.empty()
                        : Optional.of(member(matcher, 2, 3, 4, modifiers(matcher.group(1)), annotations));
                case GO -> Optional.of(member(matcher, 1, 2, 0, extraModifiers,
                        (annotations + " " + text(file, matcher, 3)).strip()));
                default -> NOT_NAMES.contains(matcher.group(3)) || NOT_NAMES.contains(matcher.group(2)) ? Optional.empty()
                        : Optional.of(member(matcher, 3, 2, 4, modifiers(matcher.group(1)), annotations));
            };
        }

        /** Go declares several fields of one type in one line: {@code FirstName, LastName string}. */
        private void goSiblings(TypeMember first, int start, int end, List<TypeMember> members) {
            if (file.language() != Language.GO) {
                return;
            }
            Matcher names = Pattern.compile("\\G\\s*,\\s*([A-Za-z_]\\w*)").matcher(file.code())
                    .region(first.offset() + first.name().length(), end);
            while (names.find()) {
                members.add(new TypeMember(first.holder(), first.holderHeader(), names.group(1), first.type(),
                        first.annotations(), first.modifiers(), "", names.start(1), false));
            }
        }

        /** Go: an embedded type such as {@code gorm.Model} is a member named after it. */
        private Optional<TypeMember> embedded(int start, int end, String annotations) {
            Matcher matcher = GO_EMBEDDED.matcher(file.code()).region(start, end);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String type = matcher.group(1).replace("*", "");
            return Optional.of(new TypeMember(scope.name(), scope.header(), type.substring(type.lastIndexOf('.') + 1), type,
                    (annotations + " " + text(file, matcher, 2)).strip(), "embedded", "", matcher.start(1), false));
        }

        private TypeMember member(Matcher matcher, int name, int type, int initializer, String modifiers, String annotations) {
            String memberName = matcher.group(name);
            if (file.language() == Language.GO && memberName.contains(",")) {
                memberName = memberName.substring(0, memberName.indexOf(',')).strip();
            }
            return new TypeMember(scope.name(), scope.header(), memberName, text(file, matcher, type), annotations, modifiers,
                    initializer == 0 ? "" : text(file, matcher, initializer), matcher.start(name), false);
        }

        private String modifiers(String written) {
            return (extraModifiers + " " + (written == null ? "" : written)).strip().replaceAll("\\s+", " ");
        }

        private static boolean continues(String code, int newline) {
            int i = newline - 1;
            while (i >= 0 && (code.charAt(i) == ' ' || code.charAt(i) == '\t' || code.charAt(i) == '\r')) {
                i--;
            }
            if (i >= 0 && ",=(.:?<|&+-*/".indexOf(code.charAt(i)) >= 0) {
                return true;
            }
            int j = newline + 1;
            while (j < code.length() && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
                j++;
            }
            return j < code.length() && (code.charAt(j) == '.' || code.charAt(j) == '?' || code.charAt(j) == '=');
        }
    }

    /** One member statement: its leading annotations ({@code @Column(…)}, C# {@code [Key]}) and where the declaration starts. */
    private record Statement(String annotations, int declarationStart, int end) {

        static Statement of(CodeFile file, int start, int end) {
            String code = file.code();
            int i = start;
            StringBuilder annotations = new StringBuilder();
            while (true) {
                while (i < end && Character.isWhitespace(code.charAt(i))) {
                    i++;
                }
                int from = i;
                if (i < end && code.charAt(i) == '@') {
                    i++;
                    while (i < end && (Character.isLetterOrDigit(code.charAt(i)) || ".:_$".indexOf(code.charAt(i)) >= 0)) {
                        i++;
                    }
                    int j = i;
                    while (j < end && Character.isWhitespace(code.charAt(j))) {
                        j++;
                    }
                    if (j < end && code.charAt(j) == '(') {
                        i = Math.min(end, matching(code, j) + 1);
                    }
                } else if (i < end && code.charAt(i) == '[' && file.language() == Language.CSHARP) {
                    i = Math.min(end, matching(code, i) + 1);
                } else {
                    break;
                }
                annotations.append(file.uncommented(), from, i).append(' ');
            }
            return new Statement(annotations.toString().strip().replaceAll("\\s+", " "), i, end);
        }
    }
}
