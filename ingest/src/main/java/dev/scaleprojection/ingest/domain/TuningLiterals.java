package dev.scaleprojection.ingest.domain;

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

    private TuningLiterals() {
    }

    /**
     * String literals naming a parameter: {@code "${app.page-size:20}"}, {@code os.getenv("POOL_SIZE", "10")},
     * {@code {"timeout": 30}}, {@code props.put("max.poll.records", 500)}.
     */
    static void read(TuningReport report) {
        CodeFile file = report.file();
        String view = report.numbers().text();
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

    private static boolean mentionsStem(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String stem : HardcodedTuning.STEMS) {
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
