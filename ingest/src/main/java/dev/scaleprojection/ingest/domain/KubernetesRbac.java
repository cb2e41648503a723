package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * RBAC gives {@code access.rbac}: for a Role or ClusterRole the resources and verbs it grants and whether any rule is a
 * wildcard; for a RoleBinding or ClusterRoleBinding the role it grants and to whom. {@code scope} is cluster or namespace.
 */
final class KubernetesRbac {

    private KubernetesRbac() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        if (!object.is("rbac.authorization.k8s.io", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding")) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", object.kind());
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        attributes.put("scope", object.kind().startsWith("Cluster") ? "cluster" : "namespace");
        if (object.kind().endsWith("Binding")) {
            TreePaths.scalar(object.root(), "roleRef", "name").ifPresent(role -> attributes.put("roleRef",
                    TreePaths.scalar(object.root(), "roleRef", "kind").orElse("Role") + "/" + role));
            List<String> subjects = new ArrayList<>();
            for (TreeNode.Mapping subject : TreePaths.mappings(object.root(), "subjects")) {
                String namespace = TreePaths.scalar(subject, "namespace").map(ns -> ns + "/").orElse("");
                TreePaths.scalar(subject, "name").ifPresent(name ->
                        subjects.add(TreePaths.scalar(subject, "kind").orElse("User") + ":" + namespace + name));
            }
            putList(attributes, "subjects", subjects);
        } else {
            TreeSet<String> resources = new TreeSet<>();
            TreeSet<String> verbs = new TreeSet<>();
            boolean wildcard = false;
            for (TreeNode.Mapping rule : TreePaths.mappings(object.root(), "rules")) {
                resources.addAll(TreePaths.scalars(rule, "resources"));
                resources.addAll(TreePaths.scalars(rule, "nonResourceURLs"));
                verbs.addAll(TreePaths.scalars(rule, "verbs"));
                wildcard |= TreePaths.scalars(rule, "resources").contains("*") || TreePaths.scalars(rule, "verbs").contains("*")
                        || TreePaths.scalars(rule, "apiGroups").contains("*");
            }
            putList(attributes, "resources", resources);
            putList(attributes, "verbs", verbs);
            attributes.put("wildcard", Boolean.toString(wildcard));
            if (TreePaths.at(object.root(), "aggregationRule").isPresent()) {
                attributes.put("aggregated", "true");
            }
        }
        return List.of(file.finding(DescriptorFactKinds.RBAC, object.startLine(), object.endLine(), object.reference(),
                attributes));
    }
}
