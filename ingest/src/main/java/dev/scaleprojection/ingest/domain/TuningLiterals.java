package dev.scaleprojection.ingest.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tuning named by string literals: a placeholder default ({@code "${app.page-size:20}"}), the default of an environment
 * or configuration lookup ({@code os.getenv("POOL_SIZE", "10")}), a quoted key ({@code {"timeout": 30}}) and a quoted
 * key given to a setter ({@code props.put("max.poll.records", 500)}).
 */
final class TuningLiterals {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([\\w.\\-\\[\\]]+):(-?\\d[\\d_.]*\\w*)}");
    private static final Pattern ENTRY = Pattern.compile("\\G\\s*(?::|=>)\\s*");
    private static final Pattern NEXT_ARGUMENT = Pattern.compile("\\G[\"'`]?\\s*,\\s*");
    private static final Pattern LOOKUP = Pattern.compile("(?i).*(env|environ|getenv|getproperty|config|settings|getordefault"
            + "|getint|getinteger|getlong|getvalue).*");

    /** Lower-cases to 'k' ({@code Locale.ROOT}), as {@code String.toLowerCase} does before the stems are searched. */
    private static final char KELVIN_SIGN = '\u212A';

    private TuningLiterals() {
    }

    /**
     * String literals naming a parameter: {@code "${app.page-size:20}"}, {@code os.getenv("POOL_SIZE", "10")},
     * {@code {"timeout": 30}}, {@code props.put("max.poll.records", 500)}.
     */
    static void read(TuningReport report) {
        CodeFile file = report.file();
        String view = report.numbers().text();
        List<String> stems = stemsIn(file);
        if (stems.isEmpty()) {
            return;
        }
        for (StringLiteral literal : file.source().literals()) {
            String value = literal.value();
            if (value.length() > 200 || !mentionsStem(value, stems)) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                String key = placeholder.group(1);
                int offset = literal.contentOffset() + placeholder.start(2);
                int end = literal.contentOffset() + placeholder.end(2);
                TuningNames.ofKey(key).ifPresent(p -> TuningValues.configured(placeholder.group(2))
                        .map(v -> new TuningValues.Value(v.number(), v.unit(), v.duration(), end))
                        .ifPresent(v -> report.add(p, key, offset, v, Optional.of("placeholder"))));
            }
            if (Regexes.matches(value, "[A-Za-z_][\\w.-]*") && TuningNames.ofKey(value).isPresent()) {
                environmentLookup(report, literal);
                quotedKey(report, view, literal);
                report.keyed(literal.startOffset(), literal.endOffset(), value);
            }
        }
    }

    /**
     * The stems a literal of this file may hold: a literal is the file's own text, so only those the file holds in some
     * ASCII case, unless it holds the Kelvin sign, the one character outside ASCII that lower-cases into a stem's letter
     * ('İ' lower-cases into an 'i' followed by a combining dot, and no stem ends with 'i').
     */
    private static List<String> stemsIn(CodeFile file) {
        if (file.file().content().indexOf(KELVIN_SIGN) >= 0) {
            return List.of(HardcodedTuning.STEMS);
        }
        return Arrays.stream(HardcodedTuning.STEMS).filter(file::mentions).toList();
    }

    private static boolean mentionsStem(String value, List<String> stems) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@code {"timeout": 30}}, {@code 'pool_size' => 10}: a quoted key with an amount. */
    private static void quotedKey(TuningReport report, String view, StringLiteral key) {
        Matcher entry = ENTRY.matcher(view).region(key.endOffset(), view.length());
        if (entry.lookingAt()) {
            TuningNames.ofKey(key.value()).ifPresent(p -> TuningValues.at(view, entry.end())
                    .ifPresent(value -> report.add(p, key.value(), entry.end(), value, Optional.empty())));
        }
    }

    private static void environmentLookup(TuningReport report, StringLiteral key) {
        CodeFile file = report.file();
        String view = report.numbers().text();
        CodeContext context = CodeContext.of(file.source(), file.language(), key);
        if (!context.isFirstArgument() || !LOOKUP.matcher(context.calleeExpression()).matches()) {
            return;
        }
        Matcher next = NEXT_ARGUMENT.matcher(view).region(key.endOffset() - 1, view.length());
        if (next.lookingAt()) {
            String by = Regexes.matches(context.calleeExpression().toLowerCase(Locale.ROOT), ".*(env|environ).*")
                    ? Fallbacks.ENVIRONMENT : "configuration";
            TuningNames.ofKey(key.value()).ifPresent(p -> TuningValues.at(view, next.end())
                    .ifPresent(value -> report.add(p, key.value(), next.end(), value, Optional.of(by))));
        }
    }
}
