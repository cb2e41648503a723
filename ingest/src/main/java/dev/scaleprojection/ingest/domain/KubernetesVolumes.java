package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persistent state claimed from the cluster: each PersistentVolumeClaim, and each claim template of a StatefulSet (one
 * volume per replica), gives {@code state.persistent-volume-claim} with its storage class, access modes and size.
 */
final class KubernetesVolumes {

    private KubernetesVolumes() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        if (!object.is("", "PersistentVolumeClaim")) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        attributes.put("source", "claim");
        attributes.putAll(storage(object.root()));
        return List.of(file.finding(DescriptorFactKinds.PERSISTENT_VOLUME_CLAIM, object.startLine(), object.endLine(),
                object.reference(), attributes));
    }

    static List<Finding> claimTemplates(KubernetesObject object, DescriptorFile file) {
        List<Finding> findings = new ArrayList<>();
        for (TreeNode.Mapping template : TreePaths.mappings(object.root(), "spec", "volumeClaimTemplates")) {
            String name = TreePaths.scalar(template, "metadata", "name").orElse("unnamed");
            int line = TreePaths.entry(template, "metadata", "name").map(TreeNode.Entry::line).orElse(template.line());
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("name", name);
            put(attributes, "namespace", object.namespace());
            attributes.put("source", "volumeClaimTemplate");
            attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, object.name());
            attributes.putAll(storage(template));
            findings.add(file.finding(DescriptorFactKinds.PERSISTENT_VOLUME_CLAIM, line, line,
                    object.reference() + ".spec.volumeClaimTemplates[" + name + "]", attributes));
        }
        return findings;
    }

    private static Map<String, String> storage(TreeNode claim) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "storageClass", TreePaths.scalar(claim, "spec", "storageClassName"));
        putList(attributes, "accessModes", TreePaths.scalars(claim, "spec", "accessModes"));
        put(attributes, "storage", TreePaths.scalar(claim, "spec", "resources", "requests", "storage"));
        return attributes;
    }
}
