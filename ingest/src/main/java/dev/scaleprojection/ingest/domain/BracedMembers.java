package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top level of one braced type body into members: statements end at ';' (and, in Kotlin, Go, Scala and
 * scripts, at line ends that do not continue); a '{' after '=' or {@code by} opens an initializer, any other '{' a block
 * that is skipped, except C# property accessors, decorated getters of scripts, and Kotlin companion objects, whose
 * members count as static.
 */
final class BracedMembers {

    private static final String JAVA_MODIFIERS = "(?:(?:public|protected|private|static|final|transient|volatile)\\s+)*";
    private static final String CSHARP_MODIFIERS = "(?:(?:public|protected|private|internal|static|readonly|const|virtual"
            + "|override|required|new|volatile|abstract|sealed|unsafe|extern)\\s+)*";
    private static final Pattern JAVA_FIELD = Pattern.compile(
            "\\s*(" + JAVA_MODIFIERS + ")(" + TypeMembers.TYPE
                    + ")\\s+([A-Za-z_$][\\w$]*)\\s*(?:\\[\\s*]\\s*)*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern CSHARP_MEMBER = Pattern.compile(
            "\\s*(" + CSHARP_MODIFIERS + ")(" + TypeMembers.TYPE + ")\\s+([A-Za-z_]\\w*)\\s*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern SCRIPT_FIELD = Pattern.compile("\\s*((?:(?:public|private|protected|readonly|static|declare"
            + "|override|abstract|accessor)\\s+)*)(#?[A-Za-z_$][\\w$]*)\\s*[?!]?\\s*(?::\\s*([^=]+?))?\\s*(?:=(.*))?",
            Pattern.DOTALL);
    private static final Pattern SCRIPT_ACCESSOR = Pattern.compile("\\s*((?:(?:public|protected|private|override)\\s+)*)get\\s+"
            + "(#?[A-Za-z_$][\\w$]*)\\s*\\(\\s*\\)\\s*(?::\\s*(.+?))?\\s*", Pattern.DOTALL);
    private static final Pattern GO_FIELD = Pattern.compile(
            "\\s*([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)\\s+([^\\s`][^`]*?)\\s*(`[^`]*`)?\\s*");
    private static final Pattern GO_EMBEDDED = Pattern.compile("\\s*(\\*?[A-Za-z_][\\w.]*)\\s*(`[^`]*`)?\\s*");
    private static final Pattern COMPANION = Pattern.compile("\\s*companion\\s+object(\\s+\\w+)?\\s*(:.*)?", Pattern.DOTALL);


    private final CodeFile file;
    private final Declarations.Scope scope;
    private final String extraModifiers;
    private String pendingAnnotations = "";

    BracedMembers(CodeFile file, Declarations.Scope scope, String extraModifiers) {
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
                int end = TypeMembers.matching(code, i);
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
        String stripped = topLevel(before).strip();
        // Each alternative holds '=' or "by": most headers before a brace hold neither.
        boolean mayMatch = stripped.indexOf('=') >= 0 || stripped.contains("by");
        return mayMatch && Regexes.matches(stripped, "(?s).*[^=!<>]=(?![=>]).*|(?s).*\\bby\\b.*|(?s).*=") || stripped.endsWith("(")
                || stripped.endsWith(",");
    }

    /** C#: the text without its {@code [Attribute(…)]} sections. */
    private static String withoutAttributes(String text) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    /** The text outside parentheses and brackets: annotation arguments such as {@code ErrorMessage = "…"} do not count. */
    private static String topLevel(String text) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    private void block(int start, int open, int close, List<TypeMember> members) {
        String header = file.code().substring(start, open);
        if (file.language() == Language.KOTLIN && COMPANION.matcher(header).matches()) {
            new BracedMembers(file, scope, "companion").read(open, close, members);
        } else if (file.language() == Language.CSHARP && !withoutAttributes(header).contains("(") && !header.contains("=>")) {
            statement(start, open, members);
        } else if (file.language() == Language.TYPESCRIPT || file.language() == Language.JAVASCRIPT) {
            decoratedAccessor(start, open, members);
        }
        pendingAnnotations = "";
    }

    /**
     * A decorated getter is a member of its own: sequelize-typescript maps {@code @Column(DataType.STRING) get
     * lastActiveIp(): string | null { … }} to a column (outline's User). An undecorated getter computes a value.
     */
    private void decoratedAccessor(int start, int open, List<TypeMember> members) {
        Statement statement = Statement.of(file, start, open);
        String annotations = (pendingAnnotations + " " + statement.annotations()).strip();
        Matcher accessor = SCRIPT_ACCESSOR.matcher(file.code()).region(statement.declarationStart(), open);
        if (!annotations.isEmpty() && accessor.matches()) {
            members.add(new TypeMember(scope.name(), scope.header(), accessor.group(2), TypeMembers.text(file, accessor, 3),
                    annotations, modifiers(accessor.group(1)), "", accessor.start(2), false));
        }
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
            case KOTLIN -> TypeMembers.KOTLIN_PROPERTY;
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
                    || TypeMembers.NOT_NAMES.contains(matcher.group(2)) ? Optional.empty()
                    : Optional.of(member(matcher, 2, 3, 4, modifiers(matcher.group(1)), annotations));
            case GO -> Optional.of(member(matcher, 1, 2, 0, extraModifiers,
                    (annotations + " " + TypeMembers.text(file, matcher, 3)).strip()));
            default -> TypeMembers.NOT_NAMES.contains(matcher.group(3))
                    || TypeMembers.NOT_NAMES.contains(matcher.group(2)) ? Optional.empty()
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
                (annotations + " " + TypeMembers.text(file, matcher, 2)).strip(), "embedded", "", matcher.start(1), false));
    }

    private TypeMember member(Matcher matcher, int name, int type, int initializer, String modifiers, String annotations) {
        String memberName = matcher.group(name);
        if (file.language() == Language.GO && memberName.contains(",")) {
            memberName = memberName.substring(0, memberName.indexOf(',')).strip();
        }
        return new TypeMember(scope.name(), scope.header(), memberName, TypeMembers.text(file, matcher, type),
                annotations, modifiers,
                initializer == 0 ? "" : TypeMembers.text(file, matcher, initializer), matcher.start(name), false);
    }

    private String modifiers(String written) {
        return Regexes.replaceAll((extraModifiers + " " + (written == null ? "" : written)).strip(), "\\s+", " ");
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

    /**
     * One member statement: its leading annotations ({@code @Column(…)}, C# {@code [Key]}) and where the declaration
     * starts.
     */
    record Statement(String annotations, int declarationStart, int end) {

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
                        i = Math.min(end, TypeMembers.matching(code, j) + 1);
                    }
                } else if (i < end && code.charAt(i) == '[' && file.language() == Language.CSHARP) {
                    i = Math.min(end, TypeMembers.matching(code, i) + 1);
                } else if (i < end && code.charAt(i) == '#' && file.language() == Language.CSHARP) {
                    // A preprocessor directive (#pragma, #region, #if) is a line of its own before the member.
                    int lineEnd = code.indexOf('\n', i);
                    i = lineEnd < 0 || lineEnd > end ? end : lineEnd;
                    continue;
                } else {
                    break;
                }
                annotations.append(file.uncommented(), from, i).append(' ');
            }
            return new Statement(Regexes.replaceAll(annotations.toString().strip(), "\\s+", " "), i, end);
        }
    }
}
