package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A default that an {@code if} around or below it sets aside ({@link Fallbacks}): the literal a later line replaces
 * with what the environment, the configuration or a command-line flag gives, and the literal in the branch taken
 * when the environment variable an {@code if} reads is unset. Gives back what overrides the literal, if anything.
 */
final class ConditionalDefaults {

    /** A line that tests something before the assignment under it: {@code if …}, {@code } else if …}, {@code elif …}. */
    private static final Pattern CONDITION = Pattern.compile("^\\s*(?:}\\s*)?(?:if|else\\s+if|elif|unless)\\b");
    /** The branch taken when the test above fails: {@code } else {}, {@code else:}. */
    private static final Pattern ELSE = Pattern.compile("^\\s*(?:}\\s*)?else\\s*(?:\\{|:)?\\s*$");
    private static final Pattern RETURN = Pattern.compile("^\\s*return\\b");
    /** A test that holds when the variable is missing ({@code !ok}, {@code == ""}, {@code not …}), not when it is set. */
    private static final Pattern TESTS_ABSENCE = Pattern.compile("!\\s*ok\\b|==\\s*(?:\"\"|nil|null|None|undefined)"
            + "|\\bis\\s+None\\b|\\bnot\\b|!\\s*(?:os\\.|process\\.|System\\.)|\\bIsNullOrEmpty\\b|\\bisEmpty\\b");
    /** The variable an {@code if} binds: Go's {@code if v, ok := …}, Python's {@code if (v := …)}. */
    private static final Pattern BOUND_IN_CONDITION = Pattern.compile("\\bif\\s*\\(?\\s*([A-Za-z_]\\w*)\\s*(?:,\\s*\\w+\\s*)?:=");
    private static final Pattern DEREFERENCED = Pattern.compile("\\s*\\*?([A-Za-z_]\\w*)\\s*");
    /** How far above the literal the {@code else} of a block it sits in may be. */
    private static final int ELSE_LINES = 8;
    /** How long the branch taken when the variable is set may be: bakerydemo's Redis settings take thirty lines. */
    private static final int WHEN_SET_LINES = 40;
    /** {@code if (dbHost?.isNotBlank() == true) {}, {@code if REDIS_URL:}: the test that opens the branch taken when set. */
    private static final Pattern IF = Pattern.compile("^\\s*if\\b");
    /** An {@code else if} or {@code elif}: a chain, whose last branch is taken when every test fails, not when one is unset. */
    private static final Pattern CHAINED = Pattern.compile("^\\s*(?:}\\s*)?(?:else\\s+if|elif)\\b");
    private static final Pattern CLOSING = Pattern.compile("^\\s*[})\\]]+[;,)]*\\s*$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w]*");
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("if", "not", "and", "or", "is", "None", "null", "nil",
            "true", "false", "True", "False", "undefined", "len", "isNotBlank", "isNotEmpty", "isNullOrEmpty", "isBlank", "isEmpty");

    private ConditionalDefaults() {
    }

    /**
     * {@code endpoint := "jaeger:4317"; if *otelAddr != "" { endpoint = *otelAddr }} (go-micro-services), {@code url =
     * "…"; if os.getenv("URL"): url = os.environ["URL"]}: a default that a line below replaces with what the
     * environment, the configuration or a command-line flag gives, in the assignment itself or in the condition above it.
     */
    static Optional<String> replacedLater(CodeContext context, String name) {
        String after = context.linesAfter(Fallbacks.IDIOM_LINES);
        if (!after.contains(name)) {
            return Optional.empty();
        }
        Pattern reassigned = Pattern.compile("(?:^|[\\s;{])(?:(?:self|this)\\.)?" + Pattern.quote(name)
                + "\\s*=(?![=>])\\s*([^;\\n]*)");
        String[] lines = after.split("\n");
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher assignment = reassigned.matcher(lines[i]);
            if (!assignment.find()) {
                continue;
            }
            String condition = i > 0 && CONDITION.matcher(lines[i - 1]).find() ? lines[i - 1] : "";
            String source = assignment.group(1) + "\n" + condition;
            if (Fallbacks.ENVIRONMENT_ACCESS.matcher(source).find()) {
                return Optional.of(Fallbacks.ENVIRONMENT);
            }
            if (Fallbacks.CONFIGURATION_ACCESS.matcher(source).find()) {
                return Optional.of("configuration");
            }
            java.util.regex.Matcher variable = DEREFERENCED.matcher(assignment.group(1));
            if (variable.matches() && flagVariable(context.uncommented(), variable.group(1))) {
                return Optional.of("cli-flag");
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A literal in the branch taken when the environment variable an {@code if} reads is unset: {@code if v, ok :=
     * os.LookupEnv("URL"); ok { url = v } else { url = "…" }}, or returned after the branch that returns it when set:
     * {@code if v, ok := os.LookupEnv("URL"); ok { return v }; return "…"}.
     */
    static Optional<String> whenUnset(CodeContext context) {
        // the prefix is stripped: RETURN's leading spaces are gone
        boolean returned = context.prefix().startsWith("return") && RETURN.matcher(context.prefix()).find();
        if (!returned && context.assignedName().isEmpty()) {
            return Optional.empty();
        }
        String before = context.linesBefore(Fallbacks.IDIOM_LINES);
        if (!before.contains("else") && !before.contains("return")) {
            return Optional.empty();
        }
        String[] lines = before.split("\n");
        int line = lines.length - 1;
        while (line >= 0 && lines[line].isBlank()) {
            line--;
        }
        boolean inElse = line >= 0 && ELSE.matcher(lines[line]).find();
        if (!inElse && !returned) {
            return Optional.empty();
        }
        boolean returnsWhenSet = false;
        StringBuilder whenSet = new StringBuilder();
        for (int i = inElse ? line - 1 : line; i >= 0; i--) {
            if (CONDITION.matcher(lines[i]).find()) {
                return (inElse || returnsWhenSet) && Fallbacks.readsEnvironment(lines[i])
                        && !TESTS_ABSENCE.matcher(lines[i]).find() && givesTheValue(whenSet.toString(), lines[i]) ? Optional.of(Fallbacks.ENVIRONMENT) : Optional.empty();
            }
            // a literal in the branch taken when the variable is set: the variable chooses, it does not give the value
            boolean quotes = lines[i].indexOf('"') >= 0 || lines[i].indexOf('\'') >= 0 || lines[i].indexOf('`') >= 0;
            if (quotes && !Fallbacks.readsEnvironment(lines[i])) {
                return Optional.empty();
            }
            returnsWhenSet |= RETURN.matcher(lines[i]).find();
            whenSet.append(lines[i]).append('\n');
        }
        return Optional.empty();
    }

    /** Whether the branch taken when the variable is set uses its value: read again, or bound by the test ({@code v, ok :=}). */
    private static boolean givesTheValue(String branch, String condition) {
        if (Fallbacks.readsEnvironment(branch)) {
            return true;
        }
        java.util.regex.Matcher bound = BOUND_IN_CONDITION.matcher(condition);
        return bound.find() && Pattern.compile("\\b" + bound.group(1) + "\\b").matcher(branch).find();
    }

    /** {@code otelAddr = flag.String(…)}, {@code flag.StringVar(&otelAddr, …)}: a variable a command-line flag sets. */
    private static boolean flagVariable(String code, String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("\\b" + quoted + "\\s*:?=\\s*(?:flag|pflag|kingpin)\\.\\w+\\s*\\(|(?:flag|pflag)\\.\\w+Var\\s*\\(\\s*&"
                + quoted + "\\b").matcher(code).find();
    }

    /**
     * A literal anywhere in the {@code else} branch of an {@code if} that tests a variable read from the environment or
     * the configuration a few lines above it, where the branch taken when it is set uses its value: kotlinconf's
     * {@code val dbHost = dbConfig.getOrNull("host"); if (dbHost?.isNotBlank() == true) { jdbcUrl =
     * "jdbc:postgresql://$dbHost/…" } else { log.info(…); jdbcUrl = "jdbc:h2:file:…" }}, bakerydemo's {@code if REDIS_URL:
     * … "LOCATION": REDIS_URL + "/0" … else: CACHES = {… LocMemCache …}}. Not when the test holds on absence, nor when the
     * variable only chooses between literals ({@code if DEBUG: … else: …}), nor in the last branch of a chain.
     */
    static Optional<String> inElseOfTest(CodeContext context) {
        if (!context.linesBeforeHold(ELSE_LINES, "else")) {
            return Optional.empty();
        }
        List<String> lines = nonBlank(context.linesBefore(ELSE_LINES + WHEN_SET_LINES + Fallbacks.READ_LINES));
        int elseLine = enclosingElse(lines);
        if (elseLine < 0) {
            return Optional.empty();
        }
        int indent = indentation(lines.get(elseLine));
        StringBuilder whenSet = new StringBuilder();
        for (int i = elseLine - 1; i >= 0 && i >= elseLine - WHEN_SET_LINES; i--) {
            String line = lines.get(i);
            int at = indentation(line);
            if (at > indent || at == indent && CLOSING.matcher(line).matches()) {
                whenSet.append(line).append('\n');
                continue;
            }
            if (at < indent || CHAINED.matcher(line).find() || !IF.matcher(line).find() || TESTS_ABSENCE.matcher(line).find()) {
                return Optional.empty();
            }
            return testedValue(line, whenSet.toString(), lines.subList(Math.max(0, i - Fallbacks.READ_LINES), i));
        }
        return Optional.empty();
    }

    /** The index of the {@code else} line the last line is inside of, within {@code ELSE_LINES}; -1 if none. */
    private static int enclosingElse(List<String> lines) {
        int below = Integer.MAX_VALUE;
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - ELSE_LINES; i--) {
            String line = lines.get(i);
            int at = indentation(line);
            boolean outer = i == lines.size() - 1 || at < below;
            if (outer && ELSE.matcher(line).find()) {
                return i;
            }
            if (outer && (CONDITION.matcher(line).find() || RETURN.matcher(line).find())) {
                return -1;
            }
            below = Math.min(below, at);
        }
        return -1;
    }

    /**
     * What overrides the literal when the test reads the environment or configuration and the branch it guards uses the
     * value, directly ({@code if v, ok := os.LookupEnv(…)}) or by a name the lines above assigned from there.
     */
    private static Optional<String> testedValue(String condition, String whenSet, List<String> above) {
        if (Fallbacks.readsEnvironment(condition) || Fallbacks.CONFIGURATION_ACCESS.matcher(condition).find()) {
            boolean uses = Fallbacks.readsEnvironment(whenSet) || Fallbacks.CONFIGURATION_ACCESS.matcher(whenSet).find()
                    || givesTheValue(whenSet, condition);
            return !uses ? Optional.empty()
                    : Optional.of(Fallbacks.readsEnvironment(condition) ? Fallbacks.ENVIRONMENT : "configuration");
        }
        java.util.regex.Matcher name = NAME.matcher(condition.substring(condition.indexOf("if") + 2));
        while (name.find()) {
            String tested = name.group();
            if (KEYWORDS.contains(tested) || !Pattern.compile("\\b" + tested + "\\b").matcher(whenSet).find()) {
                continue;
            }
            Pattern assigned = Pattern.compile("\\b" + tested + "\\s*(?::\\s*[\\w.?<>\\[\\]]+\\s*)?:?=(?![=>])");
            for (String line : above) {
                if (assigned.matcher(line).find()) {
                    if (Fallbacks.readsEnvironment(line)) {
                        return Optional.of(Fallbacks.ENVIRONMENT);
                    }
                    if (Fallbacks.CONFIGURATION_ACCESS.matcher(line).find()) {
                        return Optional.of("configuration");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> nonBlank(String text) {
        return java.util.Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static int indentation(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
