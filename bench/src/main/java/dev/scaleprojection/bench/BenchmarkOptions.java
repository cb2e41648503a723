package dev.scaleprojection.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's parameters, read once from the command line. The defaults (200 × 10 × 20 = 42,000 records) keep a
 * whole run, broker start-up included, well under three minutes on two cores.
 */
record BenchmarkOptions(int repositories, int components, int facts, int partitions, int threads, long seed,
                        double pacedLoad, Duration pacedDuration, Duration phaseTimeout, int warmUpRepositories, int warmUpRounds, int bursts) {

    static final String USAGE = """
            Usage: ClassifierBenchmark [--repositories N] [--components N] [--facts N] [--partitions N] [--threads N]
                                       [--seed N] [--paced-load F] [--paced-seconds N] [--timeout-seconds N]
                                       [--warm-up N] [--warm-up-rounds N] [--bursts N]
              --repositories N     repositories in the synthetic organization (default 200)
              --components N       components per repository (default 10)
              --facts N            facts per component scan, at least 2 (default 20)
              --partitions N       partitions of every topic, as the pipeline's topics.partitions (default 3)
              --threads N          Kafka Streams threads of the classifier (default 1, as the product runs it)
              --seed N             seed of the synthetic organization (default 42)
              --paced-load F       offered load of the paced rescans, as a fraction of the measured burst throughput (default 0.5)
              --paced-seconds N    how long the paced rescans last at most (default 10)
              --timeout-seconds N  give up on a phase whose output has not all arrived after this long (default 120)
              --warm-up N          repositories of another organization sent through the classifier and the pipe before
                                   they are measured, so that both are measured with the JIT warm (default: as many as
                                   --repositories; 0 measures the classifier cold, as runs before 5 December 2026 did)
              --warm-up-rounds N   warm-up rounds at most, each of its own organization of --warm-up repositories; the
                                   warm-up ends after the first round in which the JIT compiled for at most a quarter
                                   of the round's time (default 20: on two cores the classifier's JVM, broker included,
                                   takes 15-20 rounds to get there)
              --bursts N           measured bursts of first scans on each side, each of another organization of the same
                                   shape, each after the JIT has settled; the throughput figure is the median of each
                                   side's bursts (default 3; 1 measures one burst each, as runs before 5 December 2026 did)
            """;

    private static final Set<String> OPTIONS = Set.of("--repositories", "--components", "--facts", "--partitions",
            "--threads", "--seed", "--paced-load", "--paced-seconds", "--timeout-seconds", "--warm-up", "--warm-up-rounds", "--bursts");

    static BenchmarkOptions parse(String[] args) {
        int repositories = 200;
        int components = 10;
        int facts = 20;
        int partitions = 3;
        int threads = 1;
        long seed = 42;
        double pacedLoad = 0.5;
        int pacedSeconds = 10;
        int timeoutSeconds = 120;
        int warmUp = -1;
        int bursts = 3;
        int warmUpRounds = 20;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new UsageException("");
            }
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new UsageException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--repositories" -> repositories = positive(name, value);
                case "--components" -> components = positive(name, value);
                case "--facts" -> facts = positive(name, value);
                case "--partitions" -> partitions = positive(name, value);
                case "--threads" -> threads = positive(name, value);
                case "--seed" -> seed = number(name, value);
                case "--paced-load" -> pacedLoad = fraction(name, value);
                case "--paced-seconds" -> pacedSeconds = positive(name, value);
                case "--timeout-seconds" -> timeoutSeconds = positive(name, value);
                case "--bursts" -> bursts = positive(name, value);
                case "--warm-up-rounds" -> warmUpRounds = positive(name, value);
                case "--warm-up" -> warmUp = (int) Math.min(Integer.MAX_VALUE, Math.max(0, number(name, value)));
                default -> throw new IllegalStateException("option " + name + " is listed but not read");
            }
        }
        if (facts < 2) {
            throw new UsageException("--facts must be at least 2: a deployment fact and one that a rule fires on");
        }
        return new BenchmarkOptions(repositories, components, facts, partitions, threads, seed, pacedLoad,
                Duration.ofSeconds(pacedSeconds), Duration.ofSeconds(timeoutSeconds), warmUp < 0 ? repositories : warmUp, warmUpRounds, bursts);
    }

    int componentCount() {
        return repositories * components;
    }

    /** Every fact of a component's scan plus its ScanCompleted. */
    int recordsPerComponent() {
        return facts + 1;
    }

    long recordCount() {
        return (long) componentCount() * recordsPerComponent();
    }

    String describe() {
        return String.format(Locale.ROOT, "%d repositories × %d components × %d facts = %,d components, %,d records; "
                        + "%d partitions; %d stream thread%s; seed %d",
                repositories, components, facts, componentCount(), recordCount(), partitions, threads, threads == 1 ? "" : "s", seed);
    }

    private static int positive(String name, String value) {
        long parsed = number(name, value);
        if (parsed < 1 || parsed > Integer.MAX_VALUE) {
            throw new UsageException(name + " must be a positive whole number, not " + value);
        }
        return (int) parsed;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not " + value);
        }
    }

    private static double fraction(String name, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed > 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range value
        }
        throw new UsageException(name + " must be a fraction in (0, 1], not " + value);
    }

    /** A command line that cannot be run; the message says why (empty for --help). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
