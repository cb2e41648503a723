package dev.scaleprojection.classifier.topology;

/**
 * What a stage made of one decoded record: a value to go on with, or — when the record could not be classified or its
 * rule is not valid — the original bytes for the dead-letter topic (with headers naming the error and the stage); or,
 * for a fact record read outside its system's partition, its bytes to be moved there before it is classified.
 */
sealed interface Checked<V> {

    record Passed<V>(V value) implements Checked<V> {
    }

    record DeadLetter<V>(byte[] originalBytes) implements Checked<V> {
    }

    record Misplaced<V>(byte[] originalBytes) implements Checked<V> {
    }

    default boolean isDeadLetter() {
        return this instanceof DeadLetter;
    }
}
