package dev.scaleprojection.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command wait for Ctrl-C (SIGINT/SIGTERM) and then close what it runs in order: the JVM's shutdown
 * hook asks the command to stop and waits (up to a minute) until it has closed everything. Closing the signal after a
 * normal end removes the hook.
 */
final class ShutdownSignal implements AutoCloseable {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "shutdown");

    private ShutdownSignal() {
    }

    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Returns once a stop has been asked for. */
    void await() throws InterruptedException {
        requested.await();
    }

    @Override
    public void close() {
        stopped.countDown();
        if (requested.getCount() > 0) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private void stopAndWait() {
        requested.countDown();
        try {
            stopped.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
