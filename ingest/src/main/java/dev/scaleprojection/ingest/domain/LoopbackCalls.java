package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client call to a loopback URL on the port a sibling service serves on is a call to that sibling, told once per
 * scan: in28minutes' currency-conversion calling {@code http://localhost:8000/currency-exchange/…}, where the
 * currency-exchange service's own {@code application.properties} sets {@code server.port=8000}. A Spring Boot service's
 * base configuration says its port (and application name) in a finding of its own ({@link #SERVER_PORT}), a client
 * call to a loopback URL with a port says it in another ({@link #LOOPBACK_CALL}); neither is published. The call goes to
 * the one component, other than the caller, nearest to it in the tree among those serving on that port (a repository
 * holding a copy of the services per chapter calls the copy beside it); a port the caller serves on itself, or that
 * no component or several equally near serve on, names nobody. The URL stays an {@code endpoint.hardcoded} fact too.
 */
public final class LoopbackCalls {

    /** The port a service's base configuration serves on: read here, never published. */
    static final String SERVER_PORT = "scan.server-port";
    /** A client call to a loopback URL with a port: read here, never published. */
    static final String LOOPBACK_CALL = "scan.loopback-call";
    private static final Pattern BASE_CONFIGURATION = Pattern.compile("(?i)application\\.(ya?ml|properties)");
    private static final Pattern LOOPBACK = Pattern.compile("(?i)^https?://(?:localhost|127\\.0\\.0\\.1):(\\d{2,5})(?:[/?#].*)?$");
    private static final Pattern PORT = Pattern.compile("\\d{2,5}");

    private LoopbackCalls() {
    }

    /** Whether a change to the file may change a loopback call's target: it sets a server's port or holds a loopback URL. */
    public static boolean dependsOnOtherFiles(SourceFile file) {
        String content = file.content();
        return BASE_CONFIGURATION.matcher(file.name()).matches() && AsciiText.containsIgnoreCase(content, "port")
                || AsciiText.containsIgnoreCase(content, "://localhost:") || AsciiText.containsIgnoreCase(content, "://127.0.0.1:");
    }

    /** The port of a loopback URL, {@code http://localhost:8000/…}. */
    static Optional<String> port(String literal) {
        Matcher loopback = LOOPBACK.matcher(Placeholders.resolve(literal.strip()).value());
        return loopback.matches() ? Optional.of(loopback.group(1)) : Optional.empty();
    }

    /** The port a Spring Boot service's base {@code application.properties} or {@code .yml} sets, with its name. */
    static Optional<Finding> serverPort(SourceFile file, List<ConfigEntry> entries) {
        if (!BASE_CONFIGURATION.matcher(file.name()).matches() || !file.content().contains("port")) {
            return Optional.empty();
        }
        Optional<ConfigEntry> port = entries.stream().filter(entry -> entry.key().equals("server.port")).findFirst();
        String value = port.map(entry -> Placeholders.resolve(entry.value().strip()).value()).orElse("");
        if (!PORT.matcher(value).matches()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("port", value);
        entries.stream().filter(entry -> entry.key().equals("spring.application.name")).findFirst()
                .map(entry -> Placeholders.resolve(entry.value().strip()).value())
                .filter(name -> name.matches("[A-Za-z][\\w.-]*")).ifPresent(name -> attributes.put("application", name));
        return Optional.of(new Finding(SERVER_PORT, Finding.CONFIGURATION, file.path(), port.get().line(), port.get().line(),
                "server.port", "server.port", attributes));
    }

    /** The findings with each loopback call to a sibling's port made that sibling's call, and the others dropped. */
    public static List<Finding> resolve(List<Finding> findings, Function<Finding, Component> componentOf) {
        Map<String, List<Served>> byPort = new HashMap<>();
        for (Finding finding : findings) {
            if (SERVER_PORT.equals(finding.kind())) {
                Component component = componentOf.apply(finding);
                byPort.computeIfAbsent(finding.attribute("port"), p -> new ArrayList<>()).add(new Served(component,
                        finding.attributes().getOrDefault("application", component.name())));
            }
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (LOOPBACK_CALL.equals(finding.kind())) {
                sibling(componentOf.apply(finding), byPort.getOrDefault(finding.attribute("port"), List.of()))
                        .ifPresent(target -> resolved.add(call(finding, target)));
            } else if (!SERVER_PORT.equals(finding.kind())) {
                resolved.add(finding);
            }
        }
        return resolved;
    }

    private static Optional<String> sibling(Component caller, List<Served> served) {
        if (served.stream().anyMatch(s -> s.component().equals(caller))) {
            return Optional.empty();
        }
        int nearest = served.stream().mapToInt(s -> sharedFolders(caller.folder(), s.component().folder())).max().orElse(-1);
        List<String> targets = served.stream().filter(s -> sharedFolders(caller.folder(), s.component().folder()) == nearest)
                .map(Served::name).distinct().toList();
        return targets.size() == 1 ? Optional.of(targets.get(0)) : Optional.empty();
    }

    /** How many leading folders two component folders share: {@code a/b/c} and {@code a/b/d} share two. */
    private static int sharedFolders(String one, String other) {
        String[] first = one.split("/");
        String[] second = other.split("/");
        int shared = 0;
        while (shared < first.length && shared < second.length && !first[shared].isEmpty() && first[shared].equals(second[shared])) {
            shared++;
        }
        return shared;
    }

    private static Finding call(Finding loopback, String target) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("target", target);
        attributes.put("protocol", loopback.attribute("protocol"));
        attributes.put("style", loopback.attribute("style"));
        attributes.put("value", target + " " + loopback.attribute("style"));
        return new Finding(InternalServiceCallDetector.SYNC_CALL, loopback.source(), loopback.path(), loopback.startLine(),
                loopback.endLine(), loopback.snippet(), loopback.anchor(), attributes);
    }

    private record Served(Component component, String name) {
    }
}
