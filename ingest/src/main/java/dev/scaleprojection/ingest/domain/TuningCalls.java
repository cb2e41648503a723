package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tuning amounts given to a call named for what they tune ({@link HardcodedTuning}): the one amount among its
 * positional arguments, or a generic size keyword ({@code Retry(total=5)}), goes to the report under the call's name.
 * Timers and calls named like constants tune nothing.
 */
final class TuningCalls {

    private static final Pattern KEYWORD_ARGUMENT = Pattern.compile(
            "\\s*[\"']?([A-Za-z_$][\\w$]*)[\"']?\\s*(?:=(?![=>])|:(?!:))\\s*");
    private static final Pattern GENERIC_SIZE = Pattern.compile(
            "(?i)max_?size|size|capacity|limit|total|max|maxlen|max_?workers|workers|processes");
    /** Timers schedule work, they bound no wait: the browser's and Node's, on their own or on window, and AngularJS's. */
    private static final Set<String> TIMERS = Set.of("setTimeout", "setInterval", "setImmediate", "clearTimeout", "$timeout",
            "$interval");
    private static final Pattern TIMER_OWNER = Pattern.compile("(?s).*\\b(window|globalThis|self)\\s*\\.\\s*");

    private final NumericView numbers;
    private final String view;
    private final TuningReport report;

    TuningCalls(TuningReport report) {
        this.numbers = report.numbers();
        this.view = numbers.text();
        this.report = report;
    }

    /**
     * A call named for a parameter: {@code setConnectTimeout(5000)}, {@code new ArrayBlockingQueue<>(100)}, {@code
     * PageRequest.of(0, 20)}.
     */
    void call(String name, int start, int open) {
        String before = view.substring(Math.max(0, start - 4), start);
        boolean constructor = before.contains("new") && Regexes.matches(before, "(?s).*\\bnew\\s*");
        boolean receiver = start > 0 && (view.charAt(start - 1) == '.' || start > 1 && view.startsWith("::", start - 2));
        boolean timer = TIMERS.contains(name) && (!receiver
                || TIMER_OWNER.matcher(view.substring(Math.max(0, start - 20), start)).matches());
        if (!constructor && isConstantName(name) || timer) {
            return;
        }
        Optional<String> parameter = TuningNames.ofCall(name);
        if (parameter.isEmpty()) {
            return;
        }
        List<int[]> arguments = Calls.arguments(view, open, Calls.closing(view, open));
        Optional<Amount> amount = amounts(parameter.get(), arguments).or(() -> keywordAmount(arguments));
        if (constructor && amount.isPresent() && isCounterStart(name, parameter.get(), amount.get())) {
            return;
        }
        amount.ifPresent(found -> report.add(parameter.get(), found.name().isEmpty() ? name : name + "." + found.name(),
                found.offset(), found.value(), Optional.empty()));
    }

    /**
     * {@code new OutboxRetryCount(0)}: a type that counts attempts made, built at zero, is a counter starting (as a
     * local {@code retries = 0} is); a limit is named so ({@code new MaxRetries(0)}) and a count above zero is kept.
     */
    private static boolean isCounterStart(String name, String parameter, Amount amount) {
        if (!parameter.equals(TuningNames.RETRY) || !amount.value().number().equals("0")) {
            return false;
        }
        List<String> words = Identifiers.words(name);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return Set.of("count", "counter", "attempt", "attempts").contains(last)
                && words.stream().noneMatch(w -> w.equals("max") || w.equals("maximum") || w.equals("limit"));
    }

    /** {@code name.matches("[A-Z0-9_]+")}. */
    private static boolean isConstantName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private record Amount(String name, int offset, TuningValues.Value value) {
    }

    /** The one amount among a call's positional arguments; a page request's first is the page's index, its size is its last. */
    private Optional<Amount> amounts(String parameter, List<int[]> arguments) {
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            int start = numbers.skipSpaces(arguments.get(i)[0]);
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
        if (parameter.equals(TuningNames.PAGE) && arguments.size() > 1) {
            amounts.removeIf(a -> a.offset() < arguments.get(1)[0]);
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
}
