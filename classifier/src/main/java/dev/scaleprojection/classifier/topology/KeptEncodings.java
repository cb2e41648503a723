package dev.scaleprojection.classifier.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Encodings of values that recur unchanged in many records (a rule's explanation texts), each encoded once and kept by
 * value. Bounded: beyond {@code kept} values all are dropped and kept anew, so a long run of rule changes cannot grow it
 * without end. Thread-safe: the stream threads share it; a race only encodes a value twice.
 */
final class KeptEncodings<T> {

    private final int kept;
    private final Function<T, byte[]> encode;
    private final Map<T, byte[]> encodings = new ConcurrentHashMap<>();

    KeptEncodings(int kept, Function<T, byte[]> encode) {
        this.kept = kept;
        this.encode = encode;
    }

    /** The encoding of {@code value}; the caller must not change it. */
    byte[] of(T value) {
        byte[] known = encodings.get(value);
        if (known != null) {
            return known;
        }
        byte[] encoded = encode.apply(value);
        if (encodings.size() >= kept) {
            encodings.clear();
        }
        encodings.put(value, encoded);
        return encoded;
    }
}
