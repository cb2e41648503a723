package dev.scaleprojection.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Compares two builds of the ingest scanner on one tree in one JVM: each build's jars in a class loader of its own,
 * scans alternated (A then B, then B then A, …) so that both see the same machine at the same moments, the CPU time of
 * the scanning thread per scan. On a shared machine this is much steadier than two benchmark runs in turn, whose runs of
 * one build vary by ±15 %. Prints each build's median and minimum over the measured rounds and the median of the
 * per-round differences. Both builds must give the same facts (check with {@link ScanDump}); this measures only time.
 *
 * <pre>java -cp "bench/target/bench-*.jar" dev.scaleprojection.bench.ScannerComparison TREE CLASSPATH_A CLASSPATH_B [WARM-UPS [ROUNDS]]</pre>
 *
 * A classpath is a list of jars and folders separated by ':' (a folder's jars are all taken): a build's
 * {@code ingest-*.jar}, {@code schemas-*.jar} and their dependencies, as {@code bench/target/lib} holds them.
 */
public final class ScannerComparison {

    private ScannerComparison() {
    }

    /** One build's scanner, reached by reflection through its own class loader. */
    private record Build(String name, Object scanner, Object options, Method scan) {

        static Build load(String name, String classpath) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : classpath.split(":")) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    try (var jars = Files.list(path)) {
                        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                            urls.add(jar.toUri().toURL());
                        }
                    } catch (java.io.IOException unreadable) {
                        throw new IllegalArgumentException("cannot list " + path + ": " + unreadable.getMessage(), unreadable);
                    }
                } else {
                    urls.add(path.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> scannerClass = loader.loadClass("dev.scaleprojection.ingest.scan.RepositoryScanner");
            Class<?> optionsClass = loader.loadClass("dev.scaleprojection.ingest.scan.ScanOptions");
            return new Build(name, scannerClass.getConstructor().newInstance(), optionsClass.getMethod("defaults").invoke(null),
                    scannerClass.getMethod("scan", Path.class, String.class, optionsClass));
        }

        long scanMillis(Path tree, ThreadMXBean threads) throws ReflectiveOperationException {
            long before = threads.getCurrentThreadCpuTime();
            scan.invoke(scanner, tree, tree.getFileName().toString(), options);
            return (threads.getCurrentThreadCpuTime() - before) / 1_000_000;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ScannerComparison TREE CLASSPATH_A CLASSPATH_B [WARM-UPS (6) [ROUNDS (12)]]");
            System.exit(2);
        }
        Path tree = Path.of(args[0]);
        List<Build> builds = List.of(Build.load("A", args[1]), Build.load("B", args[2]));
        int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] measured = new long[2][rounds];
        for (int round = 0; round < warmUps + rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = round % 2 == 0 ? turn : 1 - turn;
                long millis = builds.get(which).scanMillis(tree, threads);
                System.err.printf("round %d %s %d ms of CPU%s%n", round + 1, builds.get(which).name(), millis, round < warmUps ? " (warm-up)" : "");
                if (round >= warmUps) {
                    measured[which][round - warmUps] = millis;
                }
            }
        }
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            differences.add(measured[1][i] - measured[0][i]);
        }
        Collections.sort(differences);
        for (int which = 0; which < 2; which++) {
            long[] sorted = measured[which].clone();
            Arrays.sort(sorted);
            System.out.printf("%s  median %,d ms  min %,d ms of CPU per scan over %d rounds after %d warm-ups  (%s)%n",
                    builds.get(which).name(), sorted[rounds / 2], sorted[0], rounds, warmUps, args[1 + which]);
        }
        System.out.printf("B - A  median of the per-round differences %,d ms%n", differences.get(rounds / 2));
    }
}
