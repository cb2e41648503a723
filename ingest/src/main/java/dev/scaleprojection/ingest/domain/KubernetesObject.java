package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Kubernetes object of a manifest: a YAML document with {@code apiVersion} and {@code kind} at the top ({@code kind:
 * List} documents give their items; a patch that deletes an object, {@code $patch: delete}, is none). Its evidence spans the {@code kind} line and, when close by, the name line.
 */
record KubernetesObject(String apiVersion, String kind, String name, Optional<String> namespace, TreeNode.Mapping root,
                        int startLine, int endLine) {

    private static final int NAME_NEAR_KIND = 4;

    static List<KubernetesObject> in(List<TreeNode> documents) {
        List<KubernetesObject> objects = new ArrayList<>();
        for (TreeNode document : documents) {
            of(document).ifPresent(object -> {
                if (object.kind().equals("List")) {
                    TreePaths.items(object.root(), "items").forEach(item -> of(item).ifPresent(objects::add));
                } else {
                    objects.add(object);
                }
            });
        }
        return objects;
    }

    static Optional<KubernetesObject> of(TreeNode document) {
        if (!(document instanceof TreeNode.Mapping root)) {
            return Optional.empty();
        }
        Optional<String> apiVersion = TreePaths.scalar(root, "apiVersion");
        Optional<TreeNode.Entry> kind = root.entry("kind").filter(entry -> entry.value() instanceof TreeNode.Scalar);
        if (apiVersion.isEmpty() || kind.isEmpty() || ((TreeNode.Scalar) kind.get().value()).value().isBlank()) {
            return Optional.empty();
        }
        // a strategic-merge patch that deletes the object describes its absence
        if (TreePaths.scalar(root, "$patch").filter("delete"::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<TreeNode.Entry> nameEntry = TreePaths.entry(root, "metadata", "name")
                .or(() -> TreePaths.entry(root, "metadata", "generateName"));
        String name = nameEntry.flatMap(entry -> TreePaths.scalar(entry.value())).orElse("unnamed");
        int kindLine = kind.get().line();
        int nameLine = nameEntry.map(TreeNode.Entry::line).orElse(kindLine);
        boolean close = Math.abs(nameLine - kindLine) <= NAME_NEAR_KIND;
        return Optional.of(new KubernetesObject(apiVersion.get(), ((TreeNode.Scalar) kind.get().value()).value().strip(), name,
                TreePaths.scalar(root, "metadata", "namespace"), root, close ? Math.min(kindLine, nameLine) : kindLine,
                close ? Math.max(kindLine, nameLine) : kindLine));
    }

    /** The API group: {@code apps} for {@code apps/v1}, "" for the core {@code v1}. */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    boolean is(String group, String... kinds) {
        return group().equals(group) && List.of(kinds).contains(kind);
    }

    /** {@code Deployment/orders}: how anchors name the object. */
    String reference() {
        return kind + "/" + name;
    }
}
