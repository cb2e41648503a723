package dev.scaleprojection.ingest.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A deployment descriptor being read, and how its findings are made: source {@code DEPLOYMENT_DESCRIPTOR}, the snippet
 * taken from its lines. Endpoint values go through {@link ConfiguredEndpointDetector#endpoint}, as in configuration.
 */
record DescriptorFile(SourceFile file, LexedSource lines) {

    static DescriptorFile of(SourceFile file) {
        return new DescriptorFile(file, SourceLexer.lex(file.content(), Language.OTHER));
    }

    Finding finding(String kind, int startLine, int endLine, String anchor, Map<String, String> attributes) {
        int start = Math.max(1, startLine);
        int end = Math.max(start, endLine);
        return new Finding(kind, Finding.DEPLOYMENT_DESCRIPTOR, file.path(), start, end, Snippets.lines(lines, start, end),
                anchor, attributes);
    }

    /** An {@code endpoint.configured} when {@code value}, set under {@code key}, is an infrastructure endpoint. */
    Optional<Finding> endpoint(String key, String value, int startLine, int endLine, String anchor, Map<String, String> context) {
        return ConfiguredEndpointDetector.endpoint(key, value).map(endpoint -> {
            Map<String, String> attributes = new LinkedHashMap<>(endpoint);
            attributes.putAll(context);
            return finding(ConfiguredEndpointDetector.CONFIGURED, startLine, endLine, anchor, attributes);
        });
    }
}
