package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.schemas.registry.ConfluentAvroDeserializer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an observed fact (a {@code FactEvent} whose payload is a {@code FactObserved}) straight from its Avro binary body,
 * without building Avro's records: decoding each fact into a {@code FactEvent} and copying it into the domain took a sixth
 * of the stream thread. It reads only bodies written with the schema whose layout it follows ({@link #LAYOUT}, as the
 * configured deserializer names the writer's schema) and only the {@code FactObserved} branch; for anything else — an
 * older or newer schema, another payload, another serde, bytes it cannot read as that layout — it answers null and the
 * caller decodes the record with the configured deserializer, which resolves every schema version and says what is
 * wrong with bad bytes. Where it answers, the Avro reader would have read the same values: the same varint and length
 * checks, UTF-8 decoded the same way, trailing bytes ignored as Avro ignores them. Not thread-safe (one per processor).
 */
final class ObservedFactReader {

    /**
     * The parsing fingerprint of the {@code FactEvent} schema (released version 2) whose binary layout {@link #read}
     * follows: eventId, componentId, occurredAt, then the payload union, whose branch 0 is FactObserved (scanId,
     * fingerprint, kind, source, evidence, attributes). {@code ObservedFactReaderTest} fails when the schema changes.
     */
    static final long LAYOUT = 0x902377ca29d5c2cbL;
    private static final int HEADER_LENGTH = 5;
    private static final int OBSERVED_BRANCH = 0;
    private static final int FACT_SOURCES = dev.scaleprojection.avro.FactSource.values().length;

    /** An observed fact as the classify processor folds it. */
    record Observation(String componentId, long occurredAt, String scanId, String fingerprint, String kind,
                       SortedMap<String, String> attributes, Evidence evidence) {

        /** @throws IllegalArgumentException as {@link AvroMapping#fact} would for the same event */
        Fact fact() {
            return new Fact(fingerprint, kind, attributes, evidence);
        }
    }

    private final ToLongFunction<byte[]> layoutOf;
    // The facts of a scan come one after another and repeat most of their fields: each field keeps its last string.
    private final Repeated componentIds = new Repeated();
    private final Repeated scanIds = new Repeated();
    private final Repeated kinds = new Repeated();
    private final Repeated repositories = new Repeated();
    private final Repeated commits = new Repeated();
    private final Repeated paths = new Repeated();
    private final Repeated[] attributeNames = {new Repeated(), new Repeated(), new Repeated(), new Repeated()};
    private int knownSchemaId = -1;
    private boolean knownIsLayout;

    /** Reads directly only when {@code deserializer} is the registry's and names a writer schema of {@link #LAYOUT}. */
    ObservedFactReader(Deserializer<FactEvent> deserializer) {
        if (deserializer instanceof ConfluentAvroDeserializer<FactEvent> registry) {
            this.layoutOf = bytes -> {
                OptionalLong layout = registry.writerLayout("", bytes);
                return layout.isPresent() ? layout.getAsLong() : ~LAYOUT;
            };
        } else {
            this.layoutOf = bytes -> ~LAYOUT;
        }
    }

    /** The observed fact in {@code bytes}, or null when they hold something else or anything this reader does not read. */
    Observation read(byte[] bytes) {
        if (bytes == null || bytes.length <= HEADER_LENGTH || bytes[0] != 0 || !ofLayout(bytes)) {
            return null;
        }
        try {
            Body body = new Body(bytes, HEADER_LENGTH);
            body.skipString();
            String componentId = body.string(componentIds);
            long occurredAt = body.longNumber();
            if (body.intNumber() != OBSERVED_BRANCH) {
                return null;
            }
            String scanId = body.string(scanIds);
            String fingerprint = body.string();
            String kind = body.string(kinds);
            int source = body.intNumber();
            if (source < 0 || source >= FACT_SOURCES) {
                return null;
            }
            Evidence evidence = new Evidence(body.string(repositories), Optional.ofNullable(body.optionalString(commits)),
                    body.string(paths), body.intNumber(), body.intNumber(), body.string());
            return new Observation(componentId, occurredAt, scanId, fingerprint, kind, body.stringMap(attributeNames), evidence);
        } catch (Unreadable unreadable) {
            return null;
        }
    }

    private boolean ofLayout(byte[] bytes) {
        int schemaId = ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8) | (bytes[4] & 0xff);
        if (schemaId != knownSchemaId) {
            long layout = layoutOf.applyAsLong(bytes);
            if (layout == ~LAYOUT) {
                return false; // not remembered: the registry may give the schema later
            }
            knownSchemaId = schemaId;
            knownIsLayout = layout == LAYOUT;
        }
        return knownIsLayout;
    }

    /** The string a field held last, with its UTF-8 bytes: the same bytes again give the same string, not a new one. */
    private static final class Repeated {

        private byte[] utf8 = new byte[0];
        private String value = "";

        String of(byte[] bytes, int from, int length) {
            if (length != utf8.length || !Arrays.equals(bytes, from, from + length, utf8, 0, length)) {
                utf8 = Arrays.copyOfRange(bytes, from, from + length);
                value = new String(utf8, StandardCharsets.UTF_8);
            }
            return value;
        }
    }

    /** Bytes this reader does not read; the configured deserializer decides what they are. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** An Avro binary body, read as {@code org.apache.avro.io.BinaryDecoder} reads it. */
    private static final class Body {

        private final byte[] bytes;
        private int position;

        Body(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        private int next() {
            if (position >= bytes.length) {
                throw new Unreadable();
            }
            return bytes[position++] & 0xff;
        }

        /** A zig-zag varint of at most 5 bytes, as Avro's {@code readInt} reads it (a longer one it refuses). */
        int intNumber() {
            int n = (int) varint(5); // the low 32 bits, as readInt keeps them
            return (n >>> 1) ^ -(n & 1);
        }

        /** A zig-zag varint of at most 10 bytes, as Avro's {@code readLong}. */
        long longNumber() {
            long n = varint(10);
            return (n >>> 1) ^ -(n & 1);
        }

        private long varint(int maxBytes) {
            int b = next();
            long n = b & 0x7f;
            for (int shift = 7; b > 0x7f; shift += 7) {
                if (shift >= 7 * maxBytes) {
                    throw new Unreadable();
                }
                b = next();
                n |= (long) (b & 0x7f) << shift;
            }
            return n;
        }

        private int length() {
            int length = intNumber();
            if (length < 0 || length > bytes.length - position) {
                throw new Unreadable();
            }
            return length;
        }

        String string() {
            int length = length();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        /** A string, the same instance as {@code last} held when its bytes are the same. */
        String string(Repeated last) {
            int length = length();
            String value = last.of(bytes, position, length);
            position += length;
            return value;
        }

        void skipString() {
            int length = length(); // read before position is: "position += length()" would add to the old position
            position += length;
        }

        /** A {@code ["null", "string"]} union. */
        String optionalString(Repeated last) {
            return switch (intNumber()) {
                case 0 -> null;
                case 1 -> string(last);
                default -> throw new Unreadable();
            };
        }

        /**
         * A map of strings: blocks of a count (negative: followed by the block's size in bytes) and entries, then 0. The
         * first keys are compared with {@code names}, the keys at the same places last time (facts of a kind name the same
         * attributes in the same order).
         */
        SortedMap<String, String> stringMap(Repeated[] names) {
            int entry = 0;
            SortedMap<String, String> map = new TreeMap<>();
            for (long count = longNumber(); count != 0; count = longNumber()) {
                if (count < 0) {
                    count = -count;
                    longNumber();
                }
                if (count > bytes.length - position) {
                    throw new Unreadable(); // each entry takes at least two bytes
                }
                for (long i = 0; i < count; i++, entry++) {
                    map.put(entry < names.length ? string(names[entry]) : string(), string());
                }
            }
            return map;
        }
    }
}
