package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A growing buffer that values are appended to, starting with the format byte. */
final class StoreBytesWriter {

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

    StoreBytesWriter() {
        this(512);
    }

    /** A writer with room for about {@code expectedBytes} before its buffer grows. */
    StoreBytesWriter(int expectedBytes) {
        buffer = new byte[Math.max(16, expectedBytes)];
        write(StoreBytes.BINARY);
    }

    /** Goes on after the bytes another writer produced (format byte included), which are copied, not changed. */
    StoreBytesWriter(byte[] written) {
        // Room for about one more fact: a chunk grows by one at a time, and bytes() copies it once more anyway.
        buffer = Arrays.copyOf(written, written.length + 1024);
        size = written.length;
    }

    /** Overwrites the 8 bytes at {@code position} with a number (a header field that changes as values are appended). */
    StoreBytesWriter numberAt(int position, long value) {
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
    StoreBytesWriter raw(byte[] body) {
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

    StoreBytesWriter count(int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        write(rest);
        return this;
    }

    StoreBytesWriter number(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            write((int) (value >>> shift));
        }
        return this;
    }

    StoreBytesWriter number(int value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            write(value >>> shift);
        }
        return this;
    }

    StoreBytesWriter flag(boolean value) {
        write(value ? 1 : 0);
        return this;
    }

    /** Length + 1 then the UTF-8 bytes; 0 for null. */
    StoreBytesWriter string(String value) {
        if (value == null) {
            return count(0);
        }
        return utf8(value.getBytes(StandardCharsets.UTF_8));
    }

    private StoreBytesWriter utf8(byte[] utf8) {
        count(utf8.length + 1);
        if (buffer.length - size < utf8.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + utf8.length));
        }
        System.arraycopy(utf8, 0, buffer, size, utf8.length);
        size += utf8.length;
        return this;
    }

    StoreBytesWriter optional(Optional<String> value) {
        return string(value.orElse(null));
    }

    StoreBytesWriter name(Enum<?> value) {
        return value == null ? count(0) : utf8(NAMES.get(value.getDeclaringClass())[value.ordinal()]);
    }

    StoreBytesWriter strings(List<String> values) {
        count(values.size());
        values.forEach(this::string);
        return this;
    }

    StoreBytesWriter strings(Map<String, String> values) {
        count(values.size());
        values.forEach((key, value) -> string(key).string(value));
        return this;
    }

    StoreBytesWriter fact(Fact fact) {
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
    private StoreBytesWriter repeated(int place, String value) {
        if (value != lastStrings[place]) {
            lastStrings[place] = value;
            lastUtf8[place] = value.getBytes(StandardCharsets.UTF_8);
        }
        return utf8(lastUtf8[place]);
    }
}
