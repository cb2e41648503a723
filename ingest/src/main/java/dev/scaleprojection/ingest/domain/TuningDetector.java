package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Batch, page, pool and queue sizes, timeouts and retry counts. Written into production code they are
 * {@code configuration.hardcoded-tuning} (see {@link HardcodedTuning}; C# auto-properties, {@link AutoPropertyTuning}),
 * marked {@code holder} when kept in a configuration class or module; when only the default of an environment variable, property or flag they are
 * {@code configuration.configured-tuning} marked {@code overriddenBy}, as they are when set in configuration files
 * (anchored at the key). Schema and data migrations run once per deployment: their batch sizes tune nothing that scales;
 * a module that runs in each user's browser ({@link SharedStateDetector#runsInBrowser}: React client modules, Angular,
 * scripts served as they are) tunes the user interface, not a service.
 * Temporal's activity timeouts and retry attempts are part of the workflow's deterministic definition (see
 * {@link TemporalOptions}). Attributes: parameter batch|page|pool|queue|timeout|retry,
 * value, unit (count for sizes; ms, seconds … or unspecified for timeouts), name (or key).
 */
public final class TuningDetector implements Detector {

    public static final String HARDCODED = "configuration.hardcoded-tuning";
    public static final String CONFIGURED = "configuration.configured-tuning";

    private static final String[] WORDS = {"timeout", "batch", "chunk", "bulk", "page", "pool", "queue", "retr", "attempt",
        "tries", "worker", "thread", "connection", "concurrency", "deadline", "records", "fetchsize", "fetch_size", "backlog",
        "prefetch"};

    /** Settings of build tools, not of the component: {@code gradle-wrapper.properties}, {@code maven-wrapper.properties}. */
    private static final java.util.regex.Pattern BUILD_TOOL_SETTINGS = java.util.regex.Pattern.compile(
            "(?i)(gradle|maven)-wrapper\\.properties|\\.?npmrc|\\.yarnrc.*|lerna\\.json|nx\\.json|turbo\\.json");
    /** Django and Alembic migrations, Rails' db/migrate, EF Core's Migrations folder. */
    private static final java.util.regex.Pattern MIGRATIONS = java.util.regex.Pattern.compile(
            "(?i)(^|.*/)(migrations|migrate|alembic/versions)/.*");

    private final YamlParser yaml;

    public TuningDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE, FileRole.CONFIGURATION);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (!Mentions.containsAnyIgnoreCase(file, WORDS)) {
            return List.of();
        }
        if (file.role() == FileRole.CONFIGURATION) {
            return BUILD_TOOL_SETTINGS.matcher(file.name()).matches() ? List.of() : configured(file);
        }
        if (inMigrations(file.path())) {
            return List.of();
        }
        // a user interface's own timings and page sizes run in each user's browser, not in a service that scales
        List<Finding> found = CodeFile.production(file).filter(code -> !SharedStateDetector.runsInBrowser(code))
                .map(TuningDetector::hardcoded).orElse(List.of());
        return !found.isEmpty() && TemporalOptions.usesTemporal(file)
                ? found.stream().filter(f -> !TemporalOptions.isActivityOption(f)).toList() : found;
    }

    private static List<Finding> hardcoded(CodeFile code) {
        List<Finding> found = HardcodedTuning.of(code);
        List<Finding> properties = AutoPropertyTuning.of(code);
        if (properties.isEmpty()) {
            return found;
        }
        List<Finding> all = new ArrayList<>(found);
        all.addAll(properties);
        return all;
    }

    /** Every path {@link #MIGRATIONS} takes holds one of two words: the pattern runs only on those. */
    private static boolean inMigrations(String path) {
        String lower = Mentions.asciiLowerCase(path);
        return (lower.contains("migrat") || lower.contains("alembic/versions")) && MIGRATIONS.matcher(path).matches();
    }

    private List<Finding> configured(SourceFile file) {
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        for (ConfigEntry entry : ConfigEntries.of(file, yaml)) {
            Optional<String> parameter = TuningNames.ofKey(entry.key());
            if (parameter.isEmpty() || entry.value().isBlank() || Placeholders.isBarePlaceholder(entry.value())) {
                continue;
            }
            Placeholders.Resolved resolved = Placeholders.resolve(entry.value());
            TuningValues.configured(resolved.value()).ifPresent(value -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("parameter", parameter.get());
                attributes.put("value", value.number());
                attributes.put("unit", unit(parameter.get(), entry.key(), value));
                attributes.put("key", entry.key());
                if (resolved.usedDefault()) {
                    attributes.put("overridable", "true");
                }
                findings.add(new Finding(CONFIGURED, Finding.CONFIGURATION, file.path(), entry.line(), entry.line(),
                        Snippets.lines(lines, entry.line(), entry.line()), entry.key(), attributes));
            });
        }
        return List.copyOf(findings);
    }

    private static String unit(String parameter, String key, TuningValues.Value value) {
        if (!parameter.equals(TuningNames.TIMEOUT)) {
            return "count";
        }
        if (!value.unit().isEmpty()) {
            return value.unit();
        }
        List<String> words = Identifiers.words(key.substring(key.lastIndexOf('.') + 1));
        String unit = TuningValues.unit(Identifiers.last(words));
        return unit.isEmpty() ? "unspecified" : unit;
    }
}
