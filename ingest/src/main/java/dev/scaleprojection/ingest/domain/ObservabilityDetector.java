package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a component does to be observed: {@code observability.logging} (a logging framework configured: logback,
 * log4j2, python logging, structlog, winston, pino, zap, Go's slog given a handler, Serilog …; attribute format
 * structured|text),
 * {@code observability.metrics} (Micrometer, Prometheus clients, OpenTelemetry metrics, StatsD, Go's expvar) and
 * {@code observability.tracing} (OpenTelemetry, Micrometer Tracing, Sleuth, Brave, Zipkin, Jaeger, OpenTracing, a
 * Dapr {@code Configuration}'s tracing of its sidecars), each from
 * build manifests, code or configuration keys, once per file and library (attributes library, source
 * dependency|code|configuration); and {@code observability.unbounded-metric-label} for metric labels fed unbounded
 * values (see {@link MetricLabels}).
 */
public final class ObservabilityDetector implements Detector {

    public static final String LOGGING = "observability.logging";
    public static final String METRICS = "observability.metrics";
    public static final String TRACING = "observability.tracing";
    public static final String UNBOUNDED_LABEL = "observability.unbounded-metric-label";

    /** Renovate and Dependabot name packages to group or ignore: the build depends on none of them. */
    private static final java.util.regex.Pattern UPDATE_BOT_CONFIGURATION = java.util.regex.Pattern.compile(
            "(?i)renovate\\.json5?|\\.renovaterc(\\.json5?)?|dependabot\\.ya?ml");

    private final YamlParser yaml;

    public ObservabilityDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE, FileRole.CONFIGURATION, FileRole.BUILD, FileRole.OTHER);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        return switch (file.role()) {
            case BUILD -> dependencies(file);
            case CONFIGURATION, OTHER -> ObservabilitySetups.isLoggingFile(file.name(), file.content()) ? loggingFile(file)
                    : file.role() == FileRole.CONFIGURATION ? configuration(file) : List.of();
            case PRODUCTION_CODE -> code(file);
            default -> List.of();
        };
    }

    private static List<Finding> loggingFile(SourceFile file) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("library", ObservabilitySetups.framework(file.name()));
        attributes.put("format", ObservabilitySetups.format(file.content()));
        attributes.put("source", "configuration");
        attributes.put("value", attributes.get("library"));
        return List.of(new Finding(LOGGING, Finding.CONFIGURATION, file.path(), 1, 1, file.name(), "", attributes));
    }

    private static List<Finding> dependencies(SourceFile file) {
        if (UPDATE_BOT_CONFIGURATION.matcher(file.name()).matches()) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lower = Mentions.asciiLowerCase(file.content());
        for (ObservabilitySetups.Signature signature : ObservabilitySetups.DEPENDENCIES) {
            if (signature.hints().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher matcher = signature.pattern().matcher(file.content());
            while (matcher.find()) {
                int line = lines.lineAt(matcher.start());
                String text = lines.line(line).strip();
                boolean declared = !text.startsWith("#") && !text.startsWith("//") && !text.startsWith("<!--")
                        && !text.contains("// indirect") && !PomElements.managedOnly(file.name(), file.content(), matcher.start());
                if (declared && seen.add(signature.kind() + signature.library())) {
                    findings.add(new Finding(signature.kind(), Finding.DEPLOYMENT_DESCRIPTOR, file.path(), line, line,
                            Snippets.lines(lines, line, line), signature.library(), setup(signature, "dependency", "")));
                    break;
                }
            }
        }
        return findings;
    }

    private List<Finding> configuration(SourceFile file) {
        String lower = file.content().toLowerCase(java.util.Locale.ROOT);
        boolean dapr = lower.contains("dapr.io");
        if (!lower.contains("logging") && !lower.contains("management") && !lower.contains("sleuth") && !lower.contains("otel")
                && !lower.contains("opentelemetry") && !lower.contains("serilog") && !dapr) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigEntry entry : ConfigEntries.of(file, yaml)) {
            if (!ObservabilitySetups.mayBeSetUpKey(entry.key()) || switchedOff(entry)) {
                continue;
            }
            for (ObservabilitySetups.Signature signature : ObservabilitySetups.KEYS) {
                boolean exposure = entry.key().equals("management.endpoints.web.exposure.include");
                if (signature.library().equals("dapr") && !daprTracing(dapr, entry)) {
                    continue;
                }
                if (signature.pattern().matcher(entry.key()).find() && (!exposure || entry.value().contains("prometheus"))
                        && seen.add(signature.kind() + signature.library())) {
                    String format = signature.kind().equals(LOGGING) ? ObservabilitySetups.format(entry.key() + " "
                            + entry.value())
                            : "";
                    findings.add(new Finding(signature.kind(), Finding.CONFIGURATION, file.path(), entry.line(), entry.line(),
                            Snippets.lines(lines, entry.line(), entry.line()), entry.key(), setup(signature,
                                    "configuration", format)));
                }
            }
        }
        return findings;
    }

    /**
     * A setting that switches something off sets nothing up: jhipster's production profile turns the Prometheus export
     * off ({@code management.prometheus.metrics.export.enabled: false}).
     */
    private static boolean switchedOff(ConfigEntry entry) {
        String last = entry.key().substring(entry.key().lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return (last.endsWith("enabled") || last.endsWith("enable")) && entry.value().strip().equalsIgnoreCase("false");
    }

    /**
     * A Dapr {@code Configuration} traces every call its sidecars carry (eShopOnDapr's {@code spec.tracing} to Zipkin),
     * unless it samples nothing ({@code samplingRate: "0"}).
     */
    private static boolean daprTracing(boolean daprResource, ConfigEntry entry) {
        return daprResource && !(entry.key().endsWith("samplingRate") && Regexes.matches(entry.value().strip(), "0+(\\.0*)?"));
    }

    private static List<Finding> code(SourceFile file) {
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObservabilitySetups.Signature signature : ObservabilitySetups.CODE) {
            if (!ObservabilitySetups.appliesTo(signature, code.get().language())) {
                continue;
            }
            int offset = firstSetUp(code.get(), signature);
            if (offset >= 0 && seen.add(signature.kind() + signature.library())) {
                String format = signature.kind().equals(LOGGING)
                        ? ObservabilitySetups.format(statement(code.get(), offset, signature)) : "";
                findings.add(code.get().finding(signature.kind(), offset, code.get().anchorOrMember(offset),
                        setup(signature, "code", format)));
            }
        }
        findings.addAll(MetricLabels.of(code.get()));
        return findings;
    }

    /**
     * Where the signature first shows outside imports and tests, or -1. The pattern only runs around the places where
     * one of its words occurs, which is what keeps a file without them cheap.
     */
    private static int firstSetUp(CodeFile file, ObservabilitySetups.Signature signature) {
        String text = file.code();
        int first = -1;
        Matcher reused = null;
        RequiredWords required = null;
        for (String hint : signature.hints()) {
            for (int at : file.starts(hint)) {
                if (first >= 0 && at >= first) {
                    break;
                }
                int from = Math.max(0, at - 48);
                int to = Math.min(text.length(), at + 200);
                required = required == null ? new RequiredWords(text, ObservabilitySetups.requiredWords(signature)) : required;
                if (!required.anyWithin(from, to)) {
                    continue;
                }
                reused = reused == null ? signature.pattern().matcher(text) : reused;
                Matcher matcher = reused.region(from, to);
                if (matcher.find() && matcher.start() <= at + hint.length() && accepted(file, matcher.start())) {
                    first = first < 0 ? matcher.start() : Math.min(first, matcher.start());
                    break;
                }
            }
        }
        return first;
    }

    private static boolean accepted(CodeFile file, int offset) {
        String line = file.source().codeLine(file.line(offset)).strip();
        return !Regexes.matches(line, "(import|using|from|package|require)\\b.*") && !file.insideTest(offset);
    }

    /** The text of the statement that configures logging, strings readable, to judge its format. */
    private static String statement(CodeFile file, int offset, ObservabilitySetups.Signature signature) {
        int from = file.source().lineStart(file.line(offset));
        // a Python handler is given its formatter on the lines before it is added: formatter = JsonFormatter(…)
        from = signature.library().equals("python-logging") ? Math.max(0, from - 600) : from;
        int to = Math.min(file.uncommented().length(), from + 600);
        return file.uncommented().substring(from, to);
    }

    private static Map<String, String> setup(ObservabilitySetups.Signature signature, String source, String format) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("library", signature.library());
        attributes.put("source", source);
        if (!format.isEmpty()) {
            attributes.put("format", format);
        }
        attributes.put("value", signature.library());
        return attributes;
    }
}
