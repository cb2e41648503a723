package dev.scaleprojection.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scaleprojection.aggregator.api.GapsMarkdown;
import dev.scaleprojection.aggregator.api.ReportDocument;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.ingest.publish.FactPublisher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: scan and classify without Kafka, print the gaps, and fail when a gap of the named category stands in the way. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Scans and classifies repositories without Kafka; fails when a gap stands in the way of a level.",
            "The same detectors, rules and folds as the pipeline, so the gaps are the same. Prints them (md or json, the "
                + "shape of run --once), and exits with status 3 when a gap of the --fail-on category (or worse) stands in "
                + "the way of --level: a gate a CI pipeline can call on every pull request. An uncertain gap (the facts do "
                + "not decide; it says which assertion would) fails --fail-on uncertain and concerning, since it cannot be "
                + "shown to be clean.",
            "Exit status 0: the gate passes; 1: an error; 2: bad usage."})
final class CheckCommand implements Callable<Integer> {

    static final int GATE_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--level", paramLabel = "N", description = "Target level, 1 (Chat) to 8 (Scaled), that the gate checks (default: ${DEFAULT-VALUE}).")
    int level = 8;

    @Option(names = "--fail-on", paramLabel = "blocking|uncertain|concerning", description = "Fail on blocking gaps; on blocking or uncertain ones; or on concerning, blocking or uncertain ones (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.blocking;

    @Option(names = "--format", paramLabel = "md|json", description = "md (default): a GAPS.md per component; json: one document, as run --once --format json.")
    RunCommand.Format format = RunCommand.Format.md;

    @Option(names = "--org", paramLabel = "NAME", description = "Organization named in component ids (default: ${DEFAULT-VALUE}).")
    String organization = "default";

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = 1_048_576L;

    @Parameters(paramLabel = "REPOSITORY", arity = "1..*", description = "Local paths or git URLs of the repositories to check.")
    List<String> repositories;

    @Override
    public Integer call() throws Exception {
        if (level < 1 || level > 8) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--level must be between 1 and 8, was " + level);
        }
        PrintWriter err = spec.commandLine().getErr();
        LocalAssessment local = new LocalAssessment(RuleCatalogLoader.builtin(), CoherenceIndex.DEFAULT);
        Scans scans = new Scans(Path.of(System.getProperty("java.io.tmpdir"), "scale-projection-check"), maxFileBytes, err);
        Instant now = Instant.now();
        for (int i = 0; i < repositories.size(); i++) {
            Scans.Scanned scanned = scans.scan(repositories.get(i), i + 1, repositories.size());
            FactPublisher.ScanEvents events = FactPublisher.events(scanned.result(), organization, scanned.system(), now);
            scanned.report().summarize(scanned.root().toString(), scanned.result(), events.componentIds().size(), scanned.took());
            local.apply(events.events());
        }
        local.unclassified().forEach(event -> err.printf("Set aside (the pipeline would dead-letter it): event %s of %s: %s%n",
                event.eventId(), event.componentId(), event.reason()));
        print(local, spec.commandLine().getOut());
        return gate(local.assessments(), err);
    }

    private void print(LocalAssessment local, PrintWriter out) throws Exception {
        if (format == RunCommand.Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ReportDocument.of(organization, local.score(), local.assessments())));
        } else {
            local.assessments().forEach(a -> out.println(GapsMarkdown.render(a)));
        }
        out.flush();
    }

    private int gate(List<ComponentAssessment> assessments, PrintWriter err) {
        Level target = Level.ofNumber(level);
        StringWriter failures = new StringWriter();
        int undecided = 0;
        for (ComponentAssessment assessment : assessments) {
            if (!target.isAbove(assessment.level())) {
                continue;
            }
            undecided += FailOn.undecided(assessment, target);
            int standing = failOn.standing(assessment, target);
            if (standing > 0) {
                failures.append(String.format("  %s: %d %s gap(s) stand in the way of level %d%n", assessment.componentId(), standing,
                        failOn.description(), level));
            }
        }
        if (failures.getBuffer().length() == 0) {
            err.printf("Gate passed: no %s gap stands in the way of level %d.%n", failOn.description(), level);
            if (undecided > 0) {
                err.printf("Note: %d uncertain gap(s) stand in the way; each says which assertion would settle it.%n", undecided);
            }
            err.flush();
            return 0;
        }
        err.print("Gate failed:\n" + failures);
        err.flush();
        return GATE_FAILED;
    }
}
