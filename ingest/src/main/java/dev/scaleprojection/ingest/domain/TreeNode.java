package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML or JSON document as plain data with 1-based line numbers, so detectors need no parser types:
 * scalars (text as written, "" for null), mappings (entries in document order, each with the line of its key) and
 * sequences.
 */
public sealed interface TreeNode permits TreeNode.Scalar, TreeNode.Mapping, TreeNode.Sequence {

    int line();

    record Scalar(String value, int line) implements TreeNode {
    }

    record Entry(String key, int line, TreeNode value) {
    }

    record Mapping(List<Entry> entries, int line) implements TreeNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The first entry under {@code key}: a plain loop, since descriptor readers look keys up by the thousand. */
        public Optional<Entry> entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        public Optional<TreeNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        public Optional<String> scalar(String key) {
            return get(key).filter(Scalar.class::isInstance).map(node -> ((Scalar) node).value());
        }
    }

    record Sequence(List<TreeNode> items, int line) implements TreeNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }
}
