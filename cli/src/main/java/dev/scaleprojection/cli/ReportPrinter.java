package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.api.GapsMarkdown;
import dev.scaleprojection.aggregator.api.ReportDocument;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Prints the assessment of the scanned components: one GAPS.md each, or one JSON document for the organization. */
final class ReportPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final AssessmentQueries queries;

    ReportPrinter(AssessmentQueries queries) {
        this.queries = queries;
    }

    void print(String organization, List<String> componentIds, boolean asJson, PrintWriter out) throws Exception {
        List<ComponentAssessment> assessed = componentIds.stream().distinct().sorted()
                .map(queries::component).flatMap(Optional::stream).toList();
        ScopeScore score = queries.organization(organization).orElse(ScopeScore.empty());
        if (asJson) {
            out.println(JSON.writeValueAsString(ReportDocument.of(organization, score, assessed)));
        } else {
            out.println("# Organization " + organization + ": coherence index " + score.coherenceIndex() + "\n");
            assessed.forEach(a -> out.println(GapsMarkdown.render(a)));
        }
        out.flush();
    }
}
