package dev.scaleprojection.bench;

import dev.scaleprojection.ingest.domain.Finding;
import dev.scaleprojection.ingest.scan.ObservedFact;
import dev.scaleprojection.ingest.scan.RepositoryScanner;
import dev.scaleprojection.ingest.scan.ScanOptions;
import dev.scaleprojection.ingest.scan.ScanResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Prints everything a default scan of each directory given observes, one line per fact, component and skipped file in
 * the scan's order, so two versions of the scanner can be compared byte for byte ({@code diff}) on the same trees.
 */
public final class ScanDump {

    private ScanDump() {
    }

    public static void main(String[] args) {
        RepositoryScanner scanner = new RepositoryScanner();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String dir : args) {
            ScanResult result = scanner.scan(Path.of(dir), "dumped", ScanOptions.defaults());
            out.println("# " + dir + ": " + result.facts().size() + " facts, " + result.stats());
            result.components().forEach(c -> out.println("component " + c));
            result.skipped().forEach(s -> out.println("skipped " + s.path() + " " + s.reason()));
            for (ObservedFact fact : result.facts()) {
                Finding f = fact.finding();
                out.println(String.join("\t", "fact", fact.component(), fact.fingerprint(), f.kind(), f.source(), f.path(),
                        f.startLine() + "-" + f.endLine(), f.anchor(), f.snippet().replace("\n", "\\n"),
                        f.attributes().toString().replace("\n", "\\n")));
            }
        }
        out.flush();
    }
}
