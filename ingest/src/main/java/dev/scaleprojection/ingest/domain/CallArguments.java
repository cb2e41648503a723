package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a call in lexed source, split at top-level commas of the blanked code (so commas and brackets inside
 * strings and comments do not count) and read from the comment-free text: {@code DAG("orders", schedule="@daily")}
 * gives a positional {@code "orders"} and {@code schedule} = {@code "@daily"}.
 */
final class CallArguments {

    record Argument(Optional<String> name, String value) {

        /** The value without the quotes of a plain string literal, whitespace collapsed. */
        String text() {
            String v = Regexes.replaceAll(value.strip(), "\\s+", " ");
            Matcher literal = STRING.matcher(v);
            return literal.matches() ? literal.group(2) : v;
        }
    }

    private static final Pattern STRING = Pattern.compile("[rbfuRBFU]{0,2}(['\"])(.*)\\1");
    private static final Pattern KEYWORD = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(?!=)(.*)", Pattern.DOTALL);
    private static final int MAX_LENGTH = 20_000;

    private CallArguments() {
    }

    /** The offset just past the bracket matching the one at {@code open}, or -1 when it is not closed. */
    static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length() && i - open < MAX_LENGTH; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    static List<Argument> of(LexedSource source, int open) {
        int close = closing(source.code(), open);
        if (close < 0) {
            return List.of();
        }
        List<Argument> arguments = new ArrayList<>();
        String code = source.code();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close - 1; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(source, start, i, arguments);
                start = i + 1;
            }
        }
        add(source, start, close - 1, arguments);
        return arguments;
    }

    static Optional<String> named(List<Argument> arguments, String... names) {
        for (String name : names) {
            for (Argument argument : arguments) {
                if (argument.name().filter(name::equals).isPresent()) {
                    return Optional.of(argument.text());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> positional(List<Argument> arguments, int index) {
        List<Argument> positional = arguments.stream().filter(argument -> argument.name().isEmpty()).toList();
        return index < positional.size() ? Optional.of(positional.get(index).text()) : Optional.empty();
    }

    private static void add(LexedSource source, int from, int to, List<Argument> arguments) {
        String text = source.uncommented().substring(from, to);
        if (text.isBlank()) {
            return;
        }
        Matcher keyword = KEYWORD.matcher(source.code().substring(from, to));
        if (keyword.matches()) {
            int valueStart = from + keyword.start(2);
            arguments.add(new Argument(Optional.of(keyword.group(1)), source.uncommented().substring(valueStart, to)));
        } else {
            arguments.add(new Argument(Optional.empty(), text));
        }
    }
}
