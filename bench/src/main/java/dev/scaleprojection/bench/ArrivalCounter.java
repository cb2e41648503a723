package dev.scaleprojection.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Counts the records that arrive on an output topic and remembers when the last one came; callers wait for a count. */
final class ArrivalCounter implements TopicWatcher.Sink {

    private long arrived;
    private long lastArrivalNanos;

    @Override
    public void arrived(ConsumerRecord<String, byte[]> record, long arrivedNanos) {
        count(arrivedNanos);
    }

    synchronized void count(long arrivedNanos) {
        arrived++;
        lastArrivalNanos = arrivedNanos;
        notifyAll();
    }

    /** @return whether {@code expected} records arrived within the timeout */
    synchronized boolean await(long expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrived < expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized long arrived() {
        return arrived;
    }

    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }
}
