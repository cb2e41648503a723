package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metric labels fed a value of unbounded cardinality: a user, customer, request, session or trace id, an email, an IP,
 * or a raw request path, given as a Micrometer tag ({@code Tag.of("userId", …)}, {@code .tag("email", …)},
 * {@code registry.counter("orders", "customerId", id)}), a Prometheus label ({@code .labels(user_id=…)}, positional
 * labels matched to the names declared with the metric, Go's {@code WithLabelValues} and {@code prometheus.Labels}),
 * prom-client label objects, or OpenTelemetry measurement attributes. A templated route ({@code uri} from
 * Micrometer's instrumentation, {@code req.route.path}), bounded labels (status, method, region, tenant) and constant
 * values ({@code .tag("productId", "*")}) are fine.
 */
final class MetricLabels {

    private static final Set<String> UNBOUNDED_WORDS = Set.of("user", "userid", "email", "ip", "session", "request", "trace",
            "span", "correlation", "customer", "order", "uuid", "guid", "token", "username", "phone", "account", "device",
            "visitor", "client_ip", "remote");
    private static final Set<String> BOUNDED = Set.of("tenant", "org", "organization", "client", "region", "zone", "cluster",
            "node", "pod", "instance", "service", "app", "application", "status", "type", "kind", "shard", "partition",
            "env", "environment", "topic", "queue", "method", "code", "outcome", "exception", "route", "endpoint", "version",
            "host", "job", "handler", "operation", "result", "level", "provider", "currency", "country", "plan", "tier");
    private static final Set<String> PATH_LABELS = Set.of("uri", "url", "path", "route", "endpoint");
    private static final Pattern RAW_PATH = Pattern.compile("getRequestURI\\(\\)|getRequestURL\\(\\)|getServletPath\\(\\)"
            + "|\\breq(?:uest)?\\.(?:url|originalUrl|path|baseUrl)\\b(?!\\s*\\()|\\brequest\\.url\\.path\\b|"
            + "\\br\\.URL\\.(?:Path|String\\(\\))"
            + "|Request\\.Path\\b|\\brequest\\.path\\b|\\bctx\\.(?:path|url)\\b|FullPath\\(\\)|\\.Request\\.URL\\.Path");
    private static final Set<String> TAG_CALLS = Set.of("of", "tag", "tags", "and", "counter", "timer", "gauge", "summary",
            "labels", "inc", "dec", "set", "observe", "startTimer", "add", "record", "Add", "Record", "WithLabelValues", "With",
            "CurryWith", "Inc", "Observe", "stringKey", "put");
    private static final CallNames TAG_CALL_NAMES = CallNames.of(TAG_CALLS);
    private static final Pattern LABEL_NAMES = Pattern.compile("(?:labelnames\\s*=\\s*[\\[(]|labelNames\\s*:\\s*\\[|"
            + "\\[]string\\s*\\{"
            + "|,\\s*[\\[(])\\s*((?:\"[^\"]*\"|'[^']*')(?:\\s*,\\s*(?:\"[^\"]*\"|'[^']*'))*)\\s*,?\\s*[\\])}]");
    private static final Pattern METER_BUILDER = Pattern.compile("\\b(Counter|Timer|Gauge|DistributionSummary|LongTaskTimer"
            + "|FunctionCounter|FunctionTimer|MeterRegistry|Metrics)\\s*\\.\\s*(builder|counter|timer|more)\\b|"
            + "\\bregistry\\s*\\.");
    /** A metric assigned to a variable; every match holds one of {@link #METRIC_WORDS}. */
    static final Pattern ASSIGNED_METRIC = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?::=|=)\\s*(?:new\\s+)?"
            + "[\\w.]*(?:Counter|Gauge|Histogram|Summary)(?:Vec)?\\s*\\(");
    private static final String[] METRIC_WORDS = {"Counter", "Gauge", "Histogram", "Summary"};
    /** A metrics module or object, {@code metrics.counter(…)}, not a package named after a product: {@code com.piggymetrics.}. */
    private static final Pattern METRICS_MODULE = Pattern.compile("(?<![\\w$])[Mm]etrics\\.");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private MetricLabels() {
    }

    static List<Finding> of(CodeFile file) {
        String code = file.code();
        if (!file.mentions("prometheus", "prom-client", "opentelemetry", "metrics", "meter", "counter", "gauge", "histogram",
                "tag(", "tags.of", "tag.of")) {
            return List.of();
        }
        boolean library = file.mentions("prometheus", "prom-client", "opentelemetry", "micrometer", "meterregistry",
                "client.counter", "client.histogram", "client.gauge", "client.summary")
                || file.mentions("metrics.") && METRICS_MODULE.matcher(code).find()
                || file.mentions(".labels(", "withlabelvalues(") && file.mentions("counter(", "histogram(", "gauge(", "summary(",
                "countervec(", "histogramvec(", "gaugevec(");
        if (!library && !file.mentions("counter.builder", "timer.builder", "gauge.builder", "summary.builder", "registry.")) {
            return List.of();
        }
        Map<String, List<String>> declaredLabels = declaredLabels(file);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Calls.Call call : Calls.in(code, TAG_CALL_NAMES)) {
            if (!metricCall(file, call, library) || file.insideTest(call.nameStart())) {
                continue;
            }
            for (Pair pair : pairs(file, call, declaredLabels)) {
                if (unbounded(pair.label(), pair.value()) && seen.add(file.anchor(call.nameStart()) + "\n" + pair.label())) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put("label", pair.label());
                    attributes.put("metric", metric(file, call));
                    attributes.put("expression", pair.value().strip());
                    attributes.put("value", pair.label());
                    findings.add(file.finding(ObservabilityDetector.UNBOUNDED_LABEL, pair.offset(),
                            file.anchorOrMember(call.nameStart()), attributes));
                }
            }
        }
        return findings;
    }

    private record Pair(String label, String value, int offset) {
    }

    /** A call of a metrics API: Micrometer tags and meters, Prometheus and prom-client labels, OpenTelemetry measurements. */
    private static boolean metricCall(CodeFile file, Calls.Call call, boolean library) {
        String receiver = call.receiver().toLowerCase(java.util.Locale.ROOT);
        String name = call.name();
        return switch (name) {
            case "of", "and" -> receiver.endsWith("tag") || receiver.endsWith("tags");
            case "tag", "tags" -> METER_BUILDER.matcher(statementBefore(file.code(), call.nameStart())).find();
            case "counter", "timer", "gauge", "summary" -> receiver.contains("registry") || receiver.equals("metrics");
            case "stringKey" -> receiver.endsWith("attributekey");
            default -> library;
        };
    }

    private static List<Pair> pairs(CodeFile file, Calls.Call call, Map<String, List<String>> declaredLabels) {
        String code = file.code();
        List<int[]> arguments = Calls.arguments(code, call.open(), Math.min(code.length(), call.close()));
        List<Pair> pairs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int[] argument : arguments) {
            texts.add(file.uncommented().substring(argument[0], argument[1]).strip());
        }
        int first = call.name().equals("counter") || call.name().equals("timer") || call.name().equals("gauge")
                || call.name().equals("summary") ? 1 : 0;
        boolean keyValues = !texts.isEmpty() && texts.stream().skip(first).findFirst().map(MetricLabels::isQuoted).orElse(false)
                && keyValueCall(call);
        if (keyValues && !call.name().equals("WithLabelValues") && !call.name().equals("labels")) {
            for (int i = first; i + 1 < texts.size(); i += 2) {
                if (isQuoted(texts.get(i))) {
                    pairs.add(new Pair(unquote(texts.get(i)), texts.get(i + 1), arguments.get(i)[0]));
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Matcher entries = Pattern.compile("[\"']?([A-Za-z_.][\\w.]*)[\"']?\\s*(?::|=(?!=)|"
                    + ",)\\s*([^,}]+)").matcher(texts.get(i));
            // keyword arguments, labels(user_id=…), not an arrow function's parameter: observe(type, entry => …)
            if (texts.get(i).startsWith("{") || Regexes.matches(texts.get(i), "(?s)^\\w+\\s*=(?!>).*")
                    || texts.get(i).startsWith("prometheus.Labels")
                    || Regexes.matches(texts.get(i), "(?s)^new\\s*(KeyValuePair[^(]*)?\\(.*")) {
                while (entries.find()) {
                    pairs.add(new Pair(entries.group(1), entries.group(2), arguments.get(i)[0] + entries.start()));
                }
            }
        }
        if (call.name().equals("WithLabelValues") || call.name().equals("labels") && !texts.isEmpty()
                && !texts.get(0).contains("=")
                && !texts.get(0).startsWith("{")) {
            List<String> names = declaredLabels.getOrDefault(call.receiverName(), List.of());
            for (int i = 0; i < texts.size() && i < names.size(); i++) {
                pairs.add(new Pair(names.get(i), texts.get(i), arguments.get(i)[0]));
            }
        }
        if (call.name().equals("stringKey") && !texts.isEmpty() && isQuoted(texts.get(0))) {
            String rest = code.substring(call.close() + 1, Math.min(code.length(), call.close() + 200));
            Matcher value = Pattern.compile("^\\s*\\)?\\s*,\\s*([^,)]+)").matcher(rest);
            if (value.find()) {
                pairs.add(new Pair(unquote(texts.get(0)), file.uncommented().substring(call.close() + 1 + value.start(1),
                        call.close() + 1 + value.end(1)), arguments.get(0)[0]));
            }
        }
        return pairs;
    }

    /**
     * Calls that take labels as quoted name, value pairs: tags and meters ({@code .tag("userId", id)}, {@code
     * registry.counter("orders", "customerId", id)}) and attribute builders; {@code evaluationContext.add("session", id)}
     * and other adds and sets start with a value, never a label name.
     */
    private static boolean keyValueCall(Calls.Call call) {
        String receiver = call.receiver().toLowerCase(java.util.Locale.ROOT);
        return switch (call.name()) {
            case "of", "and", "tag", "tags", "counter", "timer", "gauge", "summary" -> true;
            case "put" -> receiver.contains("attribute") || receiver.contains("label") || receiver.contains("tag");
            default -> false;
        };
    }

    /** Label names declared with metrics assigned to a variable: {@code REQUESTS = Counter("r", "…", ["user_id"])}. */
    private static Map<String, List<String>> declaredLabels(CodeFile file) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        String code = file.code();
        if (!code.contains("Counter") && !code.contains("Gauge") && !code.contains("Histogram") && !code.contains("Summary")) {
            return declared;
        }
        Matcher assignment = ASSIGNED_METRIC.matcher(code);
        int from = 0;
        while (from <= code.length() && findAssignment(assignment, code, from)) {
            from = assignment.end() == assignment.start() ? assignment.end() + 1 : assignment.end();
            int open = assignment.end() - 1;
            String arguments = file.uncommented().substring(open, Math.min(file.code().length(),
                    Calls.closing(file.code(), open) + 1));
            Matcher names = LABEL_NAMES.matcher(arguments);
            if (names.find()) {
                List<String> labels = new ArrayList<>();
                Matcher quoted = QUOTED.matcher(names.group(1));
                while (quoted.find()) {
                    labels.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
                }
                declared.put(assignment.group(1), labels);
            }
        }
        return declared;
    }

    /**
     * {@code assignment.find()} from {@code from}, tried only at the identifiers in the run of characters a match can
     * hold before its metric word ({@code [\\w$.\\s:=]}) that ends at each such word: no match can start elsewhere, and
     * a file without the words is not searched at all.
     */
    static boolean findAssignment(Matcher assignment, String code, int from) {
        int tried = from;
        int[] next = new int[METRIC_WORDS.length];
        Arrays.fill(next, -2);
        for (int word = nextMetricWord(code, from, next); word >= 0; word = nextMetricWord(code, word + 1, next)) {
            int start = word;
            while (start > tried && isAssignmentPart(code.charAt(start - 1))) {
                start--;
            }
            for (int at = start; at <= word; at++) {
                char c = code.charAt(at);
                boolean identifierStart = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
                if (identifierStart && assignment.region(at, code.length()).lookingAt()) {
                    return true;
                }
            }
            tried = word + 1;
        }
        return false;
    }

    /**
     * The first metric word at or after {@code from}; {@code next} keeps where each was found last (-1: nowhere after,
     * -2: not searched yet), so each word is searched again only once {@code from} has passed it.
     */
    private static int nextMetricWord(String code, int from, int[] next) {
        int word = -1;
        for (int i = 0; i < METRIC_WORDS.length; i++) {
            if (next[i] == -2 || next[i] >= 0 && next[i] < from) {
                next[i] = code.indexOf(METRIC_WORDS[i], from);
            }
            int at = next[i];
            word = at >= 0 && (word < 0 || at < word) ? at : word;
        }
        return word;
    }

    private static boolean isAssignmentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c == '.'
                || c == ':' || c == '=' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean unbounded(String label, String value) {
        List<String> words = Identifiers.words(label);
        if (words.isEmpty() || isQuoted(value.strip())) {
            return false;
        }
        boolean rawPath = RAW_PATH.matcher(value).find();
        if (PATH_LABELS.contains(Identifiers.last(words)) || words.contains("path")) {
            return rawPath;
        }
        if (words.stream().anyMatch(BOUNDED::contains)) {
            return false;
        }
        String joined = String.join("", words);
        boolean idLike = Identifiers.last(words).equals("id") || Identifiers.last(words).equals("ids");
        return rawPath || UNBOUNDED_WORDS.stream().anyMatch(words::contains) || idLike || joined.equals("userid")
                || PersonalData.kindOf(label, "user", "").isPresent();
    }

    /** The code of the statement before {@code offset}, back to the previous ';', '{' or '}'. */
    private static String statementBefore(String code, int offset) {
        int start = offset;
        while (start > 0 && ";{}".indexOf(code.charAt(start - 1)) < 0 && offset - start < 400) {
            start--;
        }
        return code.substring(start, offset);
    }

    private static String metric(CodeFile file, Calls.Call call) {
        String statement = file.uncommented().substring(Math.max(0, lineStart(file, call.nameStart())),
                Math.min(file.code().length(), call.close()));
        Matcher name = Pattern.compile("(?:builder|counter|timer|gauge|summary|Counter|Histogram|"
                + "Meter)\\s*\\(\\s*\"([^\"]+)\"").matcher(statement);
        if (name.find()) {
            return name.group(1);
        }
        String receiver = call.receiverName();
        return receiver.isEmpty() ? "" : receiver;
    }

    private static int lineStart(CodeFile file, int offset) {
        return file.source().lineStart(Math.max(1, file.line(offset) - 3));
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"));
    }

    private static String unquote(String text) {
        return text.substring(1, text.length() - 1);
    }
}
