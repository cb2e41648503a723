package dev.scaleprojection.aggregator.live;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The most recent live events, at most {@code capacity} of them, in the order they were read; readers follow it with a
 * {@link Subscription} each, at their own pace. The buffer knows, per source partition, from which offset it holds every
 * event ({@code complete}), so a reader resuming from an older position, or overtaken by eviction, is told it missed some.
 */
public final class EventBuffer {

    private final LiveEvent[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Sequence numbers (in this buffer) of the oldest event held and of the next to come: {@code end - first <= capacity}. */
    private long first;
    private long end;
    private StreamPosition complete = StreamPosition.START;
    private StreamPosition head = StreamPosition.START;
    private StreamPosition liveFrom = StreamPosition.START;
    private boolean closed;

    public EventBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a live event buffer holds at least one event, was " + capacity);
        }
        this.ring = new LiveEvent[capacity];
    }

    public int capacity() {
        return ring.length;
    }

    /**
     * Where the source starts being read ({@code readFrom}: the buffer is complete from there) and where it ended when
     * reading began ({@code liveFrom}): a new reader without a position receives only what comes after the latter.
     */
    public void startAt(StreamPosition readFrom, StreamPosition liveFrom) {
        lock.lock();
        try {
            this.complete = readFrom;
            this.head = readFrom;
            this.liveFrom = liveFrom;
        } finally {
            lock.unlock();
        }
    }

    /** The position after every event appended so far. */
    public StreamPosition head() {
        lock.lock();
        try {
            return head;
        } finally {
            lock.unlock();
        }
    }

    public void append(LiveEvent event) {
        lock.lock();
        try {
            if (end - first == ring.length) {
                LiveEvent evicted = eventAt(first++);
                complete = complete.past(evicted.partition(), evicted.offset());
            }
            ring[slot(end++)] = event;
            head = head.past(event.partition(), event.offset());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A reader that has seen everything up to {@code lastSeen}, or — without one — a new reader who wants what comes next. */
    public Subscription subscribe(Optional<StreamPosition> lastSeen, LiveEvent.Filter filter) {
        lock.lock();
        try {
            return lastSeen.map(seen -> new Subscription(seen, first, filter, seen.isBehind(complete)))
                    .orElseGet(() -> new Subscription(head.max(liveFrom), end, filter, false));
        } finally {
            lock.unlock();
        }
    }

    /** Ends every subscription: readers waiting for events return at once. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** What a reader receives next: an event with the id that resumes after it, or notice that events it needed are gone. */
    public sealed interface Delivery {
        String id();

        record Event(LiveEvent event, String id) implements Delivery {
        }

        record Missed(String id) implements Delivery {
        }
    }

    /** One reader's place in the buffer. Used by one thread at a time. */
    public final class Subscription implements AutoCloseable {

        private final LiveEvent.Filter filter;
        private StreamPosition seen;
        private long cursor;
        private boolean missed;
        private boolean ended;

        private Subscription(StreamPosition seen, long cursor, LiveEvent.Filter filter, boolean missed) {
            this.seen = seen;
            this.cursor = cursor;
            this.filter = filter;
            this.missed = missed;
        }

        /** The next delivery, waiting up to {@code timeout} for one; nothing if none came or the subscription ended. */
        public Optional<Delivery> next(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            lock.lock();
            try {
                while (!ended && !closed) {
                    Optional<Delivery> delivery = take();
                    if (delivery.isPresent()) {
                        return delivery;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    changed.await(left, TimeUnit.NANOSECONDS);
                }
                return Optional.empty();
            } finally {
                lock.unlock();
            }
        }

        /** The id that resumes right here: everything delivered so far, and everything passed over, is behind it. */
        public String id() {
            lock.lock();
            try {
                return seen.encoded();
            } finally {
                lock.unlock();
            }
        }

        public boolean isOpen() {
            lock.lock();
            try {
                return !ended && !closed;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                ended = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Called with the lock held. */
        private Optional<Delivery> take() {
            if (cursor < first) {
                missed = true;
                cursor = first;
            }
            if (missed) {
                missed = false;
                seen = seen.max(complete);
                return Optional.of(new Delivery.Missed(seen.encoded()));
            }
            while (cursor < end) {
                LiveEvent event = eventAt(cursor++);
                if (!seen.covers(event.partition(), event.offset())) {
                    seen = seen.past(event.partition(), event.offset());
                    if (filter.keeps(event)) {
                        return Optional.of(new Delivery.Event(event, seen.encoded()));
                    }
                }
            }
            return Optional.empty();
        }
    }

    private LiveEvent eventAt(long sequence) {
        return ring[slot(sequence)];
    }

    private int slot(long sequence) {
        return (int) (sequence % ring.length);
    }
}
