package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configuration a cluster hands to its pods: each one-line value of a ConfigMap's {@code data} or a Secret's
 * {@code stringData} that is an endpoint gives {@code endpoint.configured} ({@code ConfigMap/orders.data.DB_URL}).
 * Embedded files (multi-line values) and base64 {@code data} of Secrets are not read.
 */
final class KubernetesConfiguration {

    private KubernetesConfiguration() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        String section;
        if (object.is("", "ConfigMap")) {
            section = "data";
        } else if (object.is("", "Secret")) {
            section = "stringData";
        } else {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        TreePaths.mapping(object.root(), section).ifPresent(data -> {
            for (TreeNode.Entry entry : data.entries()) {
                if (entry.value() instanceof TreeNode.Scalar scalar && !scalar.value().contains("\n")) {
                    file.endpoint(entry.key(), scalar.value(), entry.line(), entry.line(),
                            object.reference() + "." + section + "." + entry.key(), Map.of(object.kind().equals("Secret")
                                    ? "secret" : "configMap", object.name())).ifPresent(findings::add);
                }
            }
        });
        return findings;
    }
}
