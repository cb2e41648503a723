package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Some of a scan's pending facts in {@link StoreBytes}: the time the last one was observed (8 bytes, so that an abandoned
 * scan is told without reading its facts), how many chunks of the scan were sealed before this one, then each fact with
 * the time it was observed, in the order they came.
 */
final class PendingFactChunk {

    private static final int LAST_OBSERVED_AT = 1;

    private PendingFactChunk() {
    }

    static byte[] empty(int sealedBefore) {
        return new StoreBytesWriter().number(Long.MIN_VALUE).count(sealedBefore).bytes();
    }

    /**
     * A chunk being appended to. An append only remembers the fact and hands the store a {@link Snapshot} of the chunk
     * as it then is; facts are encoded, after the chunk's bytes as it was read or begun, only when a snapshot's bytes are
     * asked for, each once however many snapshots are.
     */
    static final class Open {

        private final int sealedBefore;
        /** The chunk as it was read or begun, decoded only if its facts are asked for. */
        private final byte[] begun;
        private final List<Fact> appended = new ArrayList<>();
        private long[] observedAts = new long[32];
        private long lastObservedAt;
        private int estimatedSize;
        private final StoreBytesWriter out;
        /** How many appended facts {@link #out} holds, and where each of them ends in it. */
        private int encoded;
        private int[] endOf = new int[32];
        private Snapshot latest;

        Open(byte[] chunk) {
            this.sealedBefore = PendingFactChunk.sealedBefore(chunk);
            this.lastObservedAt = PendingFactChunk.lastObservedAt(chunk);
            this.begun = chunk;
            this.out = new StoreBytesWriter(chunk);
            this.estimatedSize = chunk.length;
        }

        /**
         * About the chunk's size in bytes: exact for text in ASCII, at most three times short for other text, which
         * keeps a chunk well within Kafka's record size all the same.
         */
        int estimatedSize() {
            return estimatedSize;
        }

        int sealedBefore() {
            return sealedBefore;
        }

        /** The chunk as it now is. */
        PendingValue snapshot() {
            return latest != null ? latest : new PendingValue.Stored(begun);
        }

        Snapshot append(long observedAt, Fact fact) {
            lastObservedAt = Math.max(observedAt, lastObservedAt);
            if (appended.size() == observedAts.length) {
                observedAts = Arrays.copyOf(observedAts, observedAts.length * 2);
            }
            observedAts[appended.size()] = observedAt;
            appended.add(fact);
            estimatedSize += estimatedBytes(fact);
            latest = new Snapshot(this, appended.size(), lastObservedAt);
            return latest;
        }

        /**
         * The facts of the chunk, in order, when {@code stored} is what this chunk last gave the store (the snapshot
         * itself, or the same bytes read back after the store wrote it down); empty when the store holds something else.
         */
        Optional<List<Fact>> factsIfStored(PendingValue stored) {
            if (stored instanceof Snapshot snapshot && snapshot.open == this) {
                return Optional.of(factsUpTo(snapshot.count));
            }
            if (latest == null || stored instanceof Snapshot || !Arrays.equals(stored.bytes(), latest.bytes())) {
                return Optional.empty();
            }
            return Optional.of(factsUpTo(latest.count));
        }

        private List<Fact> factsUpTo(int count) {
            List<Fact> facts = PendingFactChunk.facts(begun);
            facts.addAll(appended.subList(0, count));
            return facts;
        }

        private byte[] bytesUpTo(int count, long lastObservedAt) {
            if (endOf.length < count) {
                endOf = Arrays.copyOf(endOf, Math.max(count, endOf.length * 2));
            }
            for (; encoded < count; encoded++) {
                out.number(observedAts[encoded]).fact(appended.get(encoded));
                endOf[encoded] = out.size();
            }
            byte[] bytes = out.bytes(count == 0 ? begun.length : endOf[count - 1]);
            for (int i = 0; i < 8; i++) {
                bytes[LAST_OBSERVED_AT + i] = (byte) (lastObservedAt >>> (56 - 8 * i));
            }
            return bytes;
        }

        private static int estimatedBytes(Fact fact) {
            Evidence evidence = fact.evidence();
            int text = fact.fingerprint().length() + fact.kind().length() + evidence.repository().length()
                    + evidence.commit().map(String::length).orElse(0) + evidence.path().length() + evidence.snippet().length();
            for (var attribute : fact.attributes().entrySet()) {
                text += attribute.getKey().length() + attribute.getValue().length() + 2;
            }
            return text + 8 + 8 + 8 + 6; // observed at, lines, lengths and counts
        }
    }

    /** A chunk as it was after an append: the same bytes whenever they are asked for, encoded the first time. */
    static final class Snapshot implements PendingValue {

        private final Open open;
        private final int count;
        private final long lastObservedAt;
        private byte[] bytes;

        private Snapshot(Open open, int count, long lastObservedAt) {
            this.open = open;
            this.count = count;
            this.lastObservedAt = lastObservedAt;
        }

        @Override
        public byte[] bytes() {
            if (bytes == null) {
                bytes = open.bytesUpTo(count, lastObservedAt);
            }
            return bytes;
        }

        List<Fact> facts() {
            return open.factsUpTo(count);
        }
    }

    static long lastObservedAt(PendingValue chunk) {
        return chunk instanceof Snapshot snapshot ? snapshot.lastObservedAt : lastObservedAt(chunk.bytes());
    }

    static long lastObservedAt(byte[] chunk) {
        return read(chunk, "a chunk of pending facts").longNumber();
    }

    static int sealedBefore(byte[] chunk) {
        StoreBytesReader in = read(chunk, "a chunk of pending facts");
        in.longNumber();
        return in.count();
    }

    static List<Fact> facts(PendingValue chunk) {
        return chunk instanceof Snapshot snapshot ? snapshot.facts() : facts(chunk.bytes());
    }

    static List<Fact> facts(byte[] chunk) {
        StoreBytesReader in = read(chunk, "a chunk of pending facts");
        in.longNumber();
        in.count();
        List<Fact> facts = new ArrayList<>();
        try {
            while (in.hasMore()) {
                in.longNumber();
                facts.add(in.fact());
            }
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            // The store's fault, not the record's: fail the task rather than dead-letter the scan's events.
            throw new SerializationException("Cannot read a chunk of pending facts: " + unreadable.getMessage(), unreadable);
        }
        return facts;
    }

    private static StoreBytesReader read(byte[] chunk, String what) {
        return new StoreBytesReader(chunk, what);
    }
}
