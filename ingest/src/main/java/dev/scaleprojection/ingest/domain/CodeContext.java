package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code around one string literal: the statement before it, the innermost call it is an argument of, and the
 * member it initialises. From these come the judgements a reader makes at a glance: is this literal documentation, a
 * log message or a comparison; is it the fallback of an environment variable; is a host or a bind address expected.
 */
final class CodeContext {

    private static final Pattern SEARCH_CALL = Pattern.compile(
            "\\s*\\??\\.\\s*(includes|indexOf|contains|some|find|has)\\s*\\(");

    private static final int MAX_LOOK_BACK = 1500;
    private static final Pattern ASSIGNED_NAME = Pattern.compile("(?:(?:self|this)\\.)?([A-Za-z_$][\\w$]*)\\s*:?=\\s*$");

    private final LexedSource source;
    private final Language language;
    private final StringLiteral literal;
    private final int statementStart;
    private final String prefix;
    private final String callee;
    private final int calleeParen;
    // each computed on first use, once: the detectors ask for them several times per literal
    private String argumentExpression;
    private String calleeExpression;
    private String argumentsBefore;

    private CodeContext(LexedSource source, Language language, StringLiteral literal, int statementStart, int calleeParen) {
        this.source = source;
        this.language = language;
        this.literal = literal;
        this.statementStart = statementStart;
        this.prefix = Regexes.replaceAll(source.uncommented().substring(statementStart, literal.startOffset()).strip(), "\\s+", " ");
        this.calleeParen = calleeParen;
        this.callee = calleeParen < 0 ? "" : Callees.before(source.code(), calleeParen, language);
    }

    static CodeContext of(LexedSource source, Language language, StringLiteral literal) {
        String code = source.code();
        boolean semicolons = language == Language.JAVA || language == Language.CSHARP;
        int depth = 0;
        int calleeParen = -1;
        int limit = Math.max(0, literal.startOffset() - MAX_LOOK_BACK);
        int j = literal.startOffset() - 1;
        for (; j >= limit; j--) {
            char c = code.charAt(j);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '}') {
                if (depth == 0 && StatementBoundaries.startsLine(code, j)) {
                    break;
                }
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth > 0) {
                    depth--;
                } else if (c == '(' && calleeParen < 0) {
                    calleeParen = j;
                }
            } else if (c == '{') {
                if (depth > 0) {
                    depth--;
                } else if (StatementBoundaries.opensBlock(code, j)) {
                    break;
                }
            } else if (c == ';' && depth == 0) {
                break;
            } else if (c == '\n' && depth == 0 && !semicolons && !StatementBoundaries.continues(code, j, language)) {
                break;
            }
        }
        return new CodeContext(source, language, literal, Math.max(j + 1, limit), calleeParen);
    }

    /** The statement before the literal, comments removed, string contents visible, whitespace collapsed. */
    String prefix() {
        return prefix;
    }

    /** The innermost call the literal is an argument of, such as {@code System.getProperty} or {@code @Value}. */
    String callee() {
        return callee;
    }

    String calleeName() {
        String name = callee.substring(callee.lastIndexOf('.') + 1);
        return name.startsWith("@") ? name.substring(1) : name;
    }

    boolean inAnnotation() {
        return callee.startsWith("@");
    }

    /** True when the literal is the first argument of its call. */
    boolean isFirstArgument() {
        return calleeParen >= 0 && source.code().substring(calleeParen + 1, literal.startOffset()).isBlank();
    }

    /** A string standing alone as a statement: a Python docstring or a string used as a comment. */
    boolean isBareExpression() {
        if (!language.isHashCommented() || !prefix.isEmpty()) {
            return false;
        }
        String code = source.code();
        int end = code.indexOf('\n', literal.endOffset());
        String rest = code.substring(Math.min(literal.endOffset(), code.length()), end < 0 ? code.length() : end);
        return rest.isBlank() || rest.strip().equals(";");
    }

    /**
     * The expression the literal ends, back to the nearest ',', '(', '[', '{' or statement start at its own depth:
     * {@code process.env.DB_URL ||} in {@code f(a, process.env.DB_URL || "…")}. Comments removed, strings visible.
     */
    String argumentExpression() {
        if (argumentExpression == null) {
            argumentExpression = expressionBefore(literal.startOffset());
        }
        return argumentExpression;
    }

    /**
     * What comes before the literal inside its call: the earlier arguments too, so that {@code "bootstrap.servers"}
     * in {@code props.put("bootstrap.servers", "…")} names what the literal is. Outside a call, the argument expression.
     */
    String argumentsBefore() {
        if (calleeParen < statementStart) {
            return argumentExpression();
        }
        if (argumentsBefore == null) {
            argumentsBefore = Regexes.replaceAll(source.uncommented().substring(calleeParen + 1, literal.startOffset()).strip(),
                    "\\s+", " ");
        }
        return argumentsBefore;
    }

    /** The expression naming the call the literal is an argument of, such as the environment map's {@code getOrDefault}. */
    String calleeExpression() {
        if (calleeExpression == null) {
            calleeExpression = calleeParen < 0 ? "" : expressionBefore(calleeParen);
        }
        return calleeExpression;
    }

    private String expressionBefore(int end) {
        String code = source.code();
        int depth = 0;
        int j = end - 1;
        for (; j >= statementStart; j--) {
            char c = code.charAt(j);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return Regexes.replaceAll(source.uncommented().substring(Math.max(j + 1, statementStart), end).strip(), "\\s+", " ");
    }

    /** The code after the literal up to the end of its statement, comments removed. */
    String suffix() {
        String text = source.uncommented();
        int end = literal.endOffset();
        int limit = Math.min(text.length(), end + 300);
        int stop = end;
        while (stop < limit && text.charAt(stop) != ';' && text.charAt(stop) != '\n') {
            stop++;
        }
        return text.substring(end, stop);
    }

    /**
     * Whether the literal is an element of a list literal that is only searched: {@code ["https://app.example.com",
     * …].includes(env.URL)}.
     */
    boolean inSearchedList() {
        String code = source.code();
        int limit = Math.min(code.length(), literal.endOffset() + 2000);
        int depth = 0;
        for (int i = literal.endOffset(); i < limit; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']' && depth > 0) {
                if (--depth < 0) {
                    return false;
                }
            } else if (c == ']') {
                return SEARCH_CALL.matcher(code).region(i + 1, Math.min(code.length(), i + 40)).lookingAt();
            } else if (c == ';' && depth == 0) {
                return false;
            }
        }
        return false;
    }

    /** The name assigned in {@code name = "…"}, for the if-empty-then-default idiom. */
    Optional<String> assignedName() {
        if (!endsWithEquals()) {
            return Optional.empty();
        }
        Matcher matcher = ASSIGNED_NAME.matcher(source.code().substring(statementStart, literal.startOffset()).strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the statement before the literal ends with '=' as every match of {@code ASSIGNED_NAME} does. */
    private boolean endsWithEquals() {
        String code = source.code();
        int i = literal.startOffset() - 1;
        while (i >= statementStart && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= statementStart && code.charAt(i) == '=';
    }

    /** Up to {@code count} lines before the statement, comments removed. */
    String linesBefore(int count) {
        int firstLine = statementLine();
        StringBuilder lines = new StringBuilder();
        for (int line = Math.max(1, firstLine - count); line < firstLine; line++) {
            lines.append(source.uncommented(), source.lineStart(line), source.lineStart(line + 1)).append('\n');
        }
        return lines.toString();
    }

    /**
     * Whether {@code word}, free of line breaks, stands in {@link #linesBefore}: sought in the uncommented text those
     * lines span, no copy made (the line breaks between them, which no match crosses, are all the copy adds).
     */
    boolean linesBeforeHold(int count, String word) {
        String text = source.uncommented();
        int firstLine = statementLine();
        int last = source.lineStart(firstLine) - word.length();
        char first = word.charAt(0);
        for (int at = source.lineStart(Math.max(1, firstLine - count)); at <= last; at++) {
            if (text.charAt(at) == first && text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** The statement begins at its first character, not at the ';' ending the one before it on the previous line. */
    private int statementLine() {
        String code = source.code();
        int start = statementStart;
        while (start < literal.startOffset() && Character.isWhitespace(code.charAt(start))) {
            start++;
        }
        return source.lineAt(start);
    }

    /** Up to {@code count} lines after the literal's last line, comments removed. */
    String linesAfter(int count) {
        int last = source.lineAt(literal.endOffset());
        StringBuilder lines = new StringBuilder();
        for (int line = last + 1; line <= Math.min(source.lineCount(), last + count); line++) {
            lines.append(source.uncommentedLine(line)).append('\n');
        }
        return lines.toString();
    }

    /** The whole file, comments removed. */
    String uncommented() {
        return source.uncommented();
    }

    /**
     * The member a declaration-level literal initialises: {@code DB_URL} in {@code static final String DB_URL = "…"},
     * {@code url} in {@code @Value("…") private String url;}, {@code database_url} in {@code database_url: str = "…"}.
     */
    Optional<String> memberName() {
        return inAnnotation() ? MemberNames.annotated(source.code(), calleeParen)
                : MemberNames.assigned(source.code().substring(statementStart, literal.startOffset()));
    }

    /** Whether the literal defaults a property of a destructured parameter ({@link ScriptParameterDefaults}). */
    boolean defaultsDestructuredParameter() {
        return ScriptParameterDefaults.isDefault(source.code(), language, literal.startOffset(), literal.endOffset());
    }

    /** The parameter a literal defaults, as in {@code val url: String = "…"} inside a primary constructor. */
    Optional<String> parameterName() {
        return MemberNames.parameter(source.code().substring(Math.max(statementStart, calleeParen + 1), literal.startOffset()));
    }

    /** The argument expression and the call it goes to, lower case: where a technology name nearby is a hint. */
    String lowerContext() {
        return (calleeExpression() + " " + argumentsBefore()).toLowerCase(Locale.ROOT);
    }
}
