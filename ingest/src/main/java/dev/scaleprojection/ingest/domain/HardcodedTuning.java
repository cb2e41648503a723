package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tuning amounts written into code, where a name says what they tune: a declaration, keyword argument, object
 * key or annotation attribute ({@code BATCH_SIZE = 500}, {@code timeout=5}, {@code maxAttempts = 5}), a call named for
 * it ({@code setConnectTimeout(5000)}, {@code newFixedThreadPool(8)}, {@code new ArrayBlockingQueue<>(100)},
 * {@code context.WithTimeout(ctx, 5*time.Second)}), a retry loop bound ({@code attempt < 3}, {@code for attempt in
 * range(3)}), or the default of an environment variable or placeholder named so. Loop counters and array sizes carry
 * no such name and are left alone.
 */
final class HardcodedTuning {

    /** Parts of the names this class looks for; every other identifier is skipped without a second look. */
    private static final String[] STEMS = {"timeout", "time_out", "batch", "chunk", "bulk", "page", "pool", "queue", "retr",
        "attempt", "tries", "worker", "thread", "connection", "conns", "concurrency", "deadline", "records", "fetchsize",
        "fetch_size", "backlog"};
    private static final Pattern NAMED = Pattern.compile(
            "\\G[\"']?\\s*(?::\\s*[\\w.<>?\\[\\]]+\\s*(?==))?(:=|=(?![=>~])|:(?![:=])|=>)\\s*");
    private static final Pattern COMPARISON = Pattern.compile("\\G\\s*(<=|<|>=|>)\\s*(\\d+)(?![\\w.])");
    private static final Pattern REVERSED_COMPARISON = Pattern.compile("(?<![\\w.])(\\d+)\\s*(<=|<|>=|>)\\s*$");
    private static final Pattern RANGE_LOOP = Pattern.compile("\\G\\s+in\\s+range\\(\\s*(?:\\d+\\s*,\\s*)?(\\d+)\\s*\\)");
    private static final Pattern ENV_OR = Pattern.compile("\\G\\s*(?:\\|\\||\\?\\?|\\bor\\b)\\s*");
    private static final Pattern ENV_BEFORE = Pattern.compile("(?:process\\.env|import\\.meta\\.env|os\\.environ)\\.$");
    private static final Pattern GENERIC_METHOD = Pattern.compile("\\G\\s*\\.\\s*(of|create|builder|ofSize|with)\\s*\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([\\w.\\-\\[\\]]+):(-?\\d[\\d_.]*\\w*)}");
    private static final Pattern KEYWORD_ARGUMENT = Pattern.compile(
            "\\s*[\"']?([A-Za-z_$][\\w$]*)[\"']?\\s*(?:=(?![=>])|:(?!:))\\s*");
    private static final Pattern GENERIC_SIZE = Pattern.compile(
            "(?i)max_?size|size|capacity|limit|total|max|maxlen|max_?workers|workers|processes");
    /** A retry loop counts attempts, and says nothing else: {@code failedLoginAttempts} is a lockout rule, not a retry. */
    private static final Set<String> RETRY_LOOP_WORDS = Set.of("retry", "retries", "attempt", "attempts", "tries", "try",
            "count", "number", "num", "n", "no", "current", "cur", "i");
    private static final Set<String> CONTROL = Set.of("for", "if", "while", "switch", "catch", "foreach", "using", "when",
            "return", "synchronized", "lock");
    private static final Set<String> TIMERS = Set.of("setTimeout", "setInterval", "setImmediate", "clearTimeout");
    private static final Set<String> KEYED_CALLS = Set.of("put", "set", "setProperty", "option", "config", "setdefault",
            "withProperty", "configure", "Set", "Add", "SetValue", "setInt", "putInt", "setLong", "putIfAbsent");

    private final CodeFile file;
    private final String view;
    private final Set<Integer> seen = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    private HardcodedTuning(CodeFile file) {
        this.file = file;
        this.view = numericView(file);
    }

    static List<Finding> of(CodeFile file) {
        HardcodedTuning tuning = new HardcodedTuning(file);
        tuning.mentions();
        tuning.literals();
        return List.copyOf(tuning.findings);
    }

    /** The code with string literals that hold only a number made readable: {@code concurrency = "3"} is an amount too. */
    private static String numericView(CodeFile file) {
        char[] chars = file.code().toCharArray();
        for (StringLiteral literal : file.source().literals()) {
            if (literal.value().strip().matches("-?\\d+(\\.\\d+)?")) {
                literal.value().getChars(0, literal.value().length(), chars, literal.contentOffset());
            }
        }
        return new String(chars);
    }

    /** Each identifier holding a stem, looked at once: what follows it says whether it is named, called or compared. */
    private void mentions() {
        String lower = asciiLowerCase(view);
        Set<Integer> identifiers = new HashSet<>();
        for (String stem : STEMS) {
            for (int i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + stem.length())) {
                int start = identifierStart(i);
                if (identifiers.add(start)) {
                    mention(start, identifierEnd(i));
                }
            }
        }
    }

    private void mention(int start, int end) {
        if (start >= end || !Character.isJavaIdentifierStart(view.charAt(start))) {
            return;
        }
        String name = view.substring(start, end);
        int next = skipSpaces(end);
        if (next < view.length() && (view.charAt(next) == '(' || view.charAt(next) == '<' && genericCall(next) > 0)) {
            call(name, start, view.charAt(next) == '(' ? next : genericCall(next));
            return;
        }
        Matcher generic = GENERIC_METHOD.matcher(view).region(end, view.length());
        if (generic.lookingAt()) {
            call(name, start, generic.end() - 1);
            return;
        }
        Matcher named = NAMED.matcher(view).region(end, view.length());
        if (named.lookingAt()) {
            named(name, start, named);
            return;
        }
        retryBound(name, start, end);
        environmentDefault(name, start, end);
        keyedArgument(name, start, end);
    }

    private void named(String name, int start, Matcher named) {
        if (named.group(1).equals(":") && !opensKey(start)) {
            return;
        }
        Optional<String> parameter = TuningNames.parameter(name);
        if (parameter.isEmpty() || isCounter(name, parameter.get(), start)) {
            return;
        }
        TuningValues.at(view, named.end()).ifPresent(value -> report(parameter.get(), name, named.end(), value, Optional.empty()));
    }

    /**
     * {@code int attempt = 1}, {@code retries = 0}: a retry counter starting, not a limit. Limits are named so
     * ({@code maxRetries}), written as constants ({@code MAX_ATTEMPTS}) or passed as keyword arguments ({@code retries=3}).
     */
    private boolean isCounter(String name, String parameter, int offset) {
        if (!parameter.equals(TuningNames.RETRY) || name.matches("[A-Z][A-Z0-9_]*")) {
            return false;
        }
        List<String> words = Identifiers.words(name);
        boolean limit = words.stream().anyMatch(w -> w.equals("max") || w.equals("maximum") || w.equals("limit")
                || w.equals("total") || w.equals("num") || w.equals("number"));
        return !limit && calleeAround(offset).isEmpty();
    }

    /** A key before ':' starts an object entry, keyword or struct field, not a slice bound or a ternary branch. */
    private boolean opensKey(int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && (view.charAt(i) == ' ' || view.charAt(i) == '\t' || view.charAt(i) == '"' || view.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || "{,(\n".indexOf(view.charAt(i)) >= 0;
    }

    /** A call named for a parameter: {@code setConnectTimeout(5000)}, {@code new ArrayBlockingQueue<>(100)}, {@code PageRequest.of(0, 20)}. */
    private void call(String name, int start, int open) {
        boolean constructor = view.substring(Math.max(0, start - 4), start).matches("(?s).*\\bnew\\s*");
        boolean receiver = start > 0 && (view.charAt(start - 1) == '.' || start > 1 && view.startsWith("::", start - 2));
        if (!constructor && name.matches("[A-Z0-9_]+") || !receiver && TIMERS.contains(name)) {
            return;
        }
        Optional<String> parameter = TuningNames.ofCall(name);
        if (parameter.isEmpty()) {
            return;
        }
        List<int[]> arguments = Calls.arguments(view, open, Calls.closing(view, open));
        Optional<Amount> amount = amounts(parameter.get(), arguments).or(() -> keywordAmount(arguments));
        amount.ifPresent(found -> report(parameter.get(), found.name().isEmpty() ? name : name + "." + found.name(),
                found.offset(), found.value(), Optional.empty()));
    }

    private record Amount(String name, int offset, TuningValues.Value value) {
    }

    /** The one amount among a call's positional arguments; a page request's size is its last. */
    private Optional<Amount> amounts(String parameter, List<int[]> arguments) {
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            int start = skipSpaces(arguments.get(i)[0]);
            Optional<TuningValues.Value> value = TuningValues.at(view, start);
            if (value.isPresent()) {
                int end = value.get().end();
                int last = i;
                while (last < arguments.size() && arguments.get(last)[1] < end) {
                    last++;
                }
                if (last < arguments.size() && view.substring(end, arguments.get(last)[1]).isBlank()) {
                    amounts.add(new Amount("", start, value.get()));
                    i = last;
                }
            }
        }
        boolean durations = amounts.stream().anyMatch(a -> a.value().duration());
        if (parameter.equals(TuningNames.TIMEOUT) && durations) {
            amounts.removeIf(a -> !a.value().duration());
        } else if (!parameter.equals(TuningNames.TIMEOUT)) {
            amounts.removeIf(a -> a.value().duration());
        }
        if (parameter.equals(TuningNames.PAGE) && amounts.size() == 2) {
            return Optional.of(amounts.get(1));
        }
        return amounts.size() == 1 ? Optional.of(amounts.get(0)) : Optional.empty();
    }

    /** {@code Retry(total=5)}, {@code Queue(maxsize=100)}: a generic size keyword given to a call named for the parameter. */
    private Optional<Amount> keywordAmount(List<int[]> arguments) {
        for (int[] argument : arguments) {
            Matcher keyword = KEYWORD_ARGUMENT.matcher(view).region(argument[0], argument[1]);
            if (keyword.lookingAt() && GENERIC_SIZE.matcher(keyword.group(1)).matches()) {
                Optional<TuningValues.Value> value = TuningValues.at(view, keyword.end())
                        .filter(v -> view.substring(v.end(), argument[1]).isBlank());
                if (value.isPresent()) {
                    return Optional.of(new Amount(keyword.group(1), keyword.end(), value.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code attempt < 3}, {@code 5 > retries} and Python's {@code for attempt in range(3)}: the bound of a retry loop. */
    private void retryBound(String name, int start, int end) {
        boolean loopVariable = Identifiers.words(name).stream().allMatch(RETRY_LOOP_WORDS::contains)
                && TuningNames.parameter(name).filter(TuningNames.RETRY::equals).isPresent();
        if (!loopVariable) {
            return;
        }
        Matcher comparison = COMPARISON.matcher(view).region(end, view.length());
        Matcher reversed = REVERSED_COMPARISON.matcher(view.substring(Math.max(0, start - 20), start));
        Matcher range = RANGE_LOOP.matcher(view).region(end, view.length());
        if (comparison.lookingAt()) {
            bound(name, comparison.start(2), comparison.group(2));
        } else if (reversed.find()) {
            bound(name, start - (Math.min(start, 20) - reversed.start(1)), reversed.group(1));
        } else if (range.lookingAt() && view.substring(Math.max(0, start - 4), start).equals("for ")) {
            bound(name, range.start(1), range.group(1));
        }
    }

    private void bound(String name, int offset, String number) {
        if (Integer.parseInt(number) >= 2) {
            report(TuningNames.RETRY, name, offset, new TuningValues.Value(number, "", false, offset + number.length()),
                    Optional.empty());
        }
    }

    /** {@code process.env.BATCH_SIZE || 100}. */
    private void environmentDefault(String name, int start, int end) {
        Matcher or = ENV_OR.matcher(view).region(end, view.length());
        if (ENV_BEFORE.matcher(view.substring(Math.max(0, start - 20), start)).find() && or.lookingAt()) {
            TuningNames.parameter(name).ifPresent(p -> TuningValues.at(view, or.end())
                    .ifPresent(value -> report(p, name, or.end(), value, Optional.of(Fallbacks.ENVIRONMENT))));
        }
    }

    /** {@code props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384)}: a named key and its amount. */
    private void keyedArgument(String name, int start, int end) {
        int chainStart = start;
        while (chainStart > 1 && view.charAt(chainStart - 1) == '.') {
            chainStart = identifierStart(chainStart - 2);
        }
        keyed(chainStart, end, name);
    }

    private void keyed(int keyStart, int keyEnd, String key) {
        int before = keyStart - 1;
        while (before >= 0 && Character.isWhitespace(view.charAt(before))) {
            before--;
        }
        if (before < 0 || view.charAt(before) != '(') {
            return;
        }
        Optional<String> callee = calleeAround(keyStart);
        Matcher next = Pattern.compile("\\G[\"'`]?\\s*,\\s*").matcher(view).region(keyEnd, view.length());
        if (callee.filter(KEYED_CALLS::contains).isEmpty() || !next.lookingAt()) {
            return;
        }
        keyParameter(key.replaceAll("(?i)[_.-]?(config|key|prop|property|setting)$", ""))
                .ifPresent(p -> TuningValues.at(view, next.end())
                        .ifPresent(value -> report(p, key, next.end(), value, Optional.empty())));
    }

    /** The parameter a dotted key names by its last two segments, or its last: {@code hikari.maximum-pool-size}. */
    static Optional<String> keyParameter(String key) {
        String[] segments = key.split("\\.");
        String last = segments[segments.length - 1];
        String lastTwo = segments.length > 1 ? segments[segments.length - 2] + "." + last : last;
        return TuningNames.parameter(lastTwo).or(() -> TuningNames.parameter(last));
    }

    /**
     * String literals naming a parameter: {@code "${app.page-size:20}"}, {@code os.getenv("POOL_SIZE", "10")},
     * {@code {"timeout": 30}}, {@code props.put("max.poll.records", 500)}.
     */
    private void literals() {
        for (StringLiteral literal : file.source().literals()) {
            String value = literal.value();
            if (value.length() > 200 || !mentionsStem(value)) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                String key = placeholder.group(1);
                int offset = literal.contentOffset() + placeholder.start(2);
                int end = literal.contentOffset() + placeholder.end(2);
                keyParameter(key).ifPresent(p -> TuningValues.configured(placeholder.group(2))
                        .map(v -> new TuningValues.Value(v.number(), v.unit(), v.duration(), end))
                        .ifPresent(v -> report(p, key, offset, v, Optional.of("placeholder"))));
            }
            if (value.matches("[A-Za-z_][\\w.-]*") && keyParameter(value).isPresent()) {
                environmentLookup(literal);
                quotedKey(literal);
                keyed(literal.startOffset(), literal.endOffset(), value);
            }
        }
    }

    private static boolean mentionsStem(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@code {"timeout": 30}}, {@code 'pool_size' => 10}: a quoted key with an amount. */
    private void quotedKey(StringLiteral key) {
        Matcher entry = Pattern.compile("\\G\\s*(?::|=>)\\s*").matcher(view).region(key.endOffset(), view.length());
        if (entry.lookingAt()) {
            keyParameter(key.value()).ifPresent(p -> TuningValues.at(view, entry.end())
                    .ifPresent(value -> report(p, key.value(), entry.end(), value, Optional.empty())));
        }
    }

    private void environmentLookup(StringLiteral key) {
        CodeContext context = CodeContext.of(file.source(), file.language(), key);
        if (!context.isFirstArgument() || !context.calleeExpression().matches("(?i).*(env|environ|getenv|getproperty|config"
                + "|settings|getordefault|getint|getinteger|getlong|getvalue).*")) {
            return;
        }
        Matcher next = Pattern.compile("\\G[\"'`]?\\s*,\\s*").matcher(view).region(key.endOffset() - 1, view.length());
        if (next.lookingAt()) {
            String by = context.calleeExpression().toLowerCase(java.util.Locale.ROOT).matches(".*(env|environ).*")
                    ? Fallbacks.ENVIRONMENT : "configuration";
            keyParameter(key.value()).ifPresent(p -> TuningValues.at(view, next.end())
                    .ifPresent(value -> report(p, key.value(), next.end(), value, Optional.of(by))));
        }
    }

    private void report(String parameter, String name, int offset, TuningValues.Value value, Optional<String> overriddenBy) {
        if (!seen.add(offset) || file.insideTest(offset) || isStatusCode(name, value)) {
            return;
        }
        int end = Math.max(offset, Math.min(value.end(), view.length()));
        StringLiteral span = new StringLiteral(view.substring(offset, end), offset, end, offset, file.line(offset),
                file.line(end));
        CodeContext context = CodeContext.of(file.source(), file.language(), span);
        List<Declarations.Scope> enclosing = file.enclosing(offset);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("parameter", parameter);
        attributes.put("value", value.number());
        attributes.put("unit", unit(parameter, name, value));
        attributes.put("name", name);
        overriddenBy.or(() -> Fallbacks.overriddenBy(context, enclosing)).ifPresent(by -> attributes.put("overriddenBy", by));
        file.holder(offset).ifPresent(holder -> attributes.put("holder", holder));
        Optional<String> member = file.insideFunction(offset) ? Optional.empty() : context.memberName();
        findings.add(file.finding(TuningDetector.HARDCODED, offset, file.anchor(offset, member), attributes));
    }

    /** HTTP status constants such as {@code REQUEST_TIMEOUT = 408} or {@code GATEWAY_TIMEOUT = 504} are not timeouts. */
    private static boolean isStatusCode(String name, TuningValues.Value value) {
        return (value.number().equals("408") || value.number().equals("504")) && name.toLowerCase(java.util.Locale.ROOT)
                .matches(".*(request|gateway).*");
    }

    private String unit(String parameter, String name, TuningValues.Value value) {
        if (!parameter.equals(TuningNames.TIMEOUT)) {
            return "count";
        }
        if (!value.unit().isEmpty()) {
            return value.unit();
        }
        List<String> words = Identifiers.words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            String unit = TuningValues.unit(words.get(i));
            if (!unit.isEmpty()) {
                return unit;
            }
        }
        return switch (file.language()) {
            case PYTHON -> "seconds";
            case JAVASCRIPT, TYPESCRIPT -> "ms";
            case JAVA, KOTLIN -> name.matches("(?s).*set\\w*Timeout") ? "ms" : "unspecified";
            default -> "unspecified";
        };
    }

    private Optional<String> calleeAround(int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= Math.max(0, offset - 400); i--) {
            char c = view.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '[' || c == '{') {
                depth--;
            } else if (c == '(' && depth-- == 0) {
                Matcher name = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:<[^<>()]*>)?\\s*$").matcher(view.substring(Math.max(0, i - 120), i));
                return name.find() && !CONTROL.contains(name.group(1)) ? Optional.of(name.group(1)) : Optional.empty();
            }
            if (depth < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private int skipSpaces(int i) {
        while (i < view.length() && Character.isWhitespace(view.charAt(i))) {
            i++;
        }
        return i;
    }

    private int identifierStart(int i) {
        while (i > 0 && (Character.isLetterOrDigit(view.charAt(i - 1)) || view.charAt(i - 1) == '_' || view.charAt(i - 1) == '$')) {
            i--;
        }
        return i;
    }

    private int identifierEnd(int i) {
        while (i < view.length() && (Character.isLetterOrDigit(view.charAt(i)) || view.charAt(i) == '_' || view.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    /** The '(' after generic arguments opened at {@code angle} ({@code ArrayBlockingQueue<>(…)}), or -1. */
    private int genericCall(int angle) {
        int depth = 0;
        for (int i = angle; i < Math.min(view.length(), angle + 200); i++) {
            char c = view.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                int next = skipSpaces(i + 1);
                return next < view.length() && view.charAt(next) == '(' ? next : -1;
            } else if (";{}()=".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Lower case for ASCII letters only, so every offset stays where it was. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}
