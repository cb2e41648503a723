package dev.scaleprojection.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where this process's CPU went during a phase: CPU time per thread, grouped by thread name with ids and numbers taken
 * out (so the broker's request handlers are one line), plus the JIT's compilation time and the collectors' time, which
 * run on threads the JVM does not list. Printed as progress, to tell the classifier's own work from what surrounds it.
 */
final class ThreadCpu {

    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> cpuAtStart = new HashMap<>();
    private final Map<Long, Long> waitedAtStart = new HashMap<>();
    private final long compilationMillisAtStart;
    private final long gcMillisAtStart;

    private ThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                cpuAtStart.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
                waitedAtStart.put(info.getThreadId(), info.getWaitedTime() + info.getBlockedTime());
            }
        }
        compilationMillisAtStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        gcMillisAtStart = gcMillis();
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Seconds the JIT spent compiling since the start (elapsed time of its compilations, summed over its threads). */
    double compilationSeconds() {
        return (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilationMillisAtStart) / 1e3;
    }

    /** The largest groups by CPU, each with the time its threads waited, then the JIT's and the collectors' time. */
    String since(int groups) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new HashMap<>();
        Map<String, Long> waitedByGroup = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId()) - cpuAtStart.getOrDefault(info.getThreadId(), 0L);
            byGroup.merge(group(info.getThreadName()), Math.max(0, cpu), Long::sum);
            long waited = info.getWaitedTime() + info.getBlockedTime() - waitedAtStart.getOrDefault(info.getThreadId(), 0L);
            waitedByGroup.merge(group(info.getThreadName()), Math.max(0, waited), Long::sum);
        }
        // Waiting (parked, in Object.wait or blocked on a monitor; not in socket reads) is known only with contention monitoring.
        String top = byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(groups)
                .map(entry -> String.format(Locale.ROOT, "%s %.2f s (waited %.2f s)", entry.getKey(), entry.getValue() / 1e9,
                        waitedByGroup.get(entry.getKey()) / 1e3))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s; JIT compiling %.2f s, GC %.2f s", top,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilationMillisAtStart) / 1e3,
                (gcMillis() - gcMillisAtStart) / 1e3);
    }

    private static String group(String threadName) {
        return threadName.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "*").replaceAll("\\d+", "N");
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
