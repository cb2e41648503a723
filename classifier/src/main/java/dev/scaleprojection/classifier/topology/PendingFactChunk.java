package dev.scaleprojection.classifier.topology;

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
        return new StoreBytes.Writer().number(Long.MIN_VALUE).count(sealedBefore).bytes();
    }

    /**
     * A chunk being appended to: its bytes grow in place (an append encodes only the new fact) and each append returns a
     * copy of the whole chunk for the store, which must not see it change afterwards.
     */
    static final class Open {

        private final StoreBytes.Writer out;
        private final int sealedBefore;
        /** The chunk as it was read or begun, decoded only if its facts are asked for. */
        private final byte[] begun;
        private final List<Fact> appended = new ArrayList<>();
        private long lastObservedAt;
        private byte[] written;

        Open(byte[] chunk) {
            this.sealedBefore = PendingFactChunk.sealedBefore(chunk);
            this.lastObservedAt = PendingFactChunk.lastObservedAt(chunk);
            this.out = new StoreBytes.Writer(chunk);
            this.begun = chunk;
            this.written = chunk;
        }

        int size() {
            return out.size();
        }

        int sealedBefore() {
            return sealedBefore;
        }

        /** The chunk's bytes as they are now. */
        byte[] bytes() {
            return out.bytes();
        }

        byte[] append(long observedAt, Fact fact) {
            lastObservedAt = Math.max(observedAt, lastObservedAt);
            written = out.numberAt(LAST_OBSERVED_AT, lastObservedAt).number(observedAt).fact(fact).bytes();
            appended.add(fact);
            return written;
        }

        /**
         * The facts of the chunk, in order, when {@code stored} is what this chunk last returned for the store (the same
         * bytes, so the same facts: the encoding loses nothing); empty when the store holds something else.
         */
        Optional<List<Fact>> factsIfStored(byte[] stored) {
            if (stored != written && !Arrays.equals(stored, written)) {
                return Optional.empty();
            }
            List<Fact> facts = PendingFactChunk.facts(begun);
            facts.addAll(appended);
            return Optional.of(facts);
        }
    }

    static long lastObservedAt(byte[] chunk) {
        return read(chunk, "a chunk of pending facts").longNumber();
    }

    static int sealedBefore(byte[] chunk) {
        StoreBytes.Reader in = read(chunk, "a chunk of pending facts");
        in.longNumber();
        return in.count();
    }

    static List<Fact> facts(byte[] chunk) {
        StoreBytes.Reader in = read(chunk, "a chunk of pending facts");
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

    private static StoreBytes.Reader read(byte[] chunk, String what) {
        return new StoreBytes.Reader(chunk, what);
    }
}
