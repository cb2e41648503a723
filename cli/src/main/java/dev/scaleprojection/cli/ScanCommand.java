package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.SkippedFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scan}: what the scanner sees, without Kafka: the facts with their evidence, and what was skipped. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scans repositories with the pipeline's detectors, without Kafka, and prints the facts found.",
            "Each fact has its kind, component, file, line, redacted snippet, attributes and fingerprint; the files "
                + "skipped are listed with the reason."})
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default): one line per fact; json: {\"facts\":[…], \"skipped\":[…]}.")
    Format format = Format.text;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = 1_048_576L;

    @Parameters(paramLabel = "REPOSITORY", arity = "1..*", description = "Local paths or git URLs of the repositories to scan.")
    List<String> repositories;

    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Scans scans = new Scans(Path.of(System.getProperty("java.io.tmpdir"), "scale-projection-scan"), maxFileBytes, spec.commandLine().getErr());
        List<Map<String, Object>> facts = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (int i = 0; i < repositories.size(); i++) {
            Scans.Scanned scanned = scans.scan(repositories.get(i), i + 1, repositories.size());
            scanned.report().summarize(scanned.root().toString(), scanned.result(),
                    (int) scanned.result().facts().stream().map(ObservedFact::component).distinct().count(), scanned.took());
            for (ObservedFact fact : scanned.result().facts()) {
                facts.add(fact(scanned.system(), fact));
            }
            for (SkippedFile file : scanned.result().skipped()) {
                skipped.add(Map.of("repository", scanned.system(), "path", file.path(), "reason", file.reason()));
            }
        }
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("facts", facts, "skipped", skipped)));
        } else {
            facts.forEach(f -> out.printf("%s:%s  %-28s %-16s %s%n", f.get("path"), f.get("line"), f.get("kind"), f.get("component"), f.get("snippet")));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> fact(String repository, ObservedFact fact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", fact.finding().kind());
        json.put("repository", repository);
        json.put("component", fact.component());
        json.put("path", fact.finding().path());
        json.put("line", fact.finding().startLine());
        json.put("endLine", fact.finding().endLine());
        json.put("snippet", fact.finding().snippet());
        json.put("attributes", new java.util.TreeMap<>(fact.finding().attributes()));
        json.put("fingerprint", fact.fingerprint());
        return json;
    }
}
