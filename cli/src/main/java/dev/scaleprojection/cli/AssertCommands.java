package dev.scaleprojection.cli;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.ingest.domain.AssertionRequest;
import dev.scaleprojection.ingest.publish.AssertionPublisher;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assert} and {@code revoke}: what people know and a scanner cannot see, published to a running pipeline. */
final class AssertCommands {

    private AssertCommands() {
    }

    /** Publishes with a producer to the running pipeline, closing it afterwards. */
    static <T> T withPublisher(RunningPipeline pipeline, java.util.function.Function<AssertionPublisher, T> use) {
        var serde = ConfluentAvroSerde.forValues(pipeline.registry(), FactEvent.class);
        try (KafkaProducer<String, FactEvent> producer = new KafkaProducer<>(pipeline.kafka().config(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000)), new StringSerializer(), serde.serializer())) {
            return use.apply(new AssertionPublisher(producer));
        }
    }

    @Command(name = "assert", mixinStandardHelpOptions = true, sortOptions = false, description = {
        "Asserts what a scanner cannot see about a component, or waives one of its findings until a date.",
        "The assertion is validated whole (every bad field is named) before anything is published; it prints its id,",
        "which `revoke` takes. Examples:",
        "  assert --component acme/shop/orders --waive 3f2a… --expires 2027-03-31 --author ada --reason \"test fixture only\"",
        "  assert --component acme/shop/orders --statement tenant-isolation.repository-layer --author ada --reason \"…\""})
    static final class Assert implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--component", required = true, paramLabel = "ORG/SYSTEM/COMPONENT", description = "The component the assertion is about.")
        String component;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--waive", paramLabel = "FINGERPRINT", description = "Waive the finding with this fact fingerprint (see `scan`).")
            String fingerprint;

            @Option(names = "--waive-gap", paramLabel = "GAP-ID", description = "Waive one gap, by id.")
            String gapId;

            @Option(names = "--statement", paramLabel = "KIND", description = "State something the scanner cannot see, e.g. tenant-isolation.repository-layer; rules see it as a fact of kind asserted.<KIND>.")
            String statement;
        }

        @Option(names = "--attribute", paramLabel = "KEY=VALUE", description = "Attributes of a statement (repeatable).")
        Map<String, String> attributes = new HashMap<>();

        @Option(names = "--author", required = true, description = "Who asserts it.")
        String author;

        @Option(names = "--reason", required = true, description = "Why (at least 10 characters).")
        String reason;

        @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "When it stops counting (required for a waiver), end of that day UTC.")
        String expires;

        @Option(names = "--dry-run", description = "Validate only; publish nothing.")
        boolean dryRun;

        @picocli.CommandLine.Mixin
        RunningPipeline pipeline = new RunningPipeline();

        @Override
        public Integer call() {
            Instant now = Instant.now();
            AssertionRequest request = new AssertionRequest(component, author, reason,
                    what.statement != null ? what.statement : AssertionRequest.WAIVE,
                    Optional.ofNullable(what.fingerprint), Optional.ofNullable(what.gapId), attributes, expiry());
            String id = UUID.randomUUID().toString();
            if (dryRun) {
                var problems = request.problems(now.toEpochMilli());
                if (!problems.isEmpty()) {
                    throw new AssertionPublisher.InvalidAssertionException(problems);
                }
            } else {
                withPublisher(pipeline, publisher -> {
                    publisher.publish(id, request, now);
                    return null;
                });
            }
            spec.commandLine().getOut().println((dryRun ? "Valid (not published): " : "Published assertion ") + id);
            spec.commandLine().getOut().flush();
            return 0;
        }

        private Optional<Long> expiry() {
            if (expires == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(expires).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--expires must be a date like 2027-03-31, was '" + expires + "'");
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes an assertion: a waived gap reopens, a statement stops counting.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--component", required = true, paramLabel = "ORG/SYSTEM/COMPONENT")
        String component;

        @Option(names = "--assertion", required = true, paramLabel = "ID", description = "The id `assert` printed.")
        String assertionId;

        @Option(names = "--author", required = true)
        String author;

        @Option(names = "--reason", required = true)
        String reason;

        @picocli.CommandLine.Mixin
        RunningPipeline pipeline = new RunningPipeline();

        @Override
        public Integer call() {
            withPublisher(pipeline, publisher -> {
                publisher.revoke(component, assertionId, author, reason, Instant.now());
                return null;
            });
            spec.commandLine().getOut().println("Published the revocation of assertion " + assertionId + " for " + component
                    + ". If that component holds no such assertion (a mistyped id, another component's, or revoked already),"
                    + " the classifier sends the revocation to the dead-letter topic " + Topics.DEAD_LETTERS.name() + " with that reason.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
