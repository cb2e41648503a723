package dev.scaleprojection.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * How busy the machine was during a run, split between this process and everything else, from Linux's /proc/stat and
 * the JVM's own CPU time. On a shared machine the second number says how far the figures can be trusted.
 */
record CpuShare(double thisProcess, double otherProcesses) {

    /** A reading of the cumulative counters; compare two with {@link #since(Reading)}. */
    record Reading(long wallNanos, long processCpuNanos, Optional<long[]> machineJiffies) {
    }

    /** USER_HZ, the unit of /proc/stat: 100 on every Linux architecture Java runs on. */
    private static final double JIFFIES_PER_SECOND = 100;

    static Reading read() {
        return new Reading(System.nanoTime(), processCpuNanos(), machineJiffies());
    }

    /** Shares of the machine's whole capacity (all cores) between {@code start} and now; empty where /proc/stat is missing. */
    static Optional<CpuShare> since(Reading start) {
        Reading end = read();
        if (start.machineJiffies().isEmpty() || end.machineJiffies().isEmpty() || start.processCpuNanos() < 0) {
            return Optional.empty();
        }
        double capacitySeconds = (end.wallNanos() - start.wallNanos()) / 1e9 * Runtime.getRuntime().availableProcessors();
        double busySeconds = (busy(end.machineJiffies().get()) - busy(start.machineJiffies().get())) / JIFFIES_PER_SECOND;
        double ownSeconds = (end.processCpuNanos() - start.processCpuNanos()) / 1e9;
        return Optional.of(new CpuShare(ownSeconds / capacitySeconds, Math.max(0, busySeconds - ownSeconds) / capacitySeconds));
    }

    private static long busy(long[] jiffies) {
        // user nice system idle iowait irq softirq steal: everything but idle and iowait is work
        return Arrays.stream(jiffies).limit(8).sum() - jiffies[3] - jiffies[4];
    }

    /** CPU time of this process so far, all its threads; -1 where the JVM does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static Optional<long[]> machineJiffies() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return fields.length < 9 || !fields[0].equals("cpu") ? Optional.empty()
                    : Optional.of(Arrays.stream(fields, 1, 9).mapToLong(Long::parseLong).toArray());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
