package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Authorship;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Gap;
import dev.scaleprojection.classifier.domain.GapChange;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Level;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classification round written as Avro's binary encoding of the {@code GapChanged} that {@link AvroMapping#gapChanged}
 * makes of it, after a given header: field by field in the schema's order, without building the Avro records. A rule's
 * explanation texts, the same in every gap of the rule, are encoded once and kept; a fact that several gaps of a round
 * stand on is encoded once per round. {@link GapRoundSerializer} checks the bytes against Avro's own for the first round
 * of each topic, and {@code GapChangedBytesTest} for every field.
 */
final class GapChangedBytes {

    /** A rule's explanation texts as Avro writes them: the same in every gap of the rule. */
    private static final KeptEncodings<Explanation> EXPLANATIONS = new KeptEncodings<>(4_096, explanation -> new Out(1_024)
            .string(explanation.currentState()).string(explanation.atScale()).string(explanation.required())
            .string(explanation.remediation()).bytes());
    private static final int[] LEVELS = indexes(Level.class, dev.scaleprojection.avro.Level.class);
    private static final int[] AXES = indexes(Axis.class, dev.scaleprojection.avro.Axis.class);
    private static final int[] CATEGORIES = indexes(dev.scaleprojection.domain.Category.class, dev.scaleprojection.avro.GapCategory.class);
    private static final int[] CONCERNS = indexes(dev.scaleprojection.domain.Concern.class, dev.scaleprojection.avro.Concern.class);
    private static final int[] VECTORS = indexes(dev.scaleprojection.domain.ScaleVector.class, dev.scaleprojection.avro.ScaleVector.class);
    private static final int[] KINDS = indexes(GapChange.Kind.class, dev.scaleprojection.avro.GapChangeKind.class);

    private GapChangedBytes() {
    }

    /** @throws RuntimeException where {@link AvroMapping#gapChanged} or Avro would refuse the round (a null text, an unknown enum constant) */
    static byte[] write(byte[] header, ClassificationRound round, int expectedBytes) {
        Out out = new Out(Math.max(header.length + 64, expectedBytes));
        out.raw(header);
        out.string(round.componentId()).number(round.occurredAt()).string(round.cause()).index(LEVELS, round.levels().overall());
        Map<Axis, Level> axes = round.levels().byAxis();
        out.arrayStart(axes.size());
        axes.forEach((axis, level) -> out.index(AXES, axis).index(LEVELS, level));
        out.number(0);
        out.arrayStart(round.changes().size());
        Map<Fact, byte[]> factRefs = new IdentityHashMap<>();
        for (GapChange change : round.changes()) {
            change(out, change, factRefs);
        }
        out.number(0);
        out.optional(round.authorship().map(Authorship::author).orElse(null))
                .optional(round.authorship().map(Authorship::reason).orElse(null))
                .optional(round.ownership().owner().orElse(null))
                .optional(round.ownership().domain().orElse(null));
        return out.bytes();
    }

    private static void change(Out out, GapChange change, Map<Fact, byte[]> factRefs) {
        Gap gap = change.gap();
        out.string(gap.id()).index(KINDS, change.kind()).index(LEVELS, gap.targetLevel()).index(CATEGORIES, gap.category());
        if (change.previousCategory().isPresent()) {
            out.number(1).index(CATEGORIES, change.previousCategory().get());
        } else {
            out.number(0);
        }
        out.index(CONCERNS, gap.concern()).index(AXES, gap.axis());
        out.arrayStart(gap.scaleVectors().size());
        gap.scaleVectors().forEach(vector -> out.index(VECTORS, vector));
        out.number(0);
        out.string(gap.ruleId()).number(gap.ruleVersion()).string(gap.title());
        List<Fact> facts = gap.facts();
        out.arrayStart(facts.size());
        for (Fact fact : facts) {
            out.raw(factRefs.computeIfAbsent(fact, GapChangedBytes::factRef));
        }
        out.number(0);
        out.raw(EXPLANATIONS.of(gap.explanation()));
        out.string(gap.settledBy());
    }

    private static byte[] factRef(Fact fact) {
        Evidence e = fact.evidence();
        Out out = new Out(256);
        out.string(fact.fingerprint()).string(fact.kind()).string(e.repository()).optional(e.commit().orElse(null))
                .string(e.path()).number(e.startLine()).number(e.endLine()).string(e.snippet());
        return out.bytes();
    }

    /** The Avro enum's index of each domain constant by ordinal; -1 where Avro has no constant of that name. */
    private static <D extends Enum<D>, A extends Enum<A>> int[] indexes(Class<D> domain, Class<A> avro) {
        D[] constants = domain.getEnumConstants();
        int[] indexes = new int[constants.length];
        for (D constant : constants) {
            indexes[constant.ordinal()] = Arrays.stream(avro.getEnumConstants()).filter(a -> a.name().equals(constant.name()))
                    .mapToInt(Enum::ordinal).findFirst().orElse(-1);
        }
        return indexes;
    }

    /** Avro's binary encoding: numbers as zig-zag varints, strings as their UTF-8 length then bytes, unions by branch. */
    private static final class Out {
        private byte[] buffer;
        private int size;

        Out(int expectedBytes) {
            buffer = new byte[expectedBytes];
        }

        Out number(long value) {
            ensure(10);
            long rest = (value << 1) ^ (value >> 63);
            while ((rest & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            buffer[size++] = (byte) rest;
            return this;
        }

        Out index(int[] indexes, Enum<?> constant) {
            int index = indexes[constant.ordinal()];
            if (index < 0) {
                throw new IllegalArgumentException("no Avro constant " + constant.name() + " in " + constant.getDeclaringClass().getSimpleName());
            }
            return number(index);
        }

        /** What Avro writes before an array's items: their count, or nothing for none (the closing 0 follows them). */
        void arrayStart(int count) {
            if (count > 0) {
                number(count);
            }
        }

        Out string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            return raw(utf8);
        }

        /** A ["null", "string"] union. */
        Out optional(String value) {
            return value == null ? number(0) : number(1).string(value);
        }

        Out raw(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
            return this;
        }

        private void ensure(int more) {
            if (buffer.length - size < more) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }
    }
}
