package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The binary encoding of the classifier's own stores: a format byte, then the fields in a fixed order — counts and
 * lengths as varints, strings as UTF-8 (null kept apart from empty), enums by name, numbers big-endian. Values an
 * earlier release wrote as JSON begin with '{', so a serde tells the formats apart by the first byte and reads both.
 */
final class StoreBytes {

    /** The first byte of a value in this encoding. */
    static final byte BINARY = 1;
    /** The first byte of a value written as JSON by the releases before it. */
    static final byte JSON = '{';

    private StoreBytes() {
    }

    /** The format of stored bytes, by their first byte. */
    static boolean isJson(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == JSON;
    }

    /** A growing buffer that values are appended to, starting with the format byte. */
    static final class Writer {

        /** The UTF-8 of every constant's name by ordinal, per enum type: a state writes several names for each gap. */
        private static final ClassValue<byte[][]> NAMES = new ClassValue<>() {
            @Override
            protected byte[][] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                byte[][] names = new byte[constants.length][];
                for (int i = 0; i < constants.length; i++) {
                    names[i] = ((Enum<?>) constants[i]).name().getBytes(StandardCharsets.UTF_8);
                }
                return names;
            }
        };

        private static final int KIND = 0;
        private static final int REPOSITORY = 1;
        private static final int COMMIT = 2;
        private static final int PATH = 3;

        private byte[] buffer;
        private int size;
        /** Per place in a fact ({@link #repeated}): the string written there last, and its UTF-8. */
        private final String[] lastStrings = new String[4];
        private final byte[][] lastUtf8 = new byte[4][];

        Writer() {
            this(512);
        }

        /** A writer with room for about {@code expectedBytes} before its buffer grows. */
        Writer(int expectedBytes) {
            buffer = new byte[Math.max(16, expectedBytes)];
            write(BINARY);
        }

        /** Goes on after the bytes another writer produced (format byte included), which are copied, not changed. */
        Writer(byte[] written) {
            // Room for about one more fact: a chunk grows by one at a time, and bytes() copies it once more anyway.
            buffer = Arrays.copyOf(written, written.length + 1024);
            size = written.length;
        }

        /** Overwrites the 8 bytes at {@code position} with a number (a header field that changes as values are appended). */
        Writer numberAt(int position, long value) {
            for (int i = 0; i < 8; i++) {
                buffer[position + i] = (byte) (value >>> (56 - 8 * i));
            }
            return this;
        }

        int size() {
            return size;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        /** The first {@code length} bytes written. */
        byte[] bytes(int length) {
            return Arrays.copyOf(buffer, length);
        }

        /** What was written after the format byte: to be {@link #raw written} again, as it is, by another writer. */
        byte[] body() {
            return Arrays.copyOfRange(buffer, 1, size);
        }

        /** Values another writer encoded ({@link #body}), copied as they are. */
        Writer raw(byte[] body) {
            if (buffer.length - size < body.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + body.length));
            }
            System.arraycopy(body, 0, buffer, size, body.length);
            size += body.length;
            return this;
        }

        private void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }

        Writer count(int value) {
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                write((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            write(rest);
            return this;
        }

        Writer number(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (value >>> shift));
            }
            return this;
        }

        Writer number(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                write(value >>> shift);
            }
            return this;
        }

        Writer flag(boolean value) {
            write(value ? 1 : 0);
            return this;
        }

        /** Length + 1 then the UTF-8 bytes; 0 for null. */
        Writer string(String value) {
            if (value == null) {
                return count(0);
            }
            return utf8(value.getBytes(StandardCharsets.UTF_8));
        }

        private Writer utf8(byte[] utf8) {
            count(utf8.length + 1);
            if (buffer.length - size < utf8.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + utf8.length));
            }
            System.arraycopy(utf8, 0, buffer, size, utf8.length);
            size += utf8.length;
            return this;
        }

        Writer optional(Optional<String> value) {
            return string(value.orElse(null));
        }

        Writer name(Enum<?> value) {
            return value == null ? count(0) : utf8(NAMES.get(value.getDeclaringClass())[value.ordinal()]);
        }

        Writer strings(List<String> values) {
            count(values.size());
            values.forEach(this::string);
            return this;
        }

        Writer strings(Map<String, String> values) {
            count(values.size());
            values.forEach((key, value) -> string(key).string(value));
            return this;
        }

        Writer fact(Fact fact) {
            Evidence evidence = fact.evidence();
            string(fact.fingerprint());
            repeated(KIND, fact.kind()).strings(fact.attributes());
            repeated(REPOSITORY, evidence.repository());
            String commit = evidence.commit().orElse(null);
            (commit == null ? count(0) : repeated(COMMIT, commit)).repeated(PATH, evidence.path());
            return number(evidence.startLine()).number(evidence.endLine()).string(evidence.snippet());
        }

        /**
         * A string that the facts a writer writes share (a component's facts are of one repository and commit, many
         * of a few kinds and files): when it is the very string written last in its place, its UTF-8 is written again
         * as it was, not encoded anew.
         */
        private Writer repeated(int place, String value) {
            if (value != lastStrings[place]) {
                lastStrings[place] = value;
                lastUtf8[place] = value.getBytes(StandardCharsets.UTF_8);
            }
            return utf8(lastUtf8[place]);
        }
    }

    /** Reads values back in the order a {@link Writer} wrote them, after checking the format byte. */
    static final class Reader {

        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes, String what) {
            if (bytes.length == 0 || bytes[0] != BINARY) {
                throw new SerializationException("Cannot read " + what + ": unknown format byte "
                        + (bytes.length == 0 ? "(no bytes)" : String.format("0x%02x", bytes[0] & 0xff)));
            }
            this.bytes = bytes;
            this.position = 1;
        }

        private int read() {
            if (position >= bytes.length) {
                throw new SerializationException("Stored value ends early, at byte " + position);
            }
            return bytes[position++] & 0xFF;
        }

        int count() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = read();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new SerializationException("Malformed count in stored value at byte " + position);
        }

        long longNumber() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | read();
            }
            return value;
        }

        int intNumber() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value = (value << 8) | read();
            }
            return value;
        }

        boolean flag() {
            return read() != 0;
        }

        String string() {
            int length = count() - 1;
            if (length < 0) {
                return null;
            }
            if (length > bytes.length - position) {
                throw new SerializationException("Stored string of " + length + " bytes runs past the end, at byte " + position);
            }
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        Optional<String> optional() {
            return Optional.ofNullable(string());
        }

        <E extends Enum<E>> E name(Class<E> type) {
            String name = string();
            return name == null ? null : Enum.valueOf(type, name);
        }

        List<String> strings() {
            int count = count();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        SortedMap<String, String> stringMap() {
            return map(Reader::string);
        }

        /** A map with string keys, each value read by {@code value}. */
        <V> SortedMap<String, V> map(Function<Reader, V> value) {
            int count = count();
            SortedMap<String, V> values = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String key = string();
                values.put(key, value.apply(this));
            }
            return values;
        }

        Fact fact() {
            String fingerprint = string();
            String kind = string();
            SortedMap<String, String> attributes = stringMap();
            return new Fact(fingerprint, kind, attributes,
                    new Evidence(string(), optional(), string(), intNumber(), intNumber(), string()));
        }

        boolean hasMore() {
            return position < bytes.length;
        }

        /** @throws SerializationException if bytes are left over: the value was not written as it is read */
        void end() {
            if (position != bytes.length) {
                throw new SerializationException("Stored value has " + (bytes.length - position) + " bytes left over");
            }
        }
    }
}
