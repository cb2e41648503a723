package dev.scaleprojection.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code score} and {@code history}: ask a running aggregator's query API (see docs/api.md) for the score of an organization
 * or system, or for the history of a component, and print its JSON.
 */
final class ApiCommands {

    private ApiCommands() {
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Prints the score of an organization (ORG) or a system (ORG/SYSTEM), now or as of a past time, from a running aggregator.")
    static final class Score implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ORG[/SYSTEM]", description = "The organization, or one of its systems.")
        String scope;

        @Option(names = "--as-of", paramLabel = "INSTANT", description = "As it stood at this time (ISO-8601, e.g. 2026-12-01T10:00:00Z).")
        String asOf;

        @Mixin
        AggregatorApi api = new AggregatorApi();

        @Override
        public Integer call() {
            String[] parts = scope.split("/", 2);
            String path = parts.length > 1 ? AggregatorClient.path("api", "organizations", parts[0], "systems", parts[1])
                    : AggregatorClient.path("api", "organizations", parts[0]);
            Map<String, String> query = new LinkedHashMap<>();
            if (asOf != null) {
                query.put("asOf", instant(spec, "--as-of", asOf));
            }
            print(spec, api.client().get(path, query, parts.length > 1 ? "system '" + scope + "'" : "organization '" + scope + "'"));
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints every change of a component's assessment with its cause, from a running aggregator.")
    static final class History implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "COMPONENT", description = "The component id, org/system/component.")
        String component;

        @Option(names = "--since", paramLabel = "INSTANT", description = "Only the changes from this time on (ISO-8601).")
        String since;

        @Mixin
        AggregatorApi api = new AggregatorApi();

        @Override
        public Integer call() {
            Map<String, String> query = new LinkedHashMap<>();
            if (since != null) {
                query.put("since", instant(spec, "--since", since));
            }
            List<String> segments = new ArrayList<>(List.of("api", "components"));
            segments.addAll(List.of(component.split("/")));
            segments.add("history");
            String path = AggregatorClient.path(segments.toArray(String[]::new));
            print(spec, api.client().get(path, query, "component '" + component + "'"));
            return 0;
        }
    }

    private static void print(CommandSpec spec, String body) {
        spec.commandLine().getOut().println(body);
        spec.commandLine().getOut().flush();
    }

    private static String instant(CommandSpec spec, String option, String value) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be an ISO-8601 instant such as 2026-12-01T10:00:00Z, was '" + value + "'");
        }
    }
}
