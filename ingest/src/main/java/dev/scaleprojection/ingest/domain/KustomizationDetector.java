package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code kustomization.yaml} gives {@code deployment.kustomization}: its kind (Kustomization, or a Component that
 * applies only where one lists it, {@link KustomizeComponents}), its resources, the bases it builds on (legacy
 * {@code bases}, and resources that are folders or remote), components, whether it is an overlay (a base outside its
 * folder), namespace, image overrides, replica overrides, patch count and Helm charts. Each generator literal
 * ({@code configMapGenerator[].literals: DB_URL=…}) that is an endpoint gives {@code endpoint.configured}.
 */
public final class KustomizationDetector implements Detector {

    private static final Pattern KUSTOMIZATION_NAME = Pattern.compile("(?i)kustomization(\\.ya?ml)?");
    private static final Pattern FILE_RESOURCE = Pattern.compile("(?i).+\\.(ya?ml|json)");
    private static final List<String> PATCH_KEYS = List.of("patches", "patchesStrategicMerge", "patchesJson6902");

    private final YamlParser yaml;

    public KustomizationDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.DEPLOYMENT || !KUSTOMIZATION_NAME.matcher(file.name()).matches()) {
            return List.of();
        }
        List<TreeNode> documents = yaml.parseAll(file.content());
        if (documents.isEmpty() || !(documents.get(0) instanceof TreeNode.Mapping root) || root.entries().isEmpty()) {
            return List.of();
        }
        DescriptorFile descriptor = DescriptorFile.of(file);
        List<Finding> findings = new ArrayList<>();
        int line = root.entry("kind").orElse(root.entries().get(0)).line();
        findings.add(descriptor.finding(DescriptorFactKinds.KUSTOMIZATION, line, line, "kustomization", attributes(root)));
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            for (TreeNode.Mapping generated : TreePaths.mappings(root, generator)) {
                String name = TreePaths.scalar(generated, "name").orElse("unnamed");
                for (TreeNode literal : TreePaths.items(generated, "literals")) {
                    if (literal instanceof TreeNode.Scalar scalar && scalar.value().contains("=")) {
                        String key = scalar.value().substring(0, scalar.value().indexOf('=')).strip();
                        String value = scalar.value().substring(scalar.value().indexOf('=') + 1).strip();
                        descriptor.endpoint(key, value, scalar.line(), scalar.line(),
                                "kustomization." + generator + "[" + name + "].literals." + key,
                                Map.of(generator.startsWith("secret") ? "secret" : "configMap", name)).ifPresent(findings::add);
                    }
                }
            }
        }
        return List.copyOf(findings);
    }

    private static Map<String, String> attributes(TreeNode.Mapping root) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "kind", TreePaths.scalar(root, "kind"));
        List<String> resources = TreePaths.scalars(root, "resources");
        putList(attributes, "resources", resources);
        List<String> bases = new ArrayList<>(TreePaths.scalars(root, "bases"));
        resources.stream().filter(resource -> !FILE_RESOURCE.matcher(resource).matches()).forEach(bases::add);
        putList(attributes, "bases", bases);
        putList(attributes, "components", TreePaths.scalars(root, "components"));
        attributes.put("overlay", Boolean.toString(bases.stream().anyMatch(base -> base.startsWith("../")
                || base.contains("://") || base.startsWith("github.com/"))));
        put(attributes, "namespace", TreePaths.scalar(root, "namespace"));
        put(attributes, "namePrefix", TreePaths.scalar(root, "namePrefix"));
        List<String> images = new ArrayList<>();
        for (TreeNode.Mapping image : TreePaths.mappings(root, "images")) {
            TreePaths.scalar(image, "name").ifPresent(name -> images.add(name + "=" + TreePaths.scalar(image, "newName").orElse(name)
                    + TreePaths.scalar(image, "newTag").map(tag -> ":" + tag)
                    .or(() -> TreePaths.scalar(image, "digest").map(digest -> "@" + digest)).orElse("")));
        }
        putList(attributes, "images", images);
        List<String> replicas = new ArrayList<>();
        for (TreeNode.Mapping replica : TreePaths.mappings(root, "replicas")) {
            TreePaths.scalar(replica, "name").ifPresent(name ->
                    replicas.add(name + "=" + TreePaths.scalar(replica, "count").orElse("")));
        }
        putList(attributes, "replicas", replicas);
        int patches = PATCH_KEYS.stream().mapToInt(key -> TreePaths.items(root, key).size()).sum();
        if (patches > 0) {
            attributes.put("patches", Integer.toString(patches));
        }
        putList(attributes, "helmCharts", TreePaths.mappings(root, "helmCharts").stream()
                .flatMap(chart -> TreePaths.scalar(chart, "name").stream()).toList());
        return attributes;
    }
}
