package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Helm chart's {@code Chart.yaml} gives {@code deployment.helm-chart} (name, version, appVersion, type, dependencies).
 * A values file gives {@code deployment.helm-values} with the scaling settings it sets (replicaCount, autoscaling,
 * persistence, resource limits, image) and an {@code endpoint.configured} per endpoint value ({@link HelmValues}).
 * Templates are read by {@link KubernetesManifestDetector}.
 */
public final class HelmChartDetector implements Detector {

    private static final Pattern CHART_NAME = Pattern.compile("(?i)chart\\.ya?ml");
    private static final Pattern VALUES_NAME = Pattern.compile("(?i)values([-.][\\w.-]+)?\\.ya?ml");

    private final YamlParser yaml;

    public HelmChartDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        boolean chart = CHART_NAME.matcher(file.name()).matches();
        boolean values = VALUES_NAME.matcher(file.name()).matches() && !("/" + file.path()).contains("/templates/");
        if (file.role() != FileRole.DEPLOYMENT || !chart && !values) {
            return List.of();
        }
        List<TreeNode> documents = yaml.parseAll(file.content());
        if (documents.isEmpty() || !(documents.get(0) instanceof TreeNode.Mapping root)) {
            return List.of();
        }
        DescriptorFile descriptor = DescriptorFile.of(file);
        return chart ? chart(descriptor, root) : HelmValues.read(descriptor, root);
    }

    private static List<Finding> chart(DescriptorFile file, TreeNode.Mapping root) {
        Optional<TreeNode.Entry> name = root.entry("name");
        if (name.isEmpty() || TreePaths.scalar(root, "name").isEmpty()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", TreePaths.scalar(root, "name").get());
        put(attributes, "version", TreePaths.scalar(root, "version"));
        put(attributes, "appVersion", TreePaths.scalar(root, "appVersion"));
        attributes.put("type", TreePaths.scalar(root, "type").orElse("application"));
        List<String> dependencies = new ArrayList<>();
        for (TreeNode.Mapping dependency : TreePaths.mappings(root, "dependencies")) {
            TreePaths.scalar(dependency, "name").ifPresent(dependencies::add);
        }
        putList(attributes, "dependencies", dependencies);
        return List.of(file.finding(DescriptorFactKinds.HELM_CHART, name.get().line(), name.get().line(), "chart", attributes));
    }
}
