package dev.scaleprojection.ingest.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One observation of a detector, with its evidence: where ({@code path}, 1-based lines, {@code anchor}: the enclosing
 * declaration such as {@code OrderRepository.connect} or a key path such as
 * {@code services.orders.environment.DB_URL}), the redacted {@code snippet}, and what was seen ({@code attributes}).
 */
public record Finding(String kind, String source, String path, int startLine, int endLine, String snippet, String anchor,
                      Map<String, String> attributes) {

    public static final String SOURCE_CODE = "SOURCE_CODE";
    public static final String CONFIGURATION = "CONFIGURATION";
    public static final String DEPLOYMENT_DESCRIPTOR = "DEPLOYMENT_DESCRIPTOR";
    private static final Set<String> SOURCES = Set.of(SOURCE_CODE, CONFIGURATION, DEPLOYMENT_DESCRIPTOR);

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(snippet, "snippet");
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown source " + source);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line span " + startLine + ".." + endLine + " in " + path);
        }
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /**
     * A finding the scan reads across files and never publishes (kinds {@code scan.*}: an entity declared, a gRPC service
     * served, a server's port …): the cross-file steps turn such findings into facts or drop them.
     */
    public boolean isScanInternal() {
        return kind.startsWith("scan.");
    }
}
