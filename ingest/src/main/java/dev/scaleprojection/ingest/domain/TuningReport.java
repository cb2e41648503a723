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
 * Collects the tuning written into one file: each amount once (by offset), none inside tests or that is an HTTP status,
 * with its unit, the holder that keeps it and what overrides it, anchored at the member or function around it. An amount
 * that is only the default of an environment variable, property or flag is configured tuning, not hard-coded.
 */
final class TuningReport {

    private static final Pattern NEXT_ARGUMENT = Pattern.compile("\\G[\"'`]?\\s*,\\s*");
    private static final Set<String> KEYED_CALLS = Set.of("put", "set", "setProperty", "option", "config", "setdefault",
            "withProperty", "configure", "Set", "Add", "SetValue", "setInt", "putInt", "setLong", "putIfAbsent");

    private final CodeFile file;
    private final NumericView numbers;
    private final String view;
    private final Set<Integer> seen = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    TuningReport(CodeFile file) {
        this.file = file;
        this.numbers = NumericView.of(file);
        this.view = numbers.text();
    }

    CodeFile file() {
        return file;
    }

    NumericView numbers() {
        return numbers;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** {@code props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384)}, {@code props.put("max.poll.records", 500)}. */
    void keyed(int keyStart, int keyEnd, String key) {
        int before = keyStart - 1;
        while (before >= 0 && Character.isWhitespace(view.charAt(before))) {
            before--;
        }
        if (before < 0 || view.charAt(before) != '(') {
            return;
        }
        Optional<String> callee = numbers.calleeAround(keyStart);
        Matcher next = NEXT_ARGUMENT.matcher(view).region(keyEnd, view.length());
        if (callee.filter(KEYED_CALLS::contains).isEmpty() || !next.lookingAt()) {
            return;
        }
        TuningNames.ofKey(Regexes.replaceAll(key, "(?i)[_.-]?(config|key|prop|property|setting)$", ""))
                .ifPresent(p -> TuningValues.at(view, next.end())
                        .ifPresent(value -> add(p, key, next.end(), value, Optional.empty())));
    }

    private static boolean isZeroSize(String parameter, TuningValues.Value value) {
        return !parameter.equals(TuningNames.TIMEOUT) && !parameter.equals(TuningNames.RETRY)
                && value.number().chars().allMatch(c -> c == '0' || c == '.' || c == '_' || Character.isLetter(c));
    }

    void add(String parameter, String name, int offset, TuningValues.Value value, Optional<String> overriddenBy) {
        // a negative size, count or duration is a sentinel (all, none, unlimited: mealie's per_page=-1), not a setting;
        // so is a size of zero (no limit, or the library's default: AMQP's prefetch size 0, go-coffeeshop's
        // _prefetchSize), while no retries or no timeout at all is a choice
        if (value.number().startsWith("-") || isZeroSize(parameter, value) || !seen.add(offset) || file.insideTest(offset)
                || TuningNames.isStatusCode(name, value.number())) {
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
        attributes.put("unit", TuningValues.unit(parameter, name, value, file.language()));
        attributes.put("name", name);
        Optional<String> overridden = overriddenBy.or(() -> Fallbacks.overriddenBy(context, enclosing));
        overridden.ifPresent(by -> attributes.put("overriddenBy", by));
        file.holder(offset).ifPresent(holder -> attributes.put("holder", holder));
        Optional<String> member = file.insideFunction(offset) ? Optional.empty() : context.memberName();
        // A literal that only stands in when the environment or a property says nothing is already configuration.
        String kind = overridden.isPresent() ? TuningDetector.CONFIGURED : TuningDetector.HARDCODED;
        findings.add(file.finding(kind, offset, file.anchor(offset, member), attributes));
    }
}
