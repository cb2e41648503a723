package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ObservabilityDetector.LOGGING;
import static dev.scaleprojection.ingest.domain.ObservabilityDetector.METRICS;
import static dev.scaleprojection.ingest.domain.ObservabilityDetector.TRACING;
import static dev.scaleprojection.ingest.domain.ObservabilityDetector.UNBOUNDED_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservabilityDetectorTest {

    private final ObservabilityDetector detector = new ObservabilityDetector(new SnakeYamlParser());

    static Stream<Arguments> setups() {
        return Stream.of(
                arguments("a structured logback configuration", "src/main/resources/logback-spring.xml", """
                        <configuration>
                          <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">
                            <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
                          </appender>
                        </configuration>
                        """, Expected.of(LOGGING, 1, "", "library", "logback", "format", "structured")),
                arguments("a Python fileConfig file", "app/logging.ini", """
                        [loggers]
                        keys=root

                        [handlers]
                        keys=console
                        """, Expected.of(LOGGING, 1, "", "library", "python-logging", "format", "text")),
                arguments("a Spring Boot logging.yml imported as configuration is Spring's, not Python's (loopers)",
                        "supports/logging/src/main/resources/logging.yml", """
                        logging.config: classpath:logback/logback.xml
                        """, Expected.of(LOGGING, 1, "logging.config", "library", "spring-boot")),
                arguments("a plain log4j2 configuration at the root", "log4j2.xml", """
                        <Configuration><Appenders><Console name="out"><PatternLayout pattern="%d %m%n"/></Console></Appenders></Configuration>
                        """, Expected.of(LOGGING, 1, "", "library", "log4j2", "format", "text")),
                arguments("Spring Boot structured logging", "src/main/resources/application.yml", """
                        logging:
                          structured:
                            format:
                              console: ecs
                        """, Expected.of(LOGGING, 4, "logging.structured.format.console", "library", "spring-boot",
                        "format", "structured")),
                arguments("winston's default logger given its transports (express-typescript-boilerplate's winstonLoader)",
                        "src/loaders/winstonLoader.ts", """
                        import { configure, format, transports } from 'winston';

                        export const winstonLoader: MicroframeworkLoader = () => {
                            configure({
                                transports: [
                                    new transports.Console({ level: env.log.level, format: format.combine(format.json()) }),
                                ],
                            });
                        };
                        """, Expected.of(LOGGING, 6, "MicroframeworkLoader", "library", "winston")),
                arguments("Python dictConfig", "app/logging_setup.py", """
                        def configure():
                            logging.config.dictConfig({"formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}}})
                        """, Expected.of(LOGGING, 2, "configure", "library", "python-logging", "format", "structured")),
                arguments("Python log handlers a Flask app adds to its logger (microblog's app/__init__.py)", "app/__init__.py", """
                        def create_app(config_class=Config):
                            app = Flask(__name__)
                            if not app.debug:
                                file_handler = RotatingFileHandler('logs/microblog.log', maxBytes=10240, backupCount=10)
                                app.logger.addHandler(file_handler)
                        """, Expected.of(LOGGING, 5, "create_app", "library", "python-logging", "format", "text")),
                arguments("a Python handler given a JSON formatter before it is added (microservices-demo's logger.py)",
                        "src/emailservice/logger.py", """
                        def getJSONLogger(name):
                          logger = logging.getLogger(name)
                          handler = logging.StreamHandler(sys.stdout)
                          formatter = CustomJsonFormatter('%(timestamp)s %(severity)s %(name)s %(message)s')
                          handler.setFormatter(formatter)
                          logger.addHandler(handler)
                        """, Expected.of(LOGGING, 6, "getJSONLogger", "library", "python-logging", "format", "structured")),
                arguments("a Micrometer Prometheus registry dependency", "orders/pom.xml", """
                        <project>
                          <dependencies>
                            <dependency><groupId>io.micrometer</groupId><artifactId>micrometer-registry-prometheus</artifactId></dependency>
                          </dependencies>
                        </project>
                        """, Expected.of(METRICS, 3, "micrometer", "library", "micrometer", "source", "dependency")),
                arguments("an Instana collector in a Node manifest (robot-shop cart)", "cart/package.json", """
                        {
                          "dependencies": {
                            "@instana/collector": "^1.132.2",
                            "express": "^4.17.1"
                          }
                        }
                        """, Expected.of(TRACING, 3, "instana", "library", "instana", "source", "dependency")),
                arguments("an Instana package in Python requirements (robot-shop payment)", "payment/requirements.txt", """
                        Flask
                        instana
                        """, Expected.of(TRACING, 2, "instana", "library", "instana")),
                arguments("Sentry with tracing enabled (full-stack-fastapi-template)", "backend/app/main.py", """
                        import sentry_sdk

                        if settings.SENTRY_DSN:
                            sentry_sdk.init(dsn=str(settings.SENTRY_DSN), enable_tracing=True)
                        """, Expected.of(TRACING, 4, "", "library", "sentry", "source", "code")),
                arguments("Prometheus metrics exposed by actuator", "src/main/resources/application.properties", """
                        management.endpoints.web.exposure.include=health,prometheus
                        """, Expected.of(METRICS, 1, "management.endpoints.web.exposure.include", "library", "micrometer")),
                arguments("the Prometheus export turned on", "src/main/resources/config/application.yml", """
                        management:
                          prometheus:
                            metrics:
                              export:
                                enabled: true
                        """, Expected.of(METRICS, 5, "management.prometheus.metrics.export.enabled", "library", "micrometer")),
                arguments("a Micrometer counter in code", "src/main/java/shop/orders/OrderMetrics.java", """
                        class OrderMetrics {
                            OrderMetrics(MeterRegistry registry) {
                                this.placed = Counter.builder("orders.placed").register(registry);
                            }
                        }
                        """, Expected.of(METRICS, 2, "OrderMetrics.OrderMetrics", "library", "micrometer", "source", "code")),
                arguments("a Go Prometheus collector", "internal/metrics/metrics.go", """
                        package metrics

                        var requests = promauto.NewCounter(prometheus.CounterOpts{Name: "requests_total"})
                        """, Expected.of(METRICS, 3, "requests", "library", "prometheus")),
                arguments("an OpenTelemetry SDK dependency in package.json", "web/package.json", """
                        {
                          "dependencies": {
                            "@opentelemetry/sdk-node": "^0.52.0"
                          }
                        }
                        """, Expected.of(TRACING, 3, "opentelemetry", "library", "opentelemetry")),
                arguments("an OpenTelemetry tracer provider in Python", "app/tracing.py", """
                        provider = TracerProvider(resource=resource)
                        trace.set_tracer_provider(provider)
                        """, Expected.of(TRACING, 1, "provider", "library", "opentelemetry")),
                arguments("Micrometer tracing configuration", "src/main/resources/application.yml", """
                        management:
                          tracing:
                            sampling:
                              probability: 0.1
                        """, Expected.of(TRACING, 4, "management.tracing.sampling.probability", "library", "micrometer-tracing")),
                arguments("the Prometheus Java client's metrics-core is not Dropwizard (opentelemetry-demo's ad service)",
                        "src/ad/build.gradle", """
                        dependencies {
                            implementation "io.prometheus:prometheus-metrics-core:${prometheusMetricsVersion}"
                        }
                        """, Expected.of(METRICS, 2, "prometheus", "library", "prometheus", "source", "dependency")),
                arguments("a Dapr configuration tracing the sidecars' calls to Zipkin (eShopOnDapr)",
                        "dapr/configuration/eshop-config.yaml", """
                        apiVersion: dapr.io/v1alpha1
                        kind: Configuration
                        metadata:
                          name: config
                        spec:
                          tracing:
                            samplingRate: "1"
                            zipkin:
                              endpointAddress: "http://zipkin:9411/api/v2/spans"
                        """, Expected.of(TRACING, 7, "spec.tracing.samplingRate", "library", "dapr", "source", "configuration")),
                arguments("an OTLP endpoint in a dotenv file", ".env", """
                        OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4317
                        """, Expected.of(TRACING, 1, "OTEL_EXPORTER_OTLP_ENDPOINT", "library", "opentelemetry")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void reportsTheObservabilitySetUp(String description, String path, String content, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments("a Micrometer tag with a user id", "src/main/java/shop/orders/OrderMetrics.java", """
                        class OrderMetrics {
                            void placed(Order order) {
                                registry.counter("orders.placed", Tags.of(Tag.of("userId", order.getUserId()))).increment();
                            }
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 3, "OrderMetrics.placed", "label", "userId")),
                arguments("a builder tag with an email", "src/main/java/shop/Signups.java", """
                        class Signups {
                            void record(User user) {
                                Counter.builder("signups").tag("email", user.getEmail()).register(registry).increment();
                            }
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 3, "Signups.record", "label", "email", "metric", "signups")),
                arguments("a raw request path as the uri tag", "src/main/java/shop/web/Timing.java", """
                        class Timing {
                            void time(HttpServletRequest request) {
                                Timer.builder("http.latency").tag("uri", request.getRequestURI()).register(registry);
                            }
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 3, "Timing.time", "label", "uri")),
                arguments("key-value tags on a registry counter", "src/main/java/shop/Payments.java", """
                        class Payments {
                            void paid(Payment p) {
                                registry.counter("payments", "customerId", p.customerId()).increment();
                            }
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 3, "Payments.paid", "label", "customerId", "metric", "payments")),
                arguments("a Prometheus keyword label in Python", "app/metrics.py", """
                        REQUESTS = Counter("requests_total", "Requests", ["user_id"])

                        def handle(request):
                            REQUESTS.labels(user_id=request.user.id).inc()
                        """, Expected.of(UNBOUNDED_LABEL, 4, "handle", "label", "user_id")),
                arguments("a positional Prometheus label matched to its declaration", "app/metrics.py", """
                        LATENCY = Histogram("latency_seconds", "Latency", ["session_id"])

                        def observe(session, seconds):
                            LATENCY.labels(session.id).observe(seconds)
                        """, Expected.of(UNBOUNDED_LABEL, 4, "observe", "label", "session_id")),
                arguments("Go WithLabelValues with a raw path", "internal/web/metrics.go", """
                        package web

                        var hits = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hits"}, []string{"path"})

                        func count(r *http.Request) {
                        	hits.WithLabelValues(r.URL.Path).Inc()
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 6, "count", "label", "path")),
                arguments("a prom-client label object", "server/metrics.js", """
                        const client = require('prom-client');
                        function track(req) {
                          httpRequests.inc({ route: req.route.path, userId: req.user.id });
                        }
                        """, Expected.of(UNBOUNDED_LABEL, 3, "track", "label", "userId")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void reportsAMetricLabelOfUnboundedCardinality(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code)).stream()
                .filter(finding -> finding.kind().equals(UNBOUNDED_LABEL)).toList();

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> boundedLabels() {
        return Stream.of(
                arguments("bounded tags", "src/main/java/shop/Metrics.java", """
                        class Metrics {
                            void record(Order order, HttpServletRequest request) {
                                registry.counter("orders", "status", order.status().name(), "method", request.getMethod()).increment();
                                Counter.builder("checkout").tag("region", order.region()).register(registry);
                                Timer.builder("http").tag("uri", "/orders/{id}").register(registry);
                            }
                        }
                        """),
                arguments("a templated route in prom-client", "server/metrics.js", """
                        const client = require('prom-client');
                        function track(req, res) {
                          httpRequests.inc({ route: req.route.path, method: req.method, status: res.statusCode });
                        }
                        """),
                arguments("a feature-flag evaluation context beside OpenTelemetry (opentelemetry-demo's AdService)",
                        "src/ad/src/main/java/oteldemo/AdService.java", """
                        import io.opentelemetry.api.metrics.LongCounter;
                        class AdService {
                            void getAds(String sessionId) {
                                MutableContext evaluationContext = new MutableContext();
                                evaluationContext.add("session", sessionId);
                            }
                        }
                        """),
                arguments("a constant tag value (retail-store-sample-app's OrdersMetrics)", "src/main/java/shop/OrdersMetrics.java", """
                        class OrdersMetrics {
                            OrdersMetrics(MeterRegistry meterRegistry) {
                                this.orders = Counter.builder("watch.orders").tag("productId", "*").register(meterRegistry);
                            }
                        }
                        """),
                arguments("a map tag that is not a metric", "src/main/java/shop/Html.java", """
                        class Html {
                            void render() { builder.tag("userId", user.getId()); }
                        }
                        """),
                arguments("a callback given to a browser PerformanceObserver helper (umami's tracker web vitals)",
                        "src/tracker/index.js", """
                        const metrics = {};
                        let clsSessionValue = 0;
                        observe('layout-shift', entry => {
                            if (!entry.hadRecentInput) {
                                clsSessionValue += entry.value;
                            } else {
                                clsSessionValue = entry.value;
                            }
                            metrics.cls = clsSessionValue;
                        });
                        """),
                arguments("a document field put in a package named after the product (piggymetrics)",
                        "src/main/java/com/piggymetrics/statistics/IdWriter.java", """
                        package com.piggymetrics.statistics;
                        class IdWriter {
                            DBObject convert(DataPointId id) {
                                DBObject object = new BasicDBObject(2);
                                object.put("account", id.getAccount());
                                return object;
                            }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedLabels")
    void doesNotReportABoundedLabel(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).noneMatch(finding -> finding.kind().equals(UNBOUNDED_LABEL));
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("Micrometer's version managed by a parent POM, declared by no module here",
                        "pom.xml", """
                        <project>
                          <packaging>pom</packaging>
                          <dependencyManagement>
                            <dependencies>
                              <dependency>
                                <groupId>io.micrometer</groupId>
                                <artifactId>micrometer-registry-prometheus</artifactId>
                                <version>1.12.0</version>
                              </dependency>
                            </dependencies>
                          </dependencyManagement>
                        </project>
                        """),
                arguments("a production profile that turns the Prometheus export off (jhipster-sample-app)",
                        "src/main/resources/config/application-prod.yml", """
                        management:
                          prometheus:
                            metrics:
                              export:
                                enabled: false
                        """),
                arguments("a mail transport, and winston's transports in Python, set up no logging", "app/mailer.ts", """
                        const mailer = nodemailer.createTransport({ host: env.smtp.host });
                        const transport = transports.get('smtp');
                        """),
                arguments("a Dapr configuration that samples no trace", "dapr/configuration/config.yaml", """
                        apiVersion: dapr.io/v1alpha1
                        kind: Configuration
                        spec:
                          tracing:
                            samplingRate: "0"
                        """),
                arguments("a tracing section of a resource that is no Dapr configuration", "deploy/config/mesh-config.yaml", """
                        apiVersion: mesh.example.com/v1
                        kind: Configuration
                        spec:
                          tracing:
                            samplingRate: "1"
                        """),
                arguments("a logging.ini that is no Python fileConfig",
                        "supports/logging/src/main/resources/logging.ini", """
                        logging.level.root=INFO
                        """),
                arguments("a TypeScript project's own Metrics wrapper is no Micrometer (outline server/queues/queue.ts)",
                        "server/queues/queue.ts", """
                        import Metrics from "@server/logging/Metrics";
                        export function createQueue(name: string) {
                          setInterval(async () => Metrics.gauge(`${name}.count`, await queue.count()), 5000);
                          Metrics.counter("queue.created");
                        }
                        """),
                arguments("a Python library's NullHandler sets up no logging", "shop/client/__init__.py", """
                        import logging
                        logging.getLogger(__name__).addHandler(logging.NullHandler())
                        """),
                arguments("java.util.logging's addHandler is no Python logging set-up", "src/main/java/shop/Audit.java", """
                        class Audit {
                            void init() { LOGGER.addHandler(new ConsoleHandler()); }
                        }
                        """),
                arguments("a logback configuration for tests", "src/test/resources/logback-test.xml", """
                        <configuration><root level="INFO"/></configuration>
                        """),
                arguments("a dependency named only in a comment or pulled in indirectly", "src/worker/go.mod", """
                        module worker
                        // go.opentelemetry.io/otel was removed
                        require go.opentelemetry.io/otel v1.44.0 // indirect
                        """),
                arguments("a project whose own group is named after an APM vendor (robot-shop shipping)", "shipping/pom.xml", """
                        <project>
                          <groupId>com.instana</groupId>
                          <artifactId>shipping</artifactId>
                        </project>
                        """),
                arguments("Sentry for errors only", "backend/app/main.py", """
                        import sentry_sdk

                        sentry_sdk.init(dsn=str(settings.SENTRY_DSN))
                        """),
                arguments("a Renovate configuration grouping packages (retail-store-sample-app)", "renovate.json", """
                        {
                          "packageRules": [
                            { "matchPackagePrefixes": ["go.opentelemetry.io/otel", "go.opentelemetry.io/contrib"] }
                          ]
                        }
                        """),
                arguments("configuration without observability", "src/main/resources/application.yml", """
                        server:
                          port: 8080
                        management:
                          endpoints:
                            web:
                              exposure:
                                include: health
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoObservabilityFact(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
