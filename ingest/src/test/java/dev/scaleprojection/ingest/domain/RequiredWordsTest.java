package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A window holds a required word only when the whole word lies inside it. */
class RequiredWordsTest {

    @Test
    void aWindowHoldsAWordOnlyWhenTheWholeWordIsInside() {
        RequiredWords words = new RequiredWords("const p: Promise<number> = prometheus.NewCounter()", List.of("prometheus"));

        assertThat(words.anyWithin(0, 20)).isFalse();
        assertThat(words.anyWithin(27, 37)).isTrue();
        assertThat(words.anyWithin(27, 36)).isFalse();
        assertThat(words.anyWithin(28, 50)).isFalse();
    }

    @Test
    void withoutWordsEveryWindowMayMatch() {
        assertThat(new RequiredWords("anything", List.of()).anyWithin(0, 1)).isTrue();
    }

    @Test
    void everyPrometheusSetUpContainsOneOfTheRequiredWords() {
        ObservabilitySetups.Signature prometheus = ObservabilitySetups.CODE.stream()
                .filter(s -> s.library().equals("prometheus")).findFirst().orElseThrow();
        List<String> setUps = List.of("from prometheus_client import Counter", "prometheus_client.start_http_server(8000)",
                "promauto.NewCounter(opts)", "prometheus.NewGaugeVec(opts, labels)", "prometheus.MustRegister(c)",
                "promhttp.Handler()", "collectDefaultMetrics()", "new client.Counter({})", "new prom.Histogram({})",
                "Metrics.CreateCounter(\"x\", \"y\")", "app.UseMetricServer()", "app.UseHttpMetrics()", "make_asgi_app()");
        List<String> required = ObservabilitySetups.requiredWords(prometheus);

        for (String setUp : setUps) {
            Matcher matcher = prometheus.pattern().matcher(setUp);
            assertThat(matcher.find()).as(setUp).isTrue();
            assertThat(required).as(setUp).anyMatch(word -> matcher.group().contains(word));
        }
    }
}
