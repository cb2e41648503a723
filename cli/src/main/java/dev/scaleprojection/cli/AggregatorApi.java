package dev.scaleprojection.cli;

import picocli.CommandLine.Option;

/** The {@code --api} option of the commands that read a running aggregator's query API, and a client for it. */
final class AggregatorApi {

    @Option(names = "--api", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "The aggregator's query API (default: ${DEFAULT-VALUE}).")
    String url;

    AggregatorClient client() {
        return new AggregatorClient(url);
    }
}
