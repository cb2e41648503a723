package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The signatures of logging, metrics and tracing set-up: which library a build manifest, a code line or a
 * configuration key shows, and whether logs are structured. Kept as data so the detector only walks them.
 */
final class ObservabilitySetups {

    /**
     * A signature: the fact kind it shows, the library it names, the text that shows it, and words (lower case) one of
     * which that text always contains, so the pattern only runs where one of them occurs.
     */
    record Signature(String kind, String library, Pattern pattern, List<String> hints) {
    }

    static final List<Signature> DEPENDENCIES = List.of(
            metric("micrometer", "micrometer-registry-[\\w-]+|io\\.micrometer:micrometer-core", "micrometer"),
            metric("prometheus", "io\\.prometheus[:.]|prometheus[-_]client|\"prom-client\"|client_golang/prometheus"
                    + "|prometheus-net|django-prometheus|prometheus-fastapi-instrumentator|starlette-exporter|"
                    + "prometheus-flask-exporter", "prometheus", "prom-client", "starlette-exporter"),
            metric("opentelemetry", "opentelemetry-exporter-prometheus|@opentelemetry/sdk-metrics|otel/sdk/metric"
                    + "|OpenTelemetry\\.Exporter\\.Prometheus|opentelemetry-sdk-metrics", "opentelemetry", "otel/"),
            metric("statsd", "\"hot-shots\"|\"node-statsd\"|\"statsd-client\"|\\bstatsd\\b|java-statsd-client|"
                    + "(?i:datadog)/datadog-go", "statsd", "hot-shots", "datadog-go"),
            metric("dropwizard", "io\\.dropwizard\\.metrics|com\\.codahale\\.metrics|(?<![\\w.-])metrics-core",
                    "dropwizard", "codahale", "metrics-core"),
            tracing("opentelemetry", "opentelemetry-(?:api|sdk|exporter-otlp|spring-boot-starter|javaagent|instrumentation)"
                    + "|@opentelemetry/(?:sdk-node|sdk-trace-\\w+|api|auto-instrumentations-node)|go\\.opentelemetry\\.io/otel\\b"
                    + "|OpenTelemetry\\.(?:Extensions\\.Hosting|Exporter\\.OpenTelemetryProtocol|Instrumentation\\.\\w+)"
                    + "|opentelemetry-distro", "opentelemetry"),
            tracing("micrometer-tracing", "micrometer-tracing-bridge-(?:otel|brave)|spring-boot-starter-opentelemetry",
                    "micrometer-tracing", "opentelemetry"),
            tracing("sleuth", "spring-cloud-starter-sleuth|spring-cloud-sleuth", "sleuth"),
            tracing("zipkin", "zipkin-reporter|io\\.zipkin|zipkin-sender|spring-cloud-sleuth-zipkin|spring-boot-starter-zipkin",
                    "zipkin"),
            tracing("jaeger", "jaeger-client|jaegertracing|opentelemetry-exporter-jaeger", "jaeger"),
            tracing("datadog", "\"dd-trace\"|dd-java-agent|ddtrace", "dd-trace", "dd-java-agent", "ddtrace"),
            tracing("instana", "(?m)@instana/collector|instana-java-sdk|github\\.com/instana/go-sensor|^instana\\b(?![.-])",
                    "instana"),
            tracing("newrelic", "(?m)\"newrelic\"|com\\.newrelic\\.agent|github\\.com/newrelic/go-agent|^newrelic\\b(?![.-])",
                    "newrelic"),
            tracing("elastic-apm", "(?m)\"elastic-apm-node\"|co\\.elastic\\.apm|go\\.elastic\\.co/apm|^elastic-apm\\b(?![.-])",
                    "elastic-apm", "elastic.apm", "elastic.co/apm"),
            logging("logstash", "logstash-logback-encoder", "logstash-logback-encoder"),
            logging("structlog", "\\bstructlog\\b", "structlog"),
            logging("loguru", "(?m)^\\s*[\"']?loguru\\b(?![.-])", "loguru"),
            logging("serilog", "Serilog\\.AspNetCore|Serilog\\.Sinks|Serilog\\.Extensions\\.(?:Logging|Hosting)|\"Serilog\"",
                    "serilog"),
            logging("winston", "\"winston\"", "winston"),
            logging("pino", "\"pino\"", "pino"),
            logging("zap", "go\\.uber\\.org/zap", "go.uber.org/zap"),
            logging("zerolog", "github\\.com/rs/zerolog", "zerolog"),
            logging("logrus", "github\\.com/sirupsen/logrus", "logrus"));

    static final List<Signature> CODE = List.of(
            metric("micrometer", "\\bMeterRegistry\\b|\\b(?:Counter|Timer|Gauge|DistributionSummary)\\.builder\\s*\\(|"
                    + "@Timed\\b|@Counted\\b"
                    + "|\\bMetrics\\.(?:counter|timer|gauge)\\s*\\(", "meterregistry", "counter.builder",
                    "timer.builder", "gauge.builder",
                    "summary.builder", "@timed", "@counted", "metrics.counter", "metrics.timer", "metrics.gauge"),
            metric("prometheus", "\\bfrom\\s+prometheus_client\\s+import|\\bprometheus_client\\.|\\bpromauto\\.New|"
                    + "\\bprometheus\\.New(?:Counter"
                    + "|Gauge|Histogram|Summary)|\\bprometheus\\.MustRegister\\s*\\(|\\bpromhttp\\.Handler\\s*\\(|"
                    + "\\bcollectDefaultMetrics\\s*\\("
                    + "|new\\s+(?:client|promClient|Prometheus|prom)\\.(?:Counter|Gauge|Histogram|Summary)\\s*\\(|"
                    + "\\bMetrics\\.Create(?:Counter|Gauge"
                    + "|Histogram|Summary)\\s*\\(|\\bUseMetricServer\\s*\\(|\\bUseHttpMetrics\\s*\\(|"
                    + "\\bmake_asgi_app\\s*\\(", "prom", "client.counter", "client.gauge", "client.histogram",
                    "client.summary", "collectdefaultmetrics", "metrics.create",
                    "usemetricserver", "usehttpmetrics", "make_asgi_app"),
            metric("opentelemetry",
                    "\\bmetrics\\.get_meter\\s*\\(|\\bset_meter_provider\\s*\\(|\\bMeterProvider\\s*\\(|\\.WithMetrics\\s*\\("
                    + "|\\bmetrics\\.getMeter\\s*\\(|\\botel\\.Meter\\s*\\(|\\bSdkMeterProvider\\b|"
                    + "\\bnew\\s+Meter\\s*\\(|AddPrometheusExporter\\s*\\(", "get_meter", "meterprovider",
                    "meter_provider", "withmetrics", "getmeter",
                    "otel.meter", "new meter(", "prometheusexporter"),
            // Go's standard library counters, served at /debug/vars (ardanlabs/service's app/sdk/metrics)
            metric("expvar", "\\bexpvar\\.(?:New(?:Int|Float|Map|String)|Publish)\\s*\\(", "expvar."),
            metric("statsd", "\\bStatsClient\\s*\\(|\\bnew\\s+(?:StatsD|NonBlockingStatsDClient\\w*)\\s*\\(|"
                    + "\\bstatsd\\.New\\s*\\(", "statsclient", "statsd"),
            tracing("opentelemetry",
                    "\\bOpenTelemetrySdk\\.builder\\s*\\(|\\bSdkTracerProvider\\b|\\bTracerProvider\\s*\\(|"
                            + "\\bset_tracer_provider\\s*\\("
                    + "|\\bnew\\s+NodeSDK\\s*\\(|\\bnew\\s+NodeTracerProvider\\s*\\(|"
                    + "\\botel\\.SetTracerProvider\\s*\\(|\\bsdktrace\\.NewTracerProvider\\s*\\("
                    + "|\\.WithTracing\\s*\\(|\\bAddOpenTelemetryTracing\\s*\\(|@WithSpan\\b|"
                    + "\\bAddOpenTelemetry\\s*\\(", "opentelemetry", "tracerprovider", "tracer_provider", "nodesdk",
                    "withtracing", "withspan"),
            tracing("sentry", "\\bsentry_sdk\\.init\\s*\\((?:[^()]|\\([^()]*\\))*?\\b(?:enable_tracing\\s*=\\s*True"
                    + "|traces_sample_rate|traces_sampler)\\b|\\bSentry\\.init\\s*\\(\\s*\\{[^}]*?\\btraces(?:SampleRate|Sampler)\\b"
                    + "|\\bsentry\\.Init\\s*\\(\\s*sentry\\.ClientOptions\\s*\\{[^}]*?\\b(?:EnableTracing|TracesSampleRate)\\b",
                    "sentry"),
            tracing("sleuth", "@NewSpan\\b|@ContinueSpan\\b", "@newspan", "@continuespan"),
            tracing("brave", "\\bTracing\\.newBuilder\\s*\\(", "tracing.newbuilder"),
            tracing("jaeger", "\\bJaegerExporter\\b|\\bjaeger\\.New\\s*\\(|\\bnew\\s+JaegerTracer\\b", "jaeger"),
            tracing("zipkin", "\\bZipkinSpanExporter\\b|\\bzipkin\\.New\\s*\\(", "zipkin"),
            // the tracer a service installs for OpenTracing's API, whichever tracer it built (Go-CQRS-Kafka-gRPC-Microservices)
            tracing("opentracing", "\\bopentracing\\.(?:SetGlobalTracer|InitGlobalTracer)\\s*\\(|\\bGlobalTracer\\.register"
                    + "(?:IfAbsent)?\\s*\\(", "opentracing", "globaltracer"),
            logging("python-logging",
                    "\\blogging\\.config\\.(?:dictConfig|fileConfig)\\s*\\(|\\blogging\\.basicConfig\\s*\\(|"
                            + "\\bdictConfig\\s*\\(|\\.addHandler\\s*\\((?!\\s*(?:logging\\.)?NullHandler\\b)", "dictconfig",
                    "fileconfig", "basicconfig", "addhandler"),
            // Django configures logging from its settings' LOGGING dictionary (healthchecks' hc/settings.py)
            logging("python-logging", "(?m)^LOGGING\\s*=\\s*\\{", "logging = {", "logging={"),
            logging("structlog", "\\bstructlog\\.configure\\s*\\(", "structlog"),
            logging("loguru", "\\blogger\\.(?:configure|add)\\s*\\(", "logger.configure", "logger.add"),
            logging("winston", "\\bwinston\\.createLogger\\s*\\(|\\bcreateLogger\\s*\\(\\s*\\{", "createlogger"),
            // winston's default logger configured, or a transport made for any of its loggers (express-typescript-boilerplate's
            // winstonLoader: configure({ transports: [new transports.Console({…})] }) with configure imported from winston)
            logging("winston", "\\bwinston\\.configure\\s*\\(|\\bnew\\s+(?:winston\\.)?transports\\.[A-Z]\\w*\\s*\\(",
                    "winston.configure", "transports."),
            logging("pino", "\\bpino\\s*\\(|\\bpinoHttp\\s*\\(", "pino"),
            logging("bunyan", "\\bbunyan\\.createLogger\\s*\\(", "bunyan"),
            logging("zap", "\\bzap\\.New(?:Production|Development|Example)?\\s*\\(|\\bzap\\.Config\\s*\\{", "zap."),
            logging("zerolog", "\\bzerolog\\.New\\s*\\(", "zerolog"),
            logging("logrus", "\\blogrus\\.Set(?:Formatter|Level|Output)\\s*\\(", "logrus"),
            logging("slog", "\\bslog\\.New(?:JSONHandler|TextHandler)?\\s*\\(|\\bslog\\.SetDefault\\s*\\(", "slog."),
            logging("serilog", "\\bnew\\s+LoggerConfiguration\\s*\\(|\\.UseSerilog\\s*\\(|\\bAddSerilog\\s*\\(",
                    "loggerconfiguration", "serilog"),
            logging("dotnet-logging", "\\bAddJsonConsole\\s*\\(", "addjsonconsole"));

    /** Configuration keys, matched against the whole key path. */
    static final List<Signature> KEYS = List.of(
            logging("spring-boot", "^logging\\.structured\\.format\\.\\w+$|^logging\\.config$"),
            metric("micrometer", "^management\\.metrics\\.|^management\\.prometheus\\.|^management\\.otlp\\.metrics\\."
                    + "|^management\\.endpoints\\.web\\.exposure\\.include$"),
            tracing("micrometer-tracing", "^management\\.tracing\\.|^management\\.zipkin\\.|^management\\.otlp\\.tracing\\."),
            tracing("sleuth", "^spring\\.sleuth\\."),
            tracing("opentelemetry", "(?i)^otel[._]|^OpenTelemetry\\."),
            tracing("dapr", "^spec\\.tracing\\.(?:samplingRate|(?:zipkin|otel)\\.endpointAddress)$"),
            logging("serilog", "^Serilog\\."));

    /** The first letters of the keys {@link #KEYS} find, in either case: each of its patterns is anchored at the key's start. */
    private static final String KEY_STARTS = "lmsoLMSO";

    private static final Pattern STRUCTURED = Pattern.compile("LogstashEncoder|LoggingEventCompositeJsonEncoder|JsonLayout"
            + "|JsonTemplateLayout|EcsLayout|EcsEncoder|JsonEncoder|JSONFormatter|jsonlogger|JsonFormatter|CompactJsonFormatter"
            + "|RenderedCompactJsonFormatter|NewJSONHandler|NewProduction|JSONRenderer|format\\.json\\(|AddJsonConsole|"
            + "\\becs\\b|logstash"
            + "|gelf|\\bpino\\b|\\bzerolog\\b|\"json\"|'json'", Pattern.CASE_INSENSITIVE);
    private static final Pattern PYTHON_LOGGING_CONFIGURATION = Pattern.compile("(?m)^\\s*\"?version\"?\\s*[:=]\\s*1\\b"
            + "|^\\s*\\[(?:loggers|handlers|formatters)]");
    private static final Pattern LOGGING_FILE = Pattern.compile("(?i)(logback(-spring)?|log4j2?(-spring)?|logging|nlog)"
            + "\\.(xml|properties|ya?ml|json|conf|ini|config)");

    private ObservabilitySetups() {
    }

    /**
     * Whether one of {@link #KEYS} may find {@code key}: every pattern there starts with '^' (without multi-line mode, the
     * key's start) and a key of logging, management, spring.sleuth, otel, OpenTelemetry, spec.tracing or Serilog. Most
     * keys of a configuration file start otherwise, and are not given to seven patterns.
     */
    static boolean mayBeSetUpKey(String key) {
        return !key.isEmpty() && KEY_STARTS.indexOf(key.charAt(0)) >= 0;
    }

    /**
     * A logging framework's own configuration file. A {@code logging.yml} is Python's only when it reads like a
     * {@code dictConfig} or {@code fileConfig}; Spring Boot projects import {@code logging.yml} as application
     * configuration ({@code logging.config: classpath:logback.xml}), whose keys say what it sets up.
     */
    static boolean isLoggingFile(String name, String content) {
        if (!LOGGING_FILE.matcher(name).matches()) {
            return false;
        }
        return !framework(name).equals("python-logging") || PYTHON_LOGGING_CONFIGURATION.matcher(content).find();
    }

    static String framework(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("logback")) {
            return "logback";
        }
        if (lower.startsWith("log4j2")) {
            return "log4j2";
        }
        if (lower.startsWith("log4j")) {
            return "log4j";
        }
        if (lower.startsWith("nlog")) {
            return "nlog";
        }
        return lower.endsWith(".properties") ? "java-util-logging" : "python-logging";
    }

    static String format(String text) {
        return STRUCTURED.matcher(text).find() ? "structured" : "text";
    }

    /**
     * Words every match of a code signature's pattern contains, one at least, where its hints are common words of
     * other code (the {@code prom} of Prometheus is in every TypeScript {@code Promise}); empty where not worked out.
     */
    static List<String> requiredWords(Signature signature) {
        return signature.kind().equals(ObservabilityDetector.METRICS) && signature.library().equals("prometheus")
                ? PROMETHEUS_WORDS : List.of();
    }

    /**
     * Whether a code signature can show in a file of {@code language}: Micrometer is a JVM library, and {@code
     * Metrics.gauge(…)} in TypeScript calls the project's own wrapper (outline's, over StatsD); Python's logging set-up
     * is Python's ({@code logger.addHandler(…)} in Java is java.util.logging's).
     */
    static boolean appliesTo(Signature signature, Language language) {
        if (signature.library().equals("python-logging") || signature.library().equals("loguru")) {
            return language == Language.PYTHON;
        }
        if (signature.library().equals("winston")) {
            return language == Language.JAVASCRIPT || language == Language.TYPESCRIPT;
        }
        return !signature.library().startsWith("micrometer") || language == Language.JAVA || language == Language.KOTLIN
                || language == Language.SCALA;
    }

    /** One of these is in each alternative of the Prometheus code signature. */
    private static final List<String> PROMETHEUS_WORDS = List.of("prometheus", "promauto.", "promhttp.",
            "collectDefaultMetrics", ".Counter", ".Gauge", ".Histogram", ".Summary", "Metrics.Create", "UseMetricServer",
            "UseHttpMetrics", "make_asgi_app");

    private static Signature metric(String library, String pattern, String... hints) {
        return new Signature(ObservabilityDetector.METRICS, library, Pattern.compile(pattern), List.of(hints));
    }

    private static Signature tracing(String library, String pattern, String... hints) {
        return new Signature(ObservabilityDetector.TRACING, library, Pattern.compile(pattern), List.of(hints));
    }

    private static Signature logging(String library, String pattern, String... hints) {
        return new Signature(ObservabilityDetector.LOGGING, library, Pattern.compile(pattern), List.of(hints));
    }
}
