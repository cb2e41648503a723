package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the member a declaration-level literal initialises, from blanked code: the target of the statement's first
 * top-level assignment ({@code static final String DB_URL =}, {@code val url: String =}, {@code dsn :=}), the field or
 * method an annotation decorates ({@code @Value("…") private String url;}), or a constructor parameter with a default.
 */
final class MemberNames {

    private static final Pattern TYPED_NAME = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*:\\s*[\\w.<>\\[\\]?, |]+$");
    private static final Pattern LAST_NAME = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$");
    private static final Pattern PARAMETER_DEFAULT = Pattern.compile(
            "(?:^|[,(])\\s*(?:(?:val|var|private|public|protected|internal|override|readonly)\\s+)*([A-Za-z_$][\\w$]*)"
                    + "\\s*(?::\\s*[^=,()]+)?=\\s*$");

    private MemberNames() {
    }

    /** The target of the first top-level assignment in {@code statement} (the code before the literal). */
    static Optional<String> assigned(String statement) {
        int equals = topLevelAssignment(statement);
        if (equals < 0) {
            return Optional.empty();
        }
        String target = Regexes.replaceAll(statement.substring(0, equals).strip(), ":$", "");
        // a trailing block, as C#'s { get; set; } before a property's initializer, is cut off; most targets hold no '}'
        target = (target.indexOf('}') >= 0 ? Regexes.replaceAll(target, "\\{[^{}]*}\\s*$", "") : target).strip();
        Matcher annotated = TYPED_NAME.matcher(target);
        if (annotated.find()) {
            return Optional.of(annotated.group(1));
        }
        Matcher last = LAST_NAME.matcher(target);
        return last.find() ? Optional.of(last.group(1)) : Optional.empty();
    }

    /** The declaration after the annotation whose argument list opens at {@code paren}: a field, or a method before its '('. */
    static Optional<String> annotated(String code, int paren) {
        int depth = 0;
        int i = paren;
        for (; i < code.length(); i++) {
            if (code.charAt(i) == '(') {
                depth++;
            } else if (code.charAt(i) == ')' && --depth == 0) {
                break;
            }
        }
        int stop = i + 1;
        while (stop < code.length() && stop < i + 400 && ";={(".indexOf(code.charAt(stop)) < 0) {
            stop++;
        }
        String declaration = Regexes.replaceAll(code.substring(Math.min(i + 1, code.length()), Math.min(stop, code.length())),
                "@[\\w.]+(\\([^)]*\\))?", " ").strip();
        Matcher last = LAST_NAME.matcher(declaration);
        return last.find() ? Optional.of(last.group(1)) : Optional.empty();
    }

    /** {@code val url: String = } in the arguments of a primary constructor. */
    static Optional<String> parameter(String arguments) {
        Matcher parameter = PARAMETER_DEFAULT.matcher(arguments);
        return parameter.find() ? Optional.of(parameter.group(1)) : Optional.empty();
    }

    private static int topLevelAssignment(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            } else if (c == '=' && depth == 0) {
                char before = i > 0 ? code.charAt(i - 1) : ' ';
                char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
                if ("=!<>".indexOf(before) < 0 && after != '=' && after != '>') {
                    return i;
                }
            }
        }
        return -1;
    }
}
