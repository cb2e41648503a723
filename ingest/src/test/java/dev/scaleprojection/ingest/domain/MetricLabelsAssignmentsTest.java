package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class MetricLabelsAssignmentsTest {

    private static final String[] PIECES = {"Counter", "Gauge", "Histogram", "Summary", "Vec", "new ", "x", "a1", "$", "_",
        ".", " ", "\n", "=", ":=", ":", "(", ")", "9", ";", "requests", "prom."};

    @Test
    void findsTheSameAssignedMetricsAsASearchFromEveryOffset() {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(30); i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String code = text.toString();
            assertThat(keywordLed(code)).as(code).isEqualTo(plain(code));
        }
    }

    @Test
    void findsAnAssignmentWithSpacesAndAQualifiedConstructor() {
        assertThat(keywordLed("x;\nREQUESTS = new prom.Counter(\"r\")")).containsExactly("REQUESTS@3");
        assertThat(keywordLed("requests := promauto.NewCounterVec(opts)")).containsExactly("requests@0");
    }

    private static List<String> plain(String code) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MetricLabels.ASSIGNED_METRIC.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1) + "@" + matcher.start());
        }
        return found;
    }

    private static List<String> keywordLed(String code) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MetricLabels.ASSIGNED_METRIC.matcher(code);
        int from = 0;
        while (from <= code.length() && MetricLabels.findAssignment(matcher, code, from)) {
            found.add(matcher.group(1) + "@" + matcher.start());
            from = matcher.end();
        }
        return found;
    }
}
