package dev.scaleprojection.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times ripgrep searching a tree for a union of what the detectors look for (one pattern per detector family, listed
 * in docs/benchmarks.md), with one thread and with all, best of three each, counting matching lines. Ignore files and
 * hidden files do not hide anything: the scanner reads them too.
 */
final class RipgrepRun {

    /** One pattern per detector family (Rust regex syntax). */
    static final List<String> PATTERNS = List.of(
            "[A-Za-z][A-Za-z0-9+.-]*://",                                          // endpoints, connection strings
            "jdbc:|Server=|Data Source=|mongodb|redis|sqlite|h2:mem",              // databases
            "getenv|process\\.env|os\\.environ|GetEnvironmentVariable",              // configured endpoints, secrets
            "(?i)thread|pool|timeout|retry|batch|buffer|ttl",                       // tuning
            "(?i)email|ssn|phone|birth|passport|address|iban",                     // personal data
            "(?i)tenant|x-org|organi[sz]ation",                                    // tenancy
            "static\\s.*(Map|List|Set)|Concurrent\\w+|(?i)cache|session",          // shared state
            "/var/|/tmp/|/opt/|/home/|/etc/|[A-Z]:\\\\",                           // machine paths
            "Counter|Histogram|Gauge|Tracer|Meter|logger|log\\.|opentelemetry",    // observability
            "FeignClient|RestTemplate|WebClient|axios|fetch\\(|requests\\.|http\\.|HttpClient|Grpc", // internal calls
            "^\\s*(import|from|using|package)\\s",                                 // cross-context references
            "^\\s*(kind|apiVersion|image|replicas|services|build):|^(FROM|EXPOSE|ENV|VOLUME)\\s", // descriptors
            "main\\(|__main__|SpringBootApplication|avro|protobuf|openapi");        // entry points, published language

    record Times(long oneThreadNanos, long allThreadsNanos, long matchingLines) {
    }

    private RipgrepRun() {
    }

    static Optional<Times> time(Path tree) throws IOException, InterruptedException {
        if (run(tree, "--version").isEmpty()) {
            return Optional.empty();
        }
        long one = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        long lines = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            String counts = run(tree, "-j", "1").orElseThrow();
            one = Math.min(one, System.nanoTime() - start);
            lines = counts.lines().mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(':') + 1))).sum();
            start = System.nanoTime();
            run(tree).orElseThrow();
            all = Math.min(all, System.nanoTime() - start);
        }
        return Optional.of(new Times(one, all, lines));
    }

    /** rg's output, or empty when it is not installed. */
    private static Optional<String> run(Path tree, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rg"));
        command.addAll(List.of(flags));
        if (!List.of(flags).contains("--version")) {
            command.addAll(List.of("--no-ignore", "--hidden", "--count", "--with-filename", "--no-messages"));
            PATTERNS.forEach(pattern -> command.addAll(List.of("-e", pattern)));
            command.add(tree.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status > 1) {
            throw new IOException("rg exited with " + status + ": "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return Optional.of(out);
    }
}
