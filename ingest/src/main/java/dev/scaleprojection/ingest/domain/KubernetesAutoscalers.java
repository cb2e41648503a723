package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A HorizontalPodAutoscaler (autoscaling v1, v2, v2beta*) or a KEDA ScaledObject gives {@code deployment.autoscaler}:
 * the workload it scales ({@code target: Deployment/orders}), min and max replicas, and what it scales on
 * ({@code metrics: resource:cpu,external:queue_depth}; KEDA trigger types).
 */
final class KubernetesAutoscalers {

    private KubernetesAutoscalers() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        boolean hpa = object.is("autoscaling", "HorizontalPodAutoscaler");
        boolean keda = object.is("keda.sh", "ScaledObject");
        if (!hpa && !keda) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("autoscaler", hpa ? "hpa" : "keda");
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        Optional<String> targetName = TreePaths.scalar(object.root(), "spec", "scaleTargetRef", "name");
        String targetKind = TreePaths.scalar(object.root(), "spec", "scaleTargetRef", "kind").orElse("Deployment");
        targetName.ifPresent(name -> {
            attributes.put("target", targetKind + "/" + name);
            attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, name);
        });
        put(attributes, "minReplicas", TreePaths.scalar(object.root(), "spec", hpa ? "minReplicas" : "minReplicaCount"));
        put(attributes, "maxReplicas", TreePaths.scalar(object.root(), "spec", hpa ? "maxReplicas" : "maxReplicaCount"));
        putList(attributes, "metrics", hpa ? metrics(object.root()) : TreePaths.mappings(object.root(), "spec", "triggers")
                .stream().flatMap(trigger -> TreePaths.scalar(trigger, "type").stream()).toList());
        return List.of(file.finding(DescriptorFactKinds.AUTOSCALER, object.startLine(), object.endLine(), object.reference(),
                attributes));
    }

    private static List<String> metrics(TreeNode root) {
        List<String> metrics = new ArrayList<>();
        if (TreePaths.scalar(root, "spec", "targetCPUUtilizationPercentage").isPresent()) {
            metrics.add("resource:cpu");
        }
        for (TreeNode.Mapping metric : TreePaths.mappings(root, "spec", "metrics")) {
            Optional<String> type = TreePaths.scalar(metric, "type");
            if (type.isEmpty()) {
                continue;
            }
            String key = Character.toLowerCase(type.get().charAt(0)) + type.get().substring(1);
            Optional<String> name = TreePaths.scalar(metric, key, "name")
                    .or(() -> TreePaths.scalar(metric, key, "metric", "name"))
                    .or(() -> TreePaths.scalar(metric, key, "metricName"));
            metrics.add(type.get().toLowerCase(Locale.ROOT) + name.map(n -> ":" + n).orElse(""));
        }
        return metrics;
    }
}
