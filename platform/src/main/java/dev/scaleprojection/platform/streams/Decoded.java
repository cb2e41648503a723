package dev.scaleprojection.platform.streams;

/**
 * The outcome of decoding one raw record: its value (with the original bytes, for a later stage that must dead-letter
 * it), or the original bytes with the reason it could not be read.
 */
public sealed interface Decoded<V> {

    record Value<V>(V value, byte[] originalBytes) implements Decoded<V> {
    }

    record Undecodable<V>(byte[] originalBytes, String reason) implements Decoded<V> {
    }

    default boolean isUndecodable() {
        return this instanceof Undecodable;
    }
}
