package dev.scaleprojection.bench;

import dev.scaleprojection.platform.process.ProcessLocale;
import java.util.function.Function;

/**
 * What every benchmark's {@code main} does around its measurement: pin the product's formatting locale, parse the options (usage on {@code --help}, exit 2
 * with the usage on a bad option), print the figures to stdout, exit 1 with the cause on a failure.
 */
final class BenchmarkMain {

    /** A measurement that renders its figures as text. */
    interface Measurement<O> {
        String run(O options) throws Exception;
    }

    private BenchmarkMain() {
    }

    /** The parsed options, or exits: 0 after printing the usage for {@code --help}, 2 after naming a bad option. */
    static <O> O options(String[] args, Function<String[], O> parse, String usage) {
        // As the product's own main does: the classifier is measured as production runs it.
        ProcessLocale.pin();
        try {
            return parse.apply(args);
        } catch (BenchmarkOptions.UsageException e) {
            boolean help = e.getMessage().isEmpty();
            (help ? System.out : System.err).print((help ? "" : "error: " + e.getMessage() + "\n") + usage);
            System.exit(help ? 0 : 2);
            throw e;
        }
    }

    static <O> void run(String[] args, Function<String[], O> parse, String usage, Measurement<O> measurement) {
        O options = options(args, parse, usage);
        int status = 0;
        try {
            System.out.print(measurement.run(options));
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        }
        System.out.flush();
        // Kafka and Jetty leave non-daemon threads behind; the figures are printed, nothing is left to wait for.
        System.exit(status);
    }
}
