package dev.scaleprojection.classifier.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A value of the pending-facts store ({@link ClassifierTopology#PENDING_FACTS_STORE}): a chunk of a scan's pending
 * facts (or a fact an earlier release stored alone, in JSON), either as the bytes the store gave back, or as a chunk
 * this instance is appending to ({@link PendingFactChunk.Snapshot}), whose bytes are encoded only when asked for: when
 * the store writes it down before a commit ({@link WriteBackStore}), which the chunk of a scan taken within the commit
 * interval never reaches. The store beneath and its changelog hold exactly the bytes earlier releases stored.
 */
interface PendingValue {

    byte[] bytes();

    /** Bytes as the store gave them back. */
    record Stored(byte[] bytes) implements PendingValue {
    }

    /** Writes a value's bytes; reads bytes back as {@link Stored}. */
    static Serde<PendingValue> serde() {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : value.bytes(),
                (topic, bytes) -> bytes == null ? null : new Stored(bytes));
    }
}
