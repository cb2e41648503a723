package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chart's values: {@code deployment.helm-values} at the first scaling setting it sets (replicaCount,
 * autoscaling.*, persistence.enabled, ingress.enabled, service.type, whether resources.limits is set, the image, the
 * switches turned off as {@code disabled}), and
 * {@code endpoint.configured} per value that is an endpoint, keyed by its path; Kubernetes-style env lists
 * ({@code - name: DB_URL / value: …}) are keyed by the variable name. Ingress hosts and image registries are served
 * or pulled from, never reached by the application, so they are not endpoints.
 */
final class HelmValues {

    private static final List<String> SETTINGS = List.of("replicaCount", "autoscaling.enabled", "autoscaling.minReplicas",
            "autoscaling.maxReplicas", "persistence.enabled", "ingress.enabled", "service.type");
    private static final Set<String> NOT_REACHED = Set.of("ingress", "ingresses", "route", "routes", "httproute", "gateway",
            "image", "images", "imageregistry", "registry", "tls", "cors", "ingressclass");
    private static final int MAX_DEPTH = 32;
    private static final Set<String> SWITCHES = Set.of("enabled", "enable", "create", "install", "deploy");

    private HelmValues() {
    }

    static List<Finding> read(DescriptorFile file, TreeNode.Mapping root) {
        List<Finding> findings = new ArrayList<>();
        settings(file, root).ifPresent(findings::add);
        endpoints(file, "", root, findings, 0);
        return findings;
    }

    private static Optional<Finding> settings(DescriptorFile file, TreeNode.Mapping root) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int line = Integer.MAX_VALUE;
        for (String setting : SETTINGS) {
            String[] path = setting.split("\\.");
            Optional<TreeNode.Entry> entry = TreePaths.entry(root, path);
            Optional<String> value = TreePaths.scalar(root, path);
            if (entry.isPresent() && value.isPresent()) {
                attributes.put(setting, value.get());
                line = Math.min(line, entry.get().line());
            }
        }
        Optional<TreeNode.Entry> limits = TreePaths.entry(root, "resources", "limits");
        if (limits.isPresent()) {
            boolean set = limits.get().value() instanceof TreeNode.Mapping mapping && !mapping.entries().isEmpty();
            attributes.put("hasResourceLimits", Boolean.toString(set));
            line = Math.min(line, limits.get().line());
        }
        List<String> disabled = new ArrayList<>();
        int firstSwitch = disabledSwitches(root, "", disabled, 0);
        if (!disabled.isEmpty()) {
            attributes.put("disabled", String.join(",", disabled));
            // the fact stays at the settings it has always pointed at; only a file of switches alone points at them
            line = line == Integer.MAX_VALUE ? firstSwitch : line;
        }
        Optional<String> repository = TreePaths.scalar(root, "image", "repository");
        if (repository.isPresent()) {
            attributes.put("image", repository.get() + TreePaths.scalar(root, "image", "tag").map(tag -> ":" + tag).orElse(""));
            line = Math.min(line, TreePaths.entry(root, "image").get().line());
        }
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file.finding(DescriptorFactKinds.HELM_VALUES, line, line, "values", attributes));
    }

    /**
     * The switches the chart ships turned off ({@code networkPolicies.create: false}), by path, into {@code disabled}: a
     * template inside {@code {{ if .Values.networkPolicies.create }}} is then not rendered by default. The first line of
     * one, or {@link Integer#MAX_VALUE}.
     */
    private static int disabledSwitches(TreeNode.Mapping mapping, String path, List<String> disabled, int depth) {
        int line = Integer.MAX_VALUE;
        for (TreeNode.Entry entry : mapping.entries()) {
            String key = path.isEmpty() ? entry.key() : path + "." + entry.key();
            if (entry.value() instanceof TreeNode.Mapping inner && depth < MAX_DEPTH) {
                line = Math.min(line, disabledSwitches(inner, key, disabled, depth + 1));
            } else if (entry.value() instanceof TreeNode.Scalar scalar && scalar.value().equalsIgnoreCase("false")
                    && SWITCHES.contains(entry.key().toLowerCase(Locale.ROOT))) {
                disabled.add(key);
                line = Math.min(line, entry.line());
            }
        }
        return line;
    }

    private static void endpoints(DescriptorFile file, String path, TreeNode node, List<Finding> findings, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof TreeNode.Mapping mapping) {
            for (TreeNode.Entry entry : mapping.entries()) {
                if (NOT_REACHED.contains(entry.key().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String key = path.isEmpty() ? entry.key() : path + "." + entry.key();
                if (entry.value() instanceof TreeNode.Scalar scalar) {
                    file.endpoint(key, scalar.value(), entry.line(), entry.line(), key, Map.of()).ifPresent(findings::add);
                } else {
                    endpoints(file, key, entry.value(), findings, depth + 1);
                }
            }
        } else if (node instanceof TreeNode.Sequence sequence) {
            for (TreeNode item : sequence.items()) {
                Optional<String> name = TreePaths.scalar(item, "name");
                Optional<TreeNode.Entry> value = TreePaths.entry(item, "value");
                Optional<String> text = TreePaths.scalar(item, "value");
                if (name.isPresent() && value.isPresent() && text.isPresent()) {
                    String key = path + "." + name.get();
                    file.endpoint(name.get(), text.get(), value.get().line(), value.get().line(), key, Map.of())
                            .ifPresent(findings::add);
                } else {
                    endpoints(file, path, item, findings, depth + 1);
                }
            }
        }
    }
}
