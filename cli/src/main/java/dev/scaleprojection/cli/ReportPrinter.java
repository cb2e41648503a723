package dev.scaleprojection.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * Prints the assessment of the scanned components: one GAPS.md each, or one JSON document for the organization; the
 * {@code report} command prints the same two forms from a running aggregator.
 */
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
            printJson(ReportDocument.of(organization, score, assessed), out);
        } else {
            printMarkdown(organization, score.coherenceIndex(), assessed.stream().map(GapsMarkdown::render).toList(), out);
        }
    }

    /** The JSON document, as {@code run --once --format json} and {@code report --format json} print it. */
    static void printJson(ReportDocument document, PrintWriter out) throws JsonProcessingException {
        out.println(JSON.writeValueAsString(document));
        out.flush();
    }

    /** The organization's heading, then each component's GAPS.md, as {@code run --once} and {@code report} print them. */
    static void printMarkdown(String organization, double coherenceIndex, List<String> componentDocuments, PrintWriter out) {
        out.println("# Organization " + organization + ": coherence index " + coherenceIndex + "\n");
        componentDocuments.forEach(out::println);
        out.flush();
    }
}
