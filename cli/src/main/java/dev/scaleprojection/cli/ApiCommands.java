package dev.scaleprojection.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
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

        @Option(names = "--api", paramLabel = "URL", defaultValue = "http://localhost:8080", description = "The aggregator's query API (default: ${DEFAULT-VALUE}).")
        String api;

        @Override
        public Integer call() {
            String[] parts = scope.split("/", 2);
            String path = "/api/organizations/" + encode(parts[0]) + (parts.length > 1 ? "/systems/" + encode(parts[1]) : "");
            Map<String, String> query = new LinkedHashMap<>();
            if (asOf != null) {
                query.put("asOf", instant(spec, "--as-of", asOf));
            }
            return get(spec, api, path, query);
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

        @Option(names = "--api", paramLabel = "URL", defaultValue = "http://localhost:8080", description = "The aggregator's query API (default: ${DEFAULT-VALUE}).")
        String api;

        @Override
        public Integer call() {
            Map<String, String> query = new LinkedHashMap<>();
            if (since != null) {
                query.put("since", instant(spec, "--since", since));
            }
            String path = "/api/components/" + String.join("/", java.util.Arrays.stream(component.split("/")).map(ApiCommands::encode).toList())
                    + "/history";
            return get(spec, api, path, query);
        }
    }

    /** Prints the answer's body: to standard output if it is 200 (exit 0), else its message to standard error (exit 1). */
    private static int get(CommandSpec spec, String api, String path, Map<String, String> query) {
        String queryString = query.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        URI uri = URI.create(api.replaceAll("/+$", "") + path + (queryString.isEmpty() ? "" : "?" + queryString));
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                spec.commandLine().getOut().println(response.body());
                spec.commandLine().getOut().flush();
                return 0;
            }
            spec.commandLine().getErr().println("The aggregator answered " + response.statusCode() + ": " + response.body());
            return 1;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the aggregator at " + api + " (" + e.getMessage()
                    + "); start it with `scale-projection run` or pass --api.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String instant(CommandSpec spec, String option, String value) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be an ISO-8601 instant such as 2026-12-01T10:00:00Z, was '" + value + "'");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
