package dev.scaleprojection.bench;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.ScanCompleted;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A made-up organization, the same for the same seed: repositories of components, each scanned as ingest publishes a
 * scan (one FactObserved per finding, then a ScanCompleted listing the fingerprints). Facts are of kinds the built-in
 * rules and the level inference know. A rescan moves one hard-coded endpoint, so every rescan changes the component's gaps.
 */
final class SyntheticOrganization {

    static final String ORGANIZATION = "bench";
    /** The organization whose scans warm the JVM up before the measured ones: other systems, the same shapes. */
    static final String WARM_UP_ORGANIZATION = "bench-warm-up";

    /** The organization of warm-up round {@code number} (the first is {@link #WARM_UP_ORGANIZATION}). */
    static String warmUpOrganization(int number) {
        return number == 1 ? WARM_UP_ORGANIZATION : WARM_UP_ORGANIZATION + "-" + number;
    }

    /** The organization of the classifier's measured burst {@code number} after the first (which is the default one). */
    static String burstOrganization(int number) {
        return "bench-burst-" + number;
    }
    private static final Instant FIRST_SCAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] TECHNOLOGIES = {"postgresql", "kafka", "redis", "http", "mongodb", "rabbitmq"};
    private static final String[] ENGINES = {"h2", "sqlite", "derby", "hsqldb"};

    /** One component's scan, in publication order: its facts, then the ScanCompleted. */
    record ComponentScan(String componentId, String scanId, List<FactEvent> events) {
    }

    /** What ingest publishes for one repository in one go. */
    record RepositoryScan(String repository, List<ComponentScan> components) {
    }

    private final BenchmarkOptions options;
    private final String organization;

    SyntheticOrganization(BenchmarkOptions options) {
        this(options, ORGANIZATION);
    }

    SyntheticOrganization(BenchmarkOptions options, String organization) {
        this.options = options;
        this.organization = organization;
    }

    /** The first scan of every repository. */
    List<RepositoryScan> initialScans() {
        return scans(options.repositories(), 0);
    }

    /** The first scan of the first {@code repositories} repositories. */
    List<RepositoryScan> initialScans(int repositories) {
        return scans(repositories, 0);
    }

    /** A second scan of the first {@code repositories} repositories, each with one endpoint moved in every component. */
    List<RepositoryScan> rescans(int repositories) {
        return scans(Math.min(repositories, options.repositories()), 1);
    }

    private List<RepositoryScan> scans(int repositories, int generation) {
        List<RepositoryScan> scans = new ArrayList<>(repositories);
        for (int r = 0; r < repositories; r++) {
            String system = String.format(Locale.ROOT, "repo-%04d", r);
            String repository = "https://git.example.com/" + organization + "/" + system;
            String commit = hex(repository + "@" + generation).substring(0, 24);
            Instant scannedAt = FIRST_SCAN.plus(Duration.ofDays(generation)).plusSeconds(r);
            String scanId = system + "@" + commit + "@" + scannedAt.toEpochMilli();
            List<ComponentScan> components = new ArrayList<>(options.components());
            for (int c = 0; c < options.components(); c++) {
                String component = String.format(Locale.ROOT, "component-%02d", c);
                String componentId = organization + "/" + system + "/" + component;
                Random random = new Random(options.seed() * 1_000_003L + r * 1_009L + c);
                List<FactObserved> facts = new ArrayList<>(options.facts());
                for (int f = 0; f < options.facts(); f++) {
                    boolean moved = generation > 0 && f == options.facts() - 1;
                    String kind = moved ? "endpoint.hardcoded" : kind(random, f);
                    facts.add(fact(scanId, repository, commit, component, f, kind, moved ? "-moved-" + generation : "", random));
                }
                components.add(new ComponentScan(componentId, scanId, events(componentId, scanId, repository, commit, scannedAt, facts)));
            }
            scans.add(new RepositoryScan(repository, List.copyOf(components)));
        }
        return List.copyOf(scans);
    }

    private static List<FactEvent> events(String componentId, String scanId, String repository, String commit, Instant at,
                                          List<FactObserved> facts) {
        List<FactEvent> events = new ArrayList<>(facts.size() + 1);
        for (FactObserved fact : facts) {
            events.add(event(componentId, scanId + "/" + fact.getFingerprint(), at, fact));
        }
        List<String> fingerprints = facts.stream().map(FactObserved::getFingerprint).distinct().sorted().toList();
        events.add(event(componentId, scanId + "/completed", at, new ScanCompleted(scanId, repository, commit, fingerprints, null, null)));
        return List.copyOf(events);
    }

    private static FactEvent event(String componentId, String eventId, Instant at, Object payload) {
        return FactEvent.newBuilder().setEventId(eventId).setComponentId(componentId).setOccurredAt(at).setPayload(payload).build();
    }

    /** The first fact says how the component is deployed; the rest are what the rules judge. */
    private static String kind(Random random, int index) {
        if (index == 0) {
            return random.nextInt(10) < 7 ? "deployment.dockerfile" : "build.manifest";
        }
        int draw = random.nextInt(100);
        return draw < 45 ? "endpoint.hardcoded" : draw < 80 ? "endpoint.configured" : "state.embedded-database";
    }

    private static FactObserved fact(String scanId, String repository, String commit, String component, int index, String kind,
                                     String hostSuffix, Random random) {
        Map<String, String> attributes = new TreeMap<>();
        String path;
        String snippet;
        FactSource source;
        switch (kind) {
            case "deployment.dockerfile" -> {
                path = component + "/Dockerfile";
                attributes.put("baseImage", "eclipse-temurin:17-jre");
                snippet = "FROM eclipse-temurin:17-jre";
                source = FactSource.DEPLOYMENT_DESCRIPTOR;
            }
            case "build.manifest" -> {
                path = component + "/pom.xml";
                attributes.put("tool", "maven");
                snippet = "<artifactId>" + component + "</artifactId>";
                source = FactSource.CONFIGURATION;
            }
            case "state.embedded-database" -> {
                path = component + "/src/main/java/com/example/Store" + index + ".java";
                attributes.put("engine", ENGINES[random.nextInt(ENGINES.length)]);
                attributes.put("mode", random.nextBoolean() ? "file" : "memory");
                snippet = "DriverManager.getConnection(\"jdbc:" + attributes.get("engine") + ":./data/store" + index + "\")";
                source = FactSource.SOURCE_CODE;
            }
            default -> {
                boolean configured = kind.equals("endpoint.configured");
                String technology = TECHNOLOGIES[random.nextInt(TECHNOLOGIES.length)];
                String host = technology + "-" + random.nextInt(50) + hostSuffix + ".internal";
                attributes.put("technology", technology);
                attributes.put("host", host);
                attributes.put("value", technology + "://" + host + ":" + (5000 + random.nextInt(5000)));
                attributes.put("network", "private");
                path = component + (configured ? "/src/main/resources/application.yml" : "/src/main/java/com/example/Client" + index + ".java");
                snippet = configured ? "url: " + attributes.get("value") : "String url = \"" + attributes.get("value") + "\";";
                source = configured ? FactSource.CONFIGURATION : FactSource.SOURCE_CODE;
            }
        }
        String fingerprint = hex(String.join("\n", kind, path, "anchor-" + index, attributes.getOrDefault("value", ""))).substring(0, 24);
        int line = 1 + random.nextInt(400);
        return FactObserved.newBuilder()
                .setScanId(scanId)
                .setFingerprint(fingerprint)
                .setKind(kind)
                .setSource(source)
                .setEvidence(new Evidence(repository, commit, path, line, line, snippet))
                .setAttributes(new TreeMap<>(attributes))
                .build();
    }

    private static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
