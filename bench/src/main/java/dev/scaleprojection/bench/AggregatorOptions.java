package dev.scaleprojection.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregator benchmark's parameters, read once from the command line. The defaults (300 systems × 5 components,
 * 300 changes at 5 a second, 2,000 requests per kind of query) take about two and a half minutes on two cores.
 */
record AggregatorOptions(int systems, int components, int facts, int changes, double changesPerSecond, int pool, int queries,
                         int partitions, long seed, Duration timeout) {

    static final String USAGE = """
            Usage: AggregatorBenchmark [--systems N] [--components N] [--facts N] [--changes N] [--rate F] [--pool N]
                                       [--queries N] [--partitions N] [--seed N] [--timeout-seconds N]
              --systems N          systems (repositories) of the synthetic organization (default 300)
              --components N       components per system (default 5)
              --facts N            facts per component scan, at least 2 (default 8)
              --changes N          rescans that change a score, published one at a time (default 300)
              --rate F             changes published per second (default 5)
              --pool N             components the changes are drawn from, in turn (default 60)
              --queries N          timed requests per kind of query (default 2000)
              --partitions N       partitions of every topic, as the pipeline's topics.partitions (default 3)
              --seed N             seed of the synthetic organization (default 42)
              --timeout-seconds N  give up on a load, a change or a phase after this long (default 120)
            """;

    static AggregatorOptions parse(String[] args) {
        Map<String, String> values = new TreeMap<>(Map.of("--systems", "300", "--components", "5", "--facts", "8", "--changes", "300",
                "--rate", "5", "--pool", "60", "--queries", "2000", "--partitions", "3", "--seed", "42", "--timeout-seconds", "120"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                throw new BenchmarkOptions.UsageException("");
            }
            if (!values.containsKey(args[i])) {
                throw new BenchmarkOptions.UsageException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new BenchmarkOptions.UsageException(args[i] + " needs a value");
            }
            values.put(args[i], args[++i]);
        }
        int facts = positive(values, "--facts");
        if (facts < 2) {
            throw new BenchmarkOptions.UsageException("--facts must be at least 2: a deployment fact and one that a rule fires on");
        }
        double rate;
        try {
            rate = Double.parseDouble(values.get("--rate"));
        } catch (NumberFormatException e) {
            rate = -1;
        }
        if (!(rate > 0 && rate <= 1000)) {
            throw new BenchmarkOptions.UsageException("--rate must be a number of changes per second in (0, 1000], not " + values.get("--rate"));
        }
        return new AggregatorOptions(positive(values, "--systems"), positive(values, "--components"), facts, positive(values, "--changes"),
                rate, positive(values, "--pool"), positive(values, "--queries"), positive(values, "--partitions"),
                positive(values, "--seed"), Duration.ofSeconds(positive(values, "--timeout-seconds")));
    }

    /** The classifier benchmark's options that generate the same organization (its paced-phase fields are unused here). */
    BenchmarkOptions organization() {
        return new BenchmarkOptions(systems, components, facts, partitions, 1, seed, 0.5, Duration.ofSeconds(10), timeout, 0, 1, 1);
    }

    int componentCount() {
        return systems * components;
    }

    String describe() {
        return String.format(Locale.ROOT, "%d systems × %d components × %d facts = %,d components; %d changes at %.1f/s drawn from %d "
                + "components; %,d requests per query; %d partitions; seed %d", systems, components, facts, componentCount(), changes,
                changesPerSecond, pool, queries, partitions, seed);
    }

    private static int positive(Map<String, String> values, String name) {
        try {
            int parsed = Integer.parseInt(values.get(name));
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, as any value out of range
        }
        throw new BenchmarkOptions.UsageException(name + " must be a positive whole number, not " + values.get(name));
    }
}
