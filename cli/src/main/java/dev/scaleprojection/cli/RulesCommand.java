package dev.scaleprojection.cli;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules}: validate a rule catalog, or publish it to a running pipeline, where it re-classifies from the log. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Validate or publish a rule catalog (see docs/rules.md).",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Publish.class})
final class RulesCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a catalog file; an invalid one is refused whole, naming the rule and the field.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog (YAML).")
        Path file;

        @Override
        public Integer call() {
            RuleCatalog catalog = Catalogs.read(file);
            spec.commandLine().getOut().printf("%s: %d valid rules%n", file, catalog.rules().size());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = {
        "Publishes the catalog's rules to a running pipeline: new or changed rules only, each to the rules topic and, as a "
            + "rule change, to every partition of the facts topic, in one transaction.",
        "Every component is re-classified with them, and each gap change names the rule change as its cause."})
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog (YAML); validated whole before anything is published.")
        Path file;

        @picocli.CommandLine.Mixin
        RunningPipeline pipeline = new RunningPipeline();

        @Override
        public Integer call() {
            RuleCatalog catalog = Catalogs.read(file);
            List<String> published = new RulePublisher(pipeline.kafka(), ConfluentAvroSerde.forValues(pipeline.registry(), Rule.class),
                    ConfluentAvroSerde.forValues(pipeline.registry(), FactEvent.class)).publish(catalog, Instant.now());
            PrintWriter out = spec.commandLine().getOut();
            out.println(published.isEmpty() ? "Nothing to publish: the topic already holds these rules."
                    : "Published " + String.join(", ", published));
            out.flush();
            return 0;
        }
    }
}
