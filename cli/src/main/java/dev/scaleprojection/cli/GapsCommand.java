package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.domain.Level;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gaps}: a component's or a system's GAPS.md from a running aggregator, printed; or, with --output-dir, written
 * as files — a system's document and one per component, for one system or every system of an organization.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the GAPS.md of a component or a system from a running aggregator, or writes them to a folder.",
            "ORG/SYSTEM/COMPONENT names a component, ORG/SYSTEM a system. With --output-dir it writes the documents instead: DIR/ORG/SYSTEM/GAPS.md for a system and "
            + "DIR/ORG/SYSTEM/COMPONENT/GAPS.md for each of its components; given ORG alone, for every system of the organization."})
final class GapsCommand implements Callable<Integer> {

    static final String FILE_NAME = "GAPS.md";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ORG/SYSTEM[/COMPONENT]", description = "A component id (org/system/component) or a system (org/system); "
            + "an organization (org) with --output-dir.")
    String id;

    @Option(names = "--level", paramLabel = "N", description = "Only the gaps that stand in the way of this target level: 1-8 or a level name "
            + "such as composed (default: 8, full scale).")
    String level;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "As it stood at this time (ISO-8601, e.g. 2026-12-01T10:00:00Z).")
    String asOf;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write the documents under DIR (DIR/ORG/SYSTEM[/COMPONENT]/GAPS.md) "
            + "instead of printing them, and print the files written.")
    Path outputDir;

    @Mixin
    AggregatorApi api = new AggregatorApi();

    @Override
    public Integer call() throws IOException {
        String[] segments = segments();
        Map<String, String> query = query();
        AggregatorClient aggregator = api.client();
        PrintWriter out = spec.commandLine().getOut();
        if (outputDir == null) {
            out.print(segments.length == 3 ? componentDocument(aggregator, segments, query) : systemDocument(aggregator, segments[0], segments[1], query));
            out.flush();
            return 0;
        }
        List<Path> written = new ArrayList<>();
        if (segments.length == 3) {
            written.add(write(componentDocument(aggregator, segments, query), segments));
        } else {
            for (String system : segments.length == 2 ? List.of(segments[1]) : systemsOf(aggregator, segments[0], query)) {
                written.addAll(writeSystem(aggregator, segments[0], system, query));
            }
        }
        written.forEach(file -> out.println("Wrote " + file));
        out.flush();
        return 0;
    }

    private List<Path> writeSystem(AggregatorClient aggregator, String org, String system, Map<String, String> query) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(systemDocument(aggregator, org, system, query), org, system));
        JsonNode scope = aggregator.getJson(AggregatorClient.path("api", "organizations", org, "systems", system), asOfOnly(query),
                "system '" + org + "/" + system + "'");
        for (JsonNode component : scope.get("components")) {
            String[] componentSegments = component.get("id").asText().split("/", 3);
            written.add(write(componentDocument(aggregator, componentSegments, query), componentSegments));
        }
        return written;
    }

    private static List<String> systemsOf(AggregatorClient aggregator, String org, Map<String, String> query) {
        JsonNode scope = aggregator.getJson(AggregatorClient.path("api", "organizations", org), asOfOnly(query), "organization '" + org + "'");
        List<String> systems = new ArrayList<>();
        scope.get("systems").forEach(row -> systems.add(row.get("system").asText()));
        return systems;
    }

    private static String componentDocument(AggregatorClient aggregator, String[] id, Map<String, String> query) {
        return aggregator.get(AggregatorClient.path("api", "components", id[0], id[1], id[2], "gaps.md"), query,
                "component '" + String.join("/", id) + "'");
    }

    private static String systemDocument(AggregatorClient aggregator, String org, String system, Map<String, String> query) {
        return aggregator.get(AggregatorClient.path("api", "systems", org, system, "gaps.md"), query, "system '" + org + "/" + system + "'");
    }

    private Path write(String document, String... folders) throws IOException {
        Path folder = outputDir;
        for (String name : folders) {
            folder = folder.resolve(name);
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(FILE_NAME), document);
    }

    /** One segment is an organization (only with --output-dir), two a system, three a component; none may be empty. */
    private String[] segments() {
        String[] segments = id.split("/", -1);
        boolean wellFormed = segments.length <= 3 && java.util.Arrays.stream(segments).noneMatch(s -> s.isBlank() || s.equals("..") || s.equals("."));
        if (!wellFormed) {
            throw new ParameterException(spec.commandLine(), "expected a component id ORG/SYSTEM/COMPONENT, a system ORG/SYSTEM, "
                    + "or an organization ORG with --output-dir; was '" + id + "'");
        }
        if (segments.length == 1 && outputDir == null) {
            throw new ParameterException(spec.commandLine(), "'" + id + "' is an organization: give ORG/SYSTEM or ORG/SYSTEM/COMPONENT to print "
                    + "a GAPS.md, or add --output-dir DIR to write every system's and component's");
        }
        return segments;
    }

    private Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        Optional.ofNullable(asOf).ifPresent(value -> query.put("asOf", instant(value)));
        Optional.ofNullable(level).ifPresent(value -> query.put("level", String.valueOf(level(value).number())));
        return query;
    }

    private static Map<String, String> asOfOnly(Map<String, String> query) {
        return query.containsKey("asOf") ? Map.of("asOf", query.get("asOf")) : Map.of();
    }

    private Level level(String value) {
        try {
            String trimmed = value.trim();
            return trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty() ? Level.ofNumber(Integer.parseInt(trimmed))
                    : Level.valueOf(trimmed.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--level must be a level from 1 to 8 or a level name such as composed, was '" + value + "'");
        }
    }

    private String instant(String value) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--as-of must be an ISO-8601 instant such as 2026-12-01T10:00:00Z, was '" + value + "'");
        }
    }
}
