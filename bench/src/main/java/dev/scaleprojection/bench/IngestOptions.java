package dev.scaleprojection.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The ingest benchmark's parameters, read once from the command line. */
record IngestOptions(long lines, long seed, Optional<Path> tree, int warmups, int runs, boolean ripgrep, boolean keep) {

    static final String USAGE = """
            Usage: IngestBenchmark [--lines N] [--seed N] [--tree DIR] [--warmups N] [--runs N] [--no-ripgrep] [--keep]
              --lines N      lines of the generated synthetic tree (default 1000000)
              --seed N       seed of the generated tree (default 42)
              --tree DIR     scan this existing directory instead of generating one (it is never modified)
              --warmups N    scans before the measured ones, to warm the JIT (default: until a scan leaves
                             the JIT compiling for at most 5 % of its time, at most 12 scans)
              --runs N       measured scans (default 3)
              --no-ripgrep   do not time ripgrep
              --keep         keep the generated tree and print where it is
            """;

    /** {@link #warmups} when no number is given: warm up until the JIT has settled. */
    static final int UNTIL_SETTLED = -1;

    private static final Set<String> WITH_VALUE = Set.of("--lines", "--seed", "--tree", "--warmups", "--runs");

    static IngestOptions parse(String[] args) {
        long lines = 1_000_000;
        long seed = 42;
        Optional<Path> tree = Optional.empty();
        int warmups = UNTIL_SETTLED;
        int runs = 3;
        boolean ripgrep = true;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--help", "-h" -> throw new BenchmarkOptions.UsageException("");
                case "--no-ripgrep" -> ripgrep = false;
                case "--keep" -> keep = true;
                default -> {
                    if (!WITH_VALUE.contains(name)) {
                        throw new BenchmarkOptions.UsageException("unknown option " + name);
                    }
                    if (i + 1 >= args.length) {
                        throw new BenchmarkOptions.UsageException(name + " needs a value");
                    }
                    String value = args[++i];
                    switch (name) {
                        case "--lines" -> lines = positive(name, value);
                        case "--seed" -> seed = number(name, value);
                        case "--warmups" -> warmups = (int) atLeastZero(name, value);
                        case "--runs" -> runs = (int) positive(name, value);
                        default -> tree = Optional.of(directory(value));
                    }
                }
            }
        }
        return new IngestOptions(lines, seed, tree, warmups, runs, ripgrep, keep);
    }

    private static Path directory(String value) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new BenchmarkOptions.UsageException("--tree must name a directory, was " + value);
        }
        return path;
    }

    private static long positive(String name, String value) {
        long number = number(name, value);
        if (number <= 0) {
            throw new BenchmarkOptions.UsageException(name + " must be positive, was " + value);
        }
        return number;
    }

    private static long atLeastZero(String name, String value) {
        long number = number(name, value);
        if (number < 0) {
            throw new BenchmarkOptions.UsageException(name + " must not be negative, was " + value);
        }
        return number;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new BenchmarkOptions.UsageException(name + " must be a whole number, was " + value);
        }
    }
}
