package dev.scaleprojection.aggregator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.EvidenceRef;
import dev.scaleprojection.aggregator.domain.GapExplanation;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.OpenGap;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GapsMarkdownTest {

    private static final GapExplanation METRICS = new GapExplanation("Metrics are set up through a standard library.",
            "Pointing exporters elsewhere is configuration.", "Nothing in the domain.", "", "");

    private static OpenGap gap(String rule, String title, String path, int line, Category category) {
        return new OpenGap(rule + "/" + path, OpenGap.findingKey(rule, List.of(path)), rule, 1, Level.ORCHESTRATED, category,
                "OBSERVABILITY", "OBSERVABILITY", List.of("TEAM_SIZE"), title,
                List.of(new EvidenceRef("shop", Optional.empty(), path, line, line, "")), METRICS);
    }

    private static ComponentAssessment assessed(OpenGap... gaps) {
        return ComponentAssessment.empty("").apply(new GapRound("acme/shop/orders", 1_000L, "scan:s1", Level.COMPOSED,
                new TreeMap<>(), Arrays.stream(gaps).map(g -> new GapRound.Change(GapRound.Change.Kind.OPENED, g)).toList()));
    }

    @Test
    void listsOneChecklistItemPerRuleAndTitleWithEveryPlaceItFired() {
        // given one rule that fired on three files and another rule once
        ComponentAssessment assessment = assessed(
                gap("observability.as-infrastructure", "Observability set up: micrometer", "pom.xml", 82, Category.CLEAN),
                gap("observability.as-infrastructure", "Observability set up: micrometer", "src/Config.java", 13, Category.CLEAN),
                gap("observability.as-infrastructure", "Observability set up: micrometer", "application.yml", 5, Category.CLEAN),
                gap("observability.as-infrastructure", "Observability set up: opentelemetry", "src/Tracing.java", 7, Category.CLEAN));

        // when it is rendered
        String md = GapsMarkdown.render(assessment);

        // then the three findings make one item naming the three places, and the matrix still counts every gap
        assertThat(md).containsOnlyOnce("**Observability set up: micrometer**")
                .contains("rule `observability.as-infrastructure@1`; 3 findings\n")
                .contains("  - Files: `application.yml:5`, `pom.xml:82`, `src/Config.java:13`\n")
                .containsOnlyOnce("**Observability set up: opentelemetry**")
                .contains("| Team size | 4 | 0 | 0 | 0 |");
        assertThat(md.split("Current state: Metrics", -1)).hasSize(3);
    }

    @Test
    void namesTheLevelOnEachAxisInTheMethodsOrderAndTheDocumentListsThemToo() {
        // given a component whose facts show three axes (kept by name, so alphabetically)
        TreeMap<String, Level> axes = new TreeMap<>(Map.of("ACCESS", Level.SERVICE, "DIRECTED", Level.PROJECT, "CONTEXT", Level.ORCHESTRATED));
        ComponentAssessment assessment = ComponentAssessment.empty("").apply(new GapRound("acme/shop/orders", 1_000L, "scan:s1",
                Level.ORCHESTRATED, axes, List.of()));

        // when it is rendered as GAPS.md and as the JSON document
        String md = GapsMarkdown.render(assessment);
        ReportDocument.Component component = ReportDocument.component(assessment);

        // then both give the axes in the method's order, Directed, Context, Isolation, Access, State, Observability,
        // and leave out the axes nothing shows
        assertThat(md).contains("| Level now | 6 Orchestrated (Directed 3, Context 6, Access 4) |");
        assertThat(component.axes()).containsExactly(new ReportDocument.AxisLevel("directed", 3, "project"),
                new ReportDocument.AxisLevel("context", 6, "orchestrated"), new ReportDocument.AxisLevel("access", 4, "service"));
    }

    @Test
    void namesAtMostTwelvePlacesPerItemAndSaysHowManyMore() {
        OpenGap[] gaps = IntStream.rangeClosed(1, 15).mapToObj(i -> gap("observability.as-infrastructure",
                "Observability set up: micrometer", "src/F" + (char) ('a' + i) + ".java", i, Category.CLEAN)).toArray(OpenGap[]::new);

        String md = GapsMarkdown.render(assessed(gaps));

        assertThat(md).contains("; 15 findings\n").contains("`src/Fm.java:12` and 3 more\n").doesNotContain("src/Fn.java");
    }
}
