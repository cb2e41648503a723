package dev.scaleprojection.ingest.domain;

import java.util.BitSet;
import java.util.List;
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
    static final String[] STEMS = {"timeout", "time_out", "batch", "chunk", "bulk", "page", "pool", "queue", "retr",
        "attempt", "tries", "worker", "thread", "connection", "conns", "concurrency", "deadline", "records", "fetchsize",
        "fetch_size", "backlog", "prefetch"};
    private static final Pattern TYPED_ZERO = Pattern.compile("\\b(?:int|long|short|uint|Integer|Long)\\s+\\w+\\s*=\\s*0\\s*[,)]");
    private static final Pattern NAMED = Pattern.compile(
            "\\G[\"']?\\s*(?::\\s*[\\w.<>?\\[\\]]+\\s*(?==))?(:=|=(?![=>~])|:(?![:=])|=>)\\s*");
    private static final Pattern COMPARISON = Pattern.compile("\\G\\s*(<=|<|>=|>)\\s*(\\d+)(?![\\w.])");
    private static final Pattern REVERSED_COMPARISON = Pattern.compile("(?<![\\w.])(\\d+)\\s*(<=|<|>=|>)\\s*$");
    private static final Pattern RANGE_LOOP = Pattern.compile("\\G\\s+in\\s+range\\(\\s*(?:\\d+\\s*,\\s*)?(\\d+)\\s*\\)");
    private static final Pattern ENV_OR = Pattern.compile("\\G\\s*(?:\\|\\||\\?\\?|\\bor\\b)\\s*");
    private static final Pattern ENV_BEFORE = Pattern.compile("(?:process\\.env|import\\.meta\\.env|os\\.environ)\\.$");
    private static final Pattern GENERIC_METHOD = Pattern.compile("\\G\\s*\\.\\s*(of|create|builder|ofSize|with)\\s*\\(");
    /** A retry loop counts attempts, and says nothing else: {@code failedLoginAttempts} is a lockout rule, not a retry. */
    private static final Set<String> RETRY_LOOP_WORDS = Set.of("retry", "retries", "attempt", "attempts", "tries", "try",
            "count", "number", "num", "n", "no", "current", "cur", "i");
    /** A request's or query's own type: {@code record GetProductsRequest(int? PageNumber = 1, int? PageSize = 10)}. */
    private static final Pattern REQUEST_TYPE = Pattern.compile("\\b(?:record|class)\\s+\\w*(?:Request|Query)\\s*$");
    private static final Pattern REQUEST_BINDING = Pattern.compile("\\[\\s*From(Query|Header|Route)\\b[^\\]]*]\\s*[\\w<>?]+\\s*$");
    /** What may stand before a local's name on its line: indentation, modifiers and a type ({@code final long }). */
    private static final Pattern LOCAL_DECLARATION = Pattern.compile("\\s*([\\w<>\\[\\]?.]+\\s+)*");

    private final CodeFile file;
    private final NumericView numbers;
    private final String view;
    private final TuningReport report;
    private final TuningCalls calls;

    private HardcodedTuning(TuningReport report) {
        this.file = report.file();
        this.numbers = report.numbers();
        this.view = numbers.text();
        this.report = report;
        this.calls = new TuningCalls(report);
    }

    static List<Finding> of(CodeFile file) {
        TuningReport report = new TuningReport(file);
        new HardcodedTuning(report).mentions();
        TuningLiterals.read(report);
        return report.findings();
    }

    /**
     * Each identifier holding a stem, looked at once: what follows it says whether it is named, called or compared. An
     * occurrence that overlaps the last one looked at is passed over, as a search from the end of that one would.
     */
    private void mentions() {
        BitSet identifiers = new BitSet(view.length());
        for (String stem : STEMS) {
            int after = 0;
            for (int i : file.starts(stem)) {
                if (i < after) {
                    continue;
                }
                after = i + stem.length();
                int start = numbers.identifierStart(i);
                if (!identifiers.get(start)) {
                    identifiers.set(start);
                    mention(start, numbers.identifierEnd(i));
                }
            }
        }
    }

    private void mention(int start, int end) {
        if (start >= end || !Character.isJavaIdentifierStart(view.charAt(start))) {
            return;
        }
        String name = view.substring(start, end);
        int next = numbers.skipSpaces(end);
        if (next < view.length() && (view.charAt(next) == '(' || view.charAt(next) == '<' && numbers.genericCall(next) > 0)) {
            calls.call(name, start, view.charAt(next) == '(' ? next : numbers.genericCall(next));
            return;
        }
        Matcher generic = GENERIC_METHOD.matcher(view).region(end, view.length());
        if (generic.lookingAt()) {
            calls.call(name, start, generic.end() - 1);
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
        if (named.group(1).equals(":") && !numbers.opensKey(start) || named.group(1).equals("=>") && lambdaParameter(start)) {
            return;
        }
        Optional<String> parameter = TuningNames.parameter(name);
        if (parameter.isEmpty() || isCounter(name, parameter.get(), start)) {
            return;
        }
        if (isRequestParameter(start) || TuningPlaces.insideEnum(view, start)) {
            return;
        }
        TuningValues.at(view, named.end()).filter(value -> !isUnreadLocal(name, start, value.end()))
                .filter(value -> !TuningPlaces.clamped(view, name, start, value.number()))
                .filter(value -> !isAccumulator(name, start, value))
                .ifPresent(value -> report.add(parameter.get(), name, named.end(), value, Optional.empty()));
    }

    /**
     * {@code WaitAndRetryAsync(retries, retry => TimeSpan.FromSeconds(15))}: the parameter of a lambda names what it is
     * given (here the attempt), not the amount its body returns; unlike {@code int MaxRetries => 5} or a quoted key.
     */
    private boolean lambdaParameter(int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(view.charAt(before))) {
            before--;
        }
        return before >= 0 && "(,=".indexOf(view.charAt(before)) >= 0;
    }

    /**
     * {@code ItemsAsync([FromQuery] int pageSize = 10)}, {@code record GetProductsRequest(int PageSize = 10)}: the default
     * of a value each caller sets per request is the API's contract, not tuning of the service.
     */
    private boolean isRequestParameter(int start) {
        int from = Math.max(Math.max(view.lastIndexOf('(', start), view.lastIndexOf(',', start)), start - 120);
        if (REQUEST_BINDING.matcher(view.substring(Math.max(0, from), start)).find()) {
            return true;
        }
        int open = enclosingParenthesis(start);
        return open > 0 && REQUEST_TYPE.matcher(view.substring(Math.max(0, open - 120), open)).find();
    }

    /**
     * The parenthesis a parameter list opens around {@code start}, over the attributes of the parameters before it
     * ({@code [property: DefaultValue(10)] int PageSize = 10}), or -1 within a few lines.
     */
    private int enclosingParenthesis(int start) {
        int depth = 0;
        for (int i = start - 1; i >= Math.max(0, start - 2000); i--) {
            char c = view.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    return c == '(' ? i : -1;
                }
                depth--;
            } else if (c == ';' || c == '{' || c == '}') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code int maxAttempts = 5;} in a function that never reads it again (microservices-demo's AdService): a dead
     * local tunes nothing. Keyword arguments ({@code timeout=5,}) and fields, which others may read, are not locals.
     */
    private boolean isUnreadLocal(String name, int start, int valueEnd) {
        if (!file.insideFunction(start)) {
            return false;
        }
        int lineStart = view.lastIndexOf('\n', start - 1) + 1;
        int after = numbers.skipSpaces(valueEnd);
        if (!LOCAL_DECLARATION.matcher(view.substring(lineStart, start)).matches()
                || after < view.length() && ",)".indexOf(view.charAt(after)) >= 0) {
            return false;
        }
        return !WholeWords.occursAfter(view, name, valueEnd);
    }

    /**
     * {@code int totalThreadCount = 0;} then {@code totalThreadCount += count;} (conductor's TaskPollExecutor): a local
     * that starts at zero and is added to below sums what the code is given; the sum is no amount written in the code.
     */
    private boolean isAccumulator(String name, int start, TuningValues.Value value) {
        if (!value.number().equals("0") || !file.insideFunction(start)) {
            return false;
        }
        int end = file.enclosingFunction(start).map(Declarations.Scope::end).orElse(view.length());
        String body = view.substring(value.end(), Math.min(view.length(), end));
        return body.contains(name) && Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*(?:\\+=|\\+\\+)|\\+\\+\\s*"
                + Pattern.quote(name) + "\\b").matcher(body).find();
    }

    /**
     * {@code int attempt = 1}, {@code retries = 0}: a retry counter starting, not a limit. Limits are named so
     * ({@code maxRetries}), written as constants ({@code MAX_ATTEMPTS}) or passed as keyword arguments ({@code retries=3}).
     */
    private boolean isCounter(String name, String parameter, int offset) {
        if (!parameter.equals(TuningNames.RETRY) || Regexes.matches(name, "[A-Z][A-Z0-9_]*")) {
            return false;
        }
        List<String> words = Identifiers.words(name);
        boolean limit = words.stream().anyMatch(w -> w.equals("max") || w.equals("maximum") || w.equals("limit")
                || w.equals("total") || w.equals("num") || w.equals("number"));
        return !limit && (numbers.calleeAround(offset).isEmpty() || typedZero(offset, name));
    }

    /** {@code SeedAsync(…, int retry = 0)}: a typed parameter starting at zero counts attempts, it is no keyword argument. */
    private boolean typedZero(int offset, String name) {
        String around = view.substring(Math.max(0, offset - 12), Math.min(view.length(), offset + name.length() + 8));
        return TYPED_ZERO.matcher(around).find();
    }

    /** {@code attempt < 3}, {@code 5 > retries} and Python's {@code for attempt in range(3)}: the bound of a retry loop. */
    private void retryBound(String name, int start, int end) {
        boolean loopVariable = Identifiers.words(name).stream().allMatch(RETRY_LOOP_WORDS::contains)
                && TuningNames.parameter(name).filter(TuningNames.RETRY::equals).isPresent()
                && !TuningPlaces.memberOfAnother(view, start);
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
            report.add(TuningNames.RETRY, name, offset, new TuningValues.Value(number, "", false, offset + number.length()),
                    Optional.empty());
        }
    }

    /** {@code process.env.BATCH_SIZE || 100}. */
    private void environmentDefault(String name, int start, int end) {
        Matcher or = ENV_OR.matcher(view).region(end, view.length());
        if (ENV_BEFORE.matcher(view.substring(Math.max(0, start - 20), start)).find() && or.lookingAt()) {
            TuningNames.parameter(name).ifPresent(p -> TuningValues.at(view, or.end())
                    .ifPresent(value -> report.add(p, name, or.end(), value, Optional.of(Fallbacks.ENVIRONMENT))));
        }
    }

    /** {@code props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384)}: a named key and its amount. */
    private void keyedArgument(String name, int start, int end) {
        int chainStart = start;
        while (chainStart > 1 && view.charAt(chainStart - 1) == '.') {
            chainStart = numbers.identifierStart(chainStart - 2);
        }
        report.keyed(chainStart, end, name);
    }
}
