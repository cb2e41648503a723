package dev.scaleprojection.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits, with nothing else running, until the JIT has worked through the compilations a warm-up queued: on two cores
 * the compiler threads get little CPU while a phase runs, so without this the queue a warm-up leaves is compiled
 * during the next measured phase, and what is measured is the JIT as much as the code. Settled means the JVM's
 * accumulated compilation time grew by at most {@link #IDLE_GROWTH_MILLIS} over the last {@link #QUIET}.
 */
final class JitSettling {

    static final Duration QUIET = Duration.ofSeconds(1);
    static final long IDLE_GROWTH_MILLIS = 20;
    private static final long POLL_MILLIS = 100;

    private JitSettling() {
    }

    /** What waiting found: how long it waited, the compilation time it saw, and whether the JIT went quiet in time. */
    record Settled(Duration waited, long compilationMillis, boolean quiet) {
        String describe() {
            return String.format(Locale.ROOT, "JIT %s after %.1f s (%.2f s of compilation meanwhile)",
                    quiet ? "settled" : "still compiling", waited.toMillis() / 1e3, compilationMillis / 1e3);
        }
    }

    static Settled await(Duration atMost) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return new Settled(Duration.ZERO, 0, false);
        }
        long start = System.nanoTime();
        long startMillis = jit.getTotalCompilationTime();
        int window = (int) (QUIET.toMillis() / POLL_MILLIS);
        long[] recent = new long[window + 1];
        int polls = 0;
        while (true) {
            long now = jit.getTotalCompilationTime();
            recent[polls % recent.length] = now;
            polls++;
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (polls > window && now - recent[polls % recent.length] <= IDLE_GROWTH_MILLIS) {
                return new Settled(waited, now - startMillis, true);
            }
            if (waited.compareTo(atMost) >= 0) {
                return new Settled(waited, now - startMillis, false);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
