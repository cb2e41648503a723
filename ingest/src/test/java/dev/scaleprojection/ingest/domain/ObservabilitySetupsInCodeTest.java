package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ObservabilityDetector.LOGGING;
import static dev.scaleprojection.ingest.domain.ObservabilityDetector.METRICS;
import static dev.scaleprojection.ingest.domain.ObservabilityDetector.TRACING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Observability set up in code by means beyond a library's own constructor: a global tracer, Django's settings. */
class ObservabilitySetupsInCodeTest {

    private final ObservabilityDetector detector = new ObservabilityDetector(new SnakeYamlParser());

    static Stream<Arguments> setups() {
        return Stream.of(
                arguments("an OpenTracing tracer installed by a Go service (Go-CQRS-Kafka-gRPC-Microservices)",
                        "writer_service/internal/server/server.go", """
                        func (s *server) Run() error {
                        \tif s.cfg.Jaeger.Enable {
                        \t\ttracer, closer, _ := tracing.NewJaegerTracer(s.cfg.Jaeger)
                        \t\topentracing.SetGlobalTracer(tracer)
                        \t}
                        }
                        """, Expected.of(TRACING, 4, "server.Run", "library", "opentracing", "source", "code")),
                arguments("an OpenTracing tracer registered in Java", "src/main/java/shop/Tracing.java", """
                        class Tracing {
                            void init(Tracer tracer) {
                                GlobalTracer.registerIfAbsent(tracer);
                            }
                        }
                        """, Expected.of(TRACING, 3, "Tracing.init", "library", "opentracing", "source", "code")),
                arguments("Django's LOGGING settings (healthchecks)", "hc/settings.py", """
                        DEBUG = envbool("DEBUG", "True")
                        LOGGING = {
                            "version": 1,
                            "handlers": {"db": {"level": "DEBUG", "class": "hc.logs.Handler"}},
                        }
                        """, Expected.of(LOGGING, 2, "", "library", "python-logging", "source", "code")),
                arguments("Go's slog given a JSON handler (ardanlabs/service's foundation/logger)", "foundation/logger/logger.go", """
                        func new(w io.Writer, minLevel Level, serviceName string) *Logger {
                        \thandler := slog.Handler(slog.NewJSONHandler(w, &slog.HandlerOptions{AddSource: true}))
                        \treturn &Logger{handler: handler}
                        }
                        """, Expected.of(LOGGING, 2, "new", "library", "slog", "format", "structured")),
                arguments("Go's slog given a text handler", "internal/log/log.go", """
                        func Setup() *slog.Logger {
                        \treturn slog.New(slog.NewTextHandler(os.Stdout, nil))
                        }
                        """, Expected.of(LOGGING, 2, "Setup", "library", "slog", "format", "text")),
                arguments("Go's expvar counters published (ardanlabs/service's app/sdk/metrics)", "app/sdk/metrics/metrics.go", """
                        package metrics

                        import "expvar"

                        func init() {
                        \tm = metrics{
                        \t\tgoroutines: expvar.NewInt("goroutines"),
                        \t\trequests:   expvar.NewInt("requests"),
                        \t}
                        }
                        """, Expected.of(METRICS, 7, "init", "library", "expvar", "source", "code")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void reportsTheSetUp(String description, String path, String content, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, content))).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a tracer only read from OpenTracing's global", "internal/orders/handler.go", """
                        func (h *handler) Get() {
                        \tspan := opentracing.GlobalTracer().StartSpan("get")
                        \tdefer span.Finish()
                        }
                        """),
                arguments("a LOGGING name that is no settings dictionary", "app/flags.py", """
                        LOGGING = True
                        """),
                arguments("a slog handler only named as a type, and an expvar value only read", "internal/debug/vars.go", """
                        func wrap(h slog.Handler) slog.Handler {
                        \tv := expvar.Get("requests")
                        \treturn h
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNoSetUpForWhatOnlyUsesIt(String description, String path, String content) {
        assertThat(detector.detect(new SourceFile(path, content))).isEmpty();
    }
}
