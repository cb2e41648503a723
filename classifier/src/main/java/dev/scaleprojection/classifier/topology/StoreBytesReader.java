package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;

/** Reads values back in the order a {@link StoreBytesWriter} wrote them, after checking the format byte. */
final class StoreBytesReader {

    private final byte[] bytes;
    private int position;

    StoreBytesReader(byte[] bytes, String what) {
        if (bytes.length == 0 || bytes[0] != StoreBytes.BINARY) {
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
        return map(StoreBytesReader::string);
    }

    /** A map with string keys, each value read by {@code value}. */
    <V> SortedMap<String, V> map(Function<StoreBytesReader, V> value) {
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
