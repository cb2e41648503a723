package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.Authorship;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentLevels;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Gap;
import dev.scaleprojection.classifier.domain.GapChange;
import dev.scaleprojection.classifier.domain.Ownership;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GapRoundSerializerTest {

    private static final String TOPIC = "scale-projection.gaps.v1";
    private static final byte[] HEADER = {0, 0, 0, 0, 42};

    /** Avro's own encoding of the mapped record, walking the schema, after a Confluent header: what the bytes must equal. */
    private static final Serializer<GapChanged> AVRO = (topic, record) -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<>(GapChanged.class).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    };

    static Stream<ClassificationRound> rounds() {
        Fact withCommit = fact("fp-1", Optional.of("0123abcd"), 12, 14, "url = \"http://billing:8080\"");
        Fact withoutCommit = fact("fp-2", Optional.empty(), 0, 0, "");
        Fact farAway = fact("fp-3 — ünïcødé 🚀", Optional.of(""), -1, Integer.MAX_VALUE, "snippet with\nnew lines\tand tabs 🚀");
        Gap opened = gap("endpoint/service/fp-1", Level.SERVICE, Category.CONCERNING, List.of(ScaleVector.THROUGHPUT_LATENCY,
                ScaleVector.TEAM_SIZE), List.of(withCommit), "");
        Gap uncertain = gap("state/composed/component", Level.COMPOSED, Category.UNCERTAIN, List.of(), List.of(withCommit, withoutCommit,
                farAway), "a statement 'state.shared' — or its absence — settles it");
        return Stream.of(
                new ClassificationRound("acme/billing/api", 1_733_000_000_000L, "scan:s1", ComponentLevels.of(Level.PROJECT,
                        Map.of(Axis.STATE, Level.SERVICE, Axis.DIRECTED, Level.SCRIPT)),
                        List.of(new GapChange(GapChange.Kind.OPENED, opened, Optional.empty()),
                                new GapChange(GapChange.Kind.OPENED, uncertain, Optional.empty())),
                        Optional.empty(), Ownership.UNKNOWN),
                new ClassificationRound("acme/billing/api", 0L, "", ComponentLevels.of(Level.CHAT, Map.of()), List.of(), Optional.empty(),
                        Ownership.of("team-payments", "billing")),
                new ClassificationRound("ünïcødé/søstem/🚀", -86_400_000L, "assertion:a-1", ComponentLevels.of(Level.SCALED, Map.of(Axis.ACCESS,
                        Level.GOVERNED)), List.of(new GapChange(GapChange.Kind.RECATEGORIZED, uncertain, Optional.of(Category.BLOCKING)),
                        new GapChange(GapChange.Kind.WAIVED, opened, Optional.empty()),
                        new GapChange(GapChange.Kind.RESOLVED, opened, Optional.empty())),
                        Optional.of(new Authorship("jane@acme.example", "")), Ownership.of(null, "billing")),
                new ClassificationRound("acme/billing/api", Long.MAX_VALUE, "revoked:a-1", ComponentLevels.of(Level.SERVICE, Map.of()),
                        List.of(new GapChange(GapChange.Kind.OPENED, opened, Optional.empty())),
                        Optional.of(new Authorship("jane", "no longer true — moved")), Ownership.of("team", null)));
    }

    /** Rounds of a synthetic component under the built-in catalog: every kind the benchmark publishes, opened then resolved. */
    static Stream<ClassificationRound> builtinRounds() {
        Classifier classifier = new Classifier(RuleCatalogLoader.builtin());
        Map<String, Fact> observed = new TreeMap<>();
        List<Fact> facts = List.of(
                new Fact("f-docker", "deployment.dockerfile", new TreeMap<>(), evidence(1)),
                new Fact("f-endpoint", "endpoint.hardcoded", new TreeMap<>(Map.of("technology", "http", "host", "billing.internal")), evidence(7)),
                new Fact("f-database", "state.embedded-database", new TreeMap<>(Map.of("engine", "h2", "mode", "file")), evidence(9)),
                new Fact("f-configured", "endpoint.configured", new TreeMap<>(Map.of("technology", "kafka", "host", "broker")), evidence(11)));
        facts.forEach(fact -> observed.put(fact.fingerprint(), fact));
        List<ClassificationRound> rounds = new ArrayList<>();
        ComponentState.Outcome first = ComponentState.empty("acme/billing/api").completeScan("s1", observed, observed.keySet(),
                Ownership.of("payments", "billing"), 1_000L, classifier);
        first.round().ifPresent(rounds::add);
        first.state().completeScan("s2", Map.of(), List.of("f-docker"), 2_000L, classifier).round().ifPresent(rounds::add);
        return rounds.stream();
    }

    @ParameterizedTest
    @MethodSource({"rounds", "builtinRounds"})
    void writesTheBytesAvroWritesForTheMappedRecord(ClassificationRound round) {
        byte[] written = GapChangedBytes.write(HEADER, round, 16);

        assertThat(written).isEqualTo(AVRO.serialize(TOPIC, AvroMapping.gapChanged(round)));
    }

    @Test
    void keepsWritingTheBytesItselfOnceTheFirstRoundMatchedTheConfiguredSerializer() {
        List<Integer> avroCalls = new ArrayList<>();
        GapRoundSerializer serializer = new GapRoundSerializer((topic, record) -> {
            avroCalls.add(1);
            return AVRO.serialize(topic, record);
        });
        List<ClassificationRound> rounds = rounds().toList();

        List<byte[]> written = rounds.stream().map(round -> serializer.serialize(TOPIC, round)).toList();

        assertThat(avroCalls).hasSize(1);
        assertThat(written).containsExactlyElementsOf(rounds.stream().map(round -> AVRO.serialize(TOPIC, AvroMapping.gapChanged(round))).toList());
    }

    @Test
    void writesEveryRoundThroughTheConfiguredSerializerWhenItsFirstRoundDiffersFromAvrosEncoding() {
        Serializer<GapChanged> json = (topic, record) -> record.toString().getBytes(StandardCharsets.UTF_8);
        GapRoundSerializer serializer = new GapRoundSerializer(json);
        List<ClassificationRound> rounds = rounds().toList();

        List<byte[]> written = rounds.stream().map(round -> serializer.serialize(TOPIC, round)).toList();

        assertThat(written).containsExactlyElementsOf(rounds.stream().map(round -> json.serialize(TOPIC, AvroMapping.gapChanged(round))).toList());
    }

    @Test
    void leavesARoundItCannotWriteToTheConfiguredSerializerWhichRefusesItInItsOwnTerms() {
        GapRoundSerializer serializer = new GapRoundSerializer(AVRO);
        serializer.serialize(TOPIC, rounds().findFirst().orElseThrow());
        Gap untitled = new Gap("r/service/fp", "r", 1, Level.SERVICE, Category.CLEAN, Concern.COMPUTE, Axis.STATE, List.of(), null,
                List.of(), new Explanation("now", "at scale", "required", "remedy"), "");
        ClassificationRound round = new ClassificationRound("a/b/c", 1L, "scan:s", ComponentLevels.of(Level.CHAT, Map.of()),
                List.of(new GapChange(GapChange.Kind.OPENED, untitled, Optional.empty())), Optional.empty(), Ownership.UNKNOWN);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, round)).isInstanceOf(AvroRuntimeException.class).hasMessageContaining("title");
    }

    private static Gap gap(String id, Level target, Category category, List<ScaleVector> vectors, List<Fact> facts, String settledBy) {
        return new Gap(id, id.substring(0, id.indexOf('/')), 3, target, category, Concern.MULTI_REGION, Axis.CONTEXT, vectors,
                "Hard-coded endpoint — « billing »", facts, new Explanation("Calls go to one host → fine for one region.",
                "At scale: every region calls the same host; latency 🚀 grows.", "", "Move the host to configuration."), settledBy);
    }

    private static Fact fact(String fingerprint, Optional<String> commit, int start, int end, String snippet) {
        return new Fact(fingerprint, "endpoint.hardcoded", new TreeMap<>(Map.of("host", "billing")), new Evidence("git@example.com:acme/billing.git",
                commit, "src/main/java/Billing.java", start, end, snippet));
    }

    private static Evidence evidence(int line) {
        return new Evidence("acme/billing", Optional.of("abc"), "Dockerfile", line, line, "FROM eclipse-temurin:17");
    }
}
