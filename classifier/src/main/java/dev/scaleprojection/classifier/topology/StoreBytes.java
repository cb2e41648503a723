package dev.scaleprojection.classifier.topology;

/**
 * The binary encoding of the classifier's own stores: a format byte, then the fields in a fixed order — counts and
 * lengths as varints, strings as UTF-8 (null kept apart from empty), enums by name, numbers big-endian. Values an
 * earlier release wrote as JSON begin with '{', so a serde tells the formats apart by the first byte and reads both.
 * {@link StoreBytesWriter} writes it, {@link StoreBytesReader} reads it.
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
}
