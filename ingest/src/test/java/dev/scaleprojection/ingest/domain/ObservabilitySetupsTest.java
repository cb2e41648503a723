package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservabilitySetupsTest {

    /** One manifest line for each alternative of each dependency signature. */
    static Stream<Arguments> dependencyLines() {
        return Stream.of(
                arguments("micrometer", "<artifactId>micrometer-registry-prometheus</artifactId>"),
                arguments("micrometer", "implementation 'io.micrometer:micrometer-core'"),
                arguments("prometheus", "implementation 'io.prometheus:simpleclient'"),
                arguments("prometheus", "prometheus-client==0.20"),
                arguments("prometheus", "prometheus_client==0.20"),
                arguments("prometheus", "\"prom-client\": \"^15.0.0\""),
                arguments("prometheus", "github.com/prometheus/client_golang/prometheus v1.19.0"),
                arguments("prometheus", "<PackageReference Include=\"prometheus-net.AspNetCore\" />"),
                arguments("prometheus", "django-prometheus==2.3"),
                arguments("prometheus", "prometheus-fastapi-instrumentator==6.1"),
                arguments("prometheus", "starlette-exporter==0.21"),
                arguments("prometheus", "prometheus-flask-exporter==0.23"),
                arguments("opentelemetry", "opentelemetry-exporter-prometheus==0.45b0"),
                arguments("opentelemetry", "\"@opentelemetry/sdk-metrics\": \"^1.0.0\""),
                arguments("opentelemetry", "go.opentelemetry.io/otel/sdk/metric v1.24.0"),
                arguments("opentelemetry", "<PackageReference Include=\"OpenTelemetry.Exporter.Prometheus.AspNetCore\" />"),
                arguments("opentelemetry", "opentelemetry-sdk-metrics"),
                arguments("statsd", "\"hot-shots\": \"^10.0.0\""),
                arguments("statsd", "\"node-statsd\": \"^0.1.1\""),
                arguments("statsd", "\"statsd-client\": \"^0.4.7\""),
                arguments("statsd", "statsd==4.0.1"),
                arguments("statsd", "<artifactId>java-statsd-client</artifactId>"),
                arguments("statsd", "github.com/DataDog/datadog-go v5.5.0 (as go.mod spells it)"),
                arguments("dropwizard", "<groupId>io.dropwizard.metrics</groupId>"),
                arguments("dropwizard", "<groupId>com.codahale.metrics</groupId>"),
                arguments("dropwizard", "<artifactId>metrics-core</artifactId>"),
                arguments("opentelemetry", "implementation 'io.opentelemetry:opentelemetry-api'"),
                arguments("opentelemetry", "\"@opentelemetry/sdk-node\": \"^0.50.0\""),
                arguments("opentelemetry", "go.opentelemetry.io/otel v1.24.0"),
                arguments("opentelemetry", "<PackageReference Include=\"OpenTelemetry.Extensions.Hosting\" />"),
                arguments("opentelemetry", "opentelemetry-distro==0.45b0"),
                arguments("micrometer-tracing", "<artifactId>micrometer-tracing-bridge-otel</artifactId>"),
                arguments("micrometer-tracing", "<artifactId>spring-boot-starter-opentelemetry</artifactId>"),
                arguments("sleuth", "<artifactId>spring-cloud-starter-sleuth</artifactId>"),
                arguments("zipkin", "<artifactId>zipkin-reporter-brave</artifactId>"),
                arguments("zipkin", "<groupId>io.zipkin.reporter2</groupId>"),
                arguments("zipkin", "<artifactId>zipkin-sender-urlconnection</artifactId>"),
                arguments("zipkin", "<artifactId>spring-boot-starter-zipkin</artifactId>"),
                arguments("jaeger", "<artifactId>jaeger-client</artifactId>"),
                arguments("jaeger", "github.com/uber/jaeger-client-go v2.30.0"),
                arguments("jaeger", "<groupId>io.jaegertracing</groupId>"),
                arguments("datadog", "\"dd-trace\": \"^5.0.0\""),
                arguments("datadog", "dd-java-agent.jar"),
                arguments("datadog", "ddtrace==2.8.0"),
                arguments("instana", "\"@instana/collector\": \"^3.0.0\""),
                arguments("instana", "<artifactId>instana-java-sdk</artifactId>"),
                arguments("instana", "github.com/instana/go-sensor v1.60.0"),
                arguments("instana", "instana==2.0"),
                arguments("newrelic", "\"newrelic\": \"^11.0.0\""),
                arguments("newrelic", "<groupId>com.newrelic.agent.java</groupId>"),
                arguments("newrelic", "github.com/newrelic/go-agent/v3 v3.30.0"),
                arguments("newrelic", "newrelic==9.0"),
                arguments("elastic-apm", "\"elastic-apm-node\": \"^4.0.0\""),
                arguments("elastic-apm", "<groupId>co.elastic.apm</groupId>"),
                arguments("elastic-apm", "go.elastic.co/apm v1.15.0"),
                arguments("elastic-apm", "elastic-apm==6.0"),
                arguments("logstash", "<artifactId>logstash-logback-encoder</artifactId>"),
                arguments("structlog", "structlog==24.1"),
                arguments("loguru", "loguru = \"^0.5.3\""),
                arguments("loguru", "loguru==0.7.2"),
                arguments("serilog", "<PackageReference Include=\"Serilog.AspNetCore\" />"),
                arguments("serilog", "<PackageReference Include=\"Serilog.Sinks.Console\" />"),
                arguments("serilog", "<PackageReference Include=\"Serilog\" />"),
                arguments("serilog", "<PackageReference Include=\"Serilog.Extensions.Logging.File\" Version=\"[3.0.0]\" />"),
                arguments("serilog", "<PackageReference Include=\"Serilog.Extensions.Hosting\" />"),
                arguments("winston", "\"winston\": \"^3.0.0\""),
                arguments("pino", "\"pino\": \"^8.0.0\""),
                arguments("zap", "go.uber.org/zap v1.27.0"),
                arguments("zerolog", "github.com/rs/zerolog v1.32.0"),
                arguments("logrus", "github.com/sirupsen/logrus v1.9.3"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dependencyLines")
    void a_dependency_signature_that_matches_a_line_has_a_hint_in_it_so_the_cheap_check_lets_it_through(
            String library, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        assertThat(ObservabilitySetups.DEPENDENCIES)
                .filteredOn(signature -> signature.library().equals(library) && signature.pattern().matcher(line).find())
                .isNotEmpty()
                .allSatisfy(signature -> assertThat(signature.hints()).anyMatch(lower::contains));
    }

    @Test
    void every_dependency_signature_names_the_words_that_gate_it() {
        assertThat(ObservabilitySetups.DEPENDENCIES).allSatisfy(signature -> assertThat(signature.hints())
                .isNotEmpty()
                .allSatisfy(hint -> assertThat(hint).isEqualTo(hint.toLowerCase(Locale.ROOT))));
    }
}
