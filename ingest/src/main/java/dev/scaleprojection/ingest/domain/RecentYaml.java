package dev.scaleprojection.ingest.domain;

import java.util.List;

/**
 * A {@link YamlParser} that remembers, per thread, the documents (or the error) of the last few texts it parsed, by
 * identity: several detectors read the same descriptor one after another, and it is parsed once. Documents are
 * immutable, so sharing them is safe.
 */
final class RecentYaml implements YamlParser {

    private static final int KEPT = 2;

    private final YamlParser parser;
    private final ThreadLocal<Object[]> recent = ThreadLocal.withInitial(() -> new Object[KEPT * 2 + 1]);

    private RecentYaml(YamlParser parser) {
        this.parser = parser;
    }

    static YamlParser of(YamlParser parser) {
        return parser instanceof RecentYaml ? parser : new RecentYaml(parser);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TreeNode> parseAll(String content) {
        Object[] kept = recent.get();
        for (int i = 0; i < KEPT; i++) {
            if (kept[2 * i] == content) {
                Object parsed = kept[2 * i + 1];
                if (parsed instanceof MalformedDocumentException malformed) {
                    throw malformed;
                }
                return (List<TreeNode>) parsed;
            }
        }
        int slot = (int) (kept[KEPT * 2] == null ? 0 : kept[KEPT * 2]);
        kept[KEPT * 2] = (slot + 1) % KEPT;
        kept[2 * slot] = null;
        Object parsed;
        try {
            parsed = List.copyOf(parser.parseAll(content));
        } catch (MalformedDocumentException e) {
            parsed = e;
        }
        kept[2 * slot] = content;
        kept[2 * slot + 1] = parsed;
        if (parsed instanceof MalformedDocumentException malformed) {
            throw malformed;
        }
        return (List<TreeNode>) parsed;
    }
}
