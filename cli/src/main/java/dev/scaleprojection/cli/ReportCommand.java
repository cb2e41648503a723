package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaleprojection.aggregator.api.ReportDocument;
import dev.scaleprojection.platform.config.Settings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: an organization's assessment from a running aggregator — its score and every component with its
 * gaps — in the two forms {@code run --once} prints: one JSON document, or a heading and each component's GAPS.md.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints an organization's assessment from a running aggregator: its score and every component with its gaps, "
            + "as the same JSON document (--format json) or GAPS.md documents (md, the default) that `run --once` prints.")
final class ReportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--org", paramLabel = "NAME", description = "The organization (default: the key org, as `run` uses it: default).")
    String organization;

    @Option(names = "--format", paramLabel = "md|json", description = "GAPS.md per component under the organization's heading (md, default) "
            + "or one JSON document (json).")
    RunCommand.Format format = RunCommand.Format.md;

    @Mixin
    AggregatorApi api = new AggregatorApi();

    @Override
    public Integer call() throws IOException {
        String org = organization != null ? organization
                : Settings.load(Optional.empty(), System.getenv(), Map.of()).get("org", "default");
        AggregatorClient aggregator = api.client();
        JsonNode scope = aggregator.getJson(AggregatorClient.path("api", "organizations", org), Map.of(), "organization '" + org + "'");
        double coherenceIndex = scope.get("score").get("coherenceIndex").asDouble();
        List<String> componentIds = componentIds(aggregator, org, scope);
        if (format == RunCommand.Format.json) {
            List<ReportDocument.Component> components = new ArrayList<>();
            for (String id : componentIds) {
                components.add(JSON.treeToValue(aggregator.getJson(AggregatorClient.path(segments(id, "gaps")), Map.of(), component(id)),
                        ReportDocument.Component.class));
            }
            ReportPrinter.printJson(new ReportDocument(org, coherenceIndex, components), spec.commandLine().getOut());
        } else {
            ReportPrinter.printMarkdown(org, coherenceIndex, componentIds.stream()
                    .map(id -> aggregator.get(AggregatorClient.path(segments(id, "gaps.md")), Map.of(), component(id))).toList(),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    /** Every component of every system of the organization, in id order, as {@code run --once} lists them. */
    private static List<String> componentIds(AggregatorClient aggregator, String org, JsonNode organizationScope) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : organizationScope.get("systems")) {
            String system = row.get("system").asText();
            aggregator.getJson(AggregatorClient.path("api", "organizations", org, "systems", system), Map.of(), "system '" + org + "/" + system + "'")
                    .get("components").forEach(component -> ids.add(component.get("id").asText()));
        }
        return ids.stream().sorted().toList();
    }

    private static String[] segments(String componentId, String document) {
        List<String> segments = new ArrayList<>(List.of("api", "components"));
        segments.addAll(List.of(componentId.split("/", 3)));
        segments.add(document);
        return segments.toArray(String[]::new);
    }

    private static String component(String id) {
        return "component '" + id + "'";
    }
}
