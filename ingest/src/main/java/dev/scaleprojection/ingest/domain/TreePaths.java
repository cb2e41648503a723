package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a parsed YAML or JSON tree by key path ({@code spec, template, spec}): the node, entry, scalar or items found by
 * following mapping keys; absent (or empty) when a step is missing or has another shape. Blank scalars count as absent.
 */
final class TreePaths {

    private TreePaths() {
    }

    static Optional<TreeNode> at(TreeNode node, String... keys) {
        TreeNode current = node;
        for (String key : keys) {
            if (!(current instanceof TreeNode.Mapping mapping)) {
                return Optional.empty();
            }
            Optional<TreeNode> next = mapping.get(key);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    static Optional<TreeNode.Entry> entry(TreeNode node, String... keys) {
        if (keys.length == 0) {
            return Optional.empty();
        }
        return mapping(node, Arrays.copyOf(keys, keys.length - 1)).flatMap(parent -> parent.entry(keys[keys.length - 1]));
    }

    static Optional<TreeNode.Mapping> mapping(TreeNode node, String... keys) {
        return at(node, keys).filter(TreeNode.Mapping.class::isInstance).map(TreeNode.Mapping.class::cast);
    }

    static Optional<String> scalar(TreeNode node, String... keys) {
        return at(node, keys).filter(TreeNode.Scalar.class::isInstance).map(found -> ((TreeNode.Scalar) found).value().strip())
                .filter(value -> !value.isEmpty());
    }

    static List<TreeNode> items(TreeNode node, String... keys) {
        return at(node, keys).filter(TreeNode.Sequence.class::isInstance).map(found -> ((TreeNode.Sequence) found).items())
                .orElse(List.of());
    }

    static List<TreeNode.Mapping> mappings(TreeNode node, String... keys) {
        return items(node, keys).stream().filter(TreeNode.Mapping.class::isInstance).map(TreeNode.Mapping.class::cast).toList();
    }

    /** The scalar items of a sequence, or the one scalar written in its place. */
    static List<String> scalars(TreeNode node, String... keys) {
        Optional<TreeNode> found = at(node, keys);
        List<String> values = new ArrayList<>();
        if (found.isPresent() && found.get() instanceof TreeNode.Sequence sequence) {
            for (TreeNode item : sequence.items()) {
                if (item instanceof TreeNode.Scalar scalar && !scalar.value().isBlank()) {
                    values.add(scalar.value().strip());
                }
            }
        } else {
            scalar(node, keys).ifPresent(values::add);
        }
        return values;
    }

    /** The keys of a mapping, in document order. */
    static List<String> keys(TreeNode node, String... keys) {
        return mapping(node, keys).map(mapping -> mapping.entries().stream().map(TreeNode.Entry::key).toList())
                .orElse(List.of());
    }
}
