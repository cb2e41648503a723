package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod, Argo Rollout)
 * gives {@code deployment.kubernetes-workload}: replicas as written, images, container ports, whether every container
 * has resource limits, requests and probes, claimed volumes, and the pods' app label ({@code appLabel}) where it names
 * something other than the workload. A workload without any container image is a patch
 * (a Kustomize overlay) and says so. Each container env value, and each {@code --flag=value} argument, that is an
 * endpoint gives {@code endpoint.configured};
 * a CronJob also gives {@code orchestration.cron}; StatefulSet claim templates give persistent volume claims.
 */
final class KubernetesWorkloads {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob", "Pod");
    private static final Set<String> GROUPS = Set.of("", "apps", "batch", "extensions");
    private static final List<String> PROBES = List.of("readinessProbe", "livenessProbe", "startupProbe");
    /** Labels naming the application a pod runs, most specific first; part-of, tier or stage name a group, not an app. */
    private static final List<String> APP_LABELS = List.of("app.kubernetes.io/name", "app", "service", "k8s-app");

    static final String APP_LABEL = "appLabel";

    private KubernetesWorkloads() {
    }

    static boolean isWorkload(KubernetesObject object) {
        return KINDS.contains(object.kind()) && GROUPS.contains(object.group()) || object.is("argoproj.io", "Rollout");
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        if (!isWorkload(object)) {
            return List.of();
        }
        String[] podSpecPath = podSpecPath(object.kind());
        TreeNode podSpec = TreePaths.at(object.root(), podSpecPath).orElse(new TreeNode.Mapping(List.of(), 1));
        List<TreeNode.Mapping> containers = TreePaths.mappings(podSpec, "containers");
        List<Finding> findings = new ArrayList<>();
        findings.add(file.finding(DescriptorFactKinds.KUBERNETES_WORKLOAD, object.startLine(), object.endLine(),
                object.reference(), attributes(object, podSpec, containers)));
        String prefix = object.reference() + "." + String.join(".", podSpecPath) + ".";
        for (String list : List.of("initContainers", "containers")) {
            for (TreeNode.Mapping container : TreePaths.mappings(podSpec, list)) {
                String containerName = TreePaths.scalar(container, "name").orElse("");
                findings.addAll(environment(object, file, container, prefix + list + "[" + containerName + "]"));
                findings.addAll(flags(object, file, container, prefix + list + "[" + containerName + "]"));
            }
        }
        findings.addAll(KubernetesVolumes.claimTemplates(object, file));
        if (object.kind().equals("CronJob")) {
            cron(object, file).ifPresent(findings::add);
        }
        return findings;
    }

    private static String[] podSpecPath(String kind) {
        return switch (kind) {
            case "Pod" -> new String[] {"spec"};
            case "CronJob" -> new String[] {"spec", "jobTemplate", "spec", "template", "spec"};
            default -> new String[] {"spec", "template", "spec"};
        };
    }

    private static Map<String, String> attributes(KubernetesObject object, TreeNode podSpec, List<TreeNode.Mapping> containers) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", object.kind());
        attributes.put("name", object.name());
        attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, object.name());
        appLabel(object).filter(label -> !label.equals(object.name())).ifPresent(label -> attributes.put(APP_LABEL, label));
        put(attributes, "namespace", object.namespace());
        put(attributes, "replicas", TreePaths.scalar(object.root(), "spec", "replicas"));
        List<String> images = containers.stream().flatMap(c -> TreePaths.scalar(c, "image").stream()).toList();
        putList(attributes, "images", images);
        putList(attributes, "containers", containers.stream().flatMap(c -> TreePaths.scalar(c, "name").stream()).toList());
        putList(attributes, "containerPorts", containers.stream()
                .flatMap(c -> TreePaths.mappings(c, "ports").stream())
                .flatMap(port -> TreePaths.scalar(port, "containerPort").stream()).toList());
        boolean any = !containers.isEmpty();
        attributes.put("hasResourceLimits", Boolean.toString(any && containers.stream()
                .allMatch(c -> TreePaths.mapping(c, "resources", "limits").filter(m -> !m.entries().isEmpty()).isPresent())));
        attributes.put("hasResourceRequests", Boolean.toString(any && containers.stream()
                .allMatch(c -> TreePaths.mapping(c, "resources", "requests").filter(m -> !m.entries().isEmpty()).isPresent())));
        attributes.put("hasProbes", Boolean.toString(any && containers.stream()
                .allMatch(c -> PROBES.stream().anyMatch(probe -> TreePaths.mapping(c, probe).isPresent()))));
        put(attributes, "serviceAccount", TreePaths.scalar(podSpec, "serviceAccountName")
                .or(() -> TreePaths.scalar(podSpec, "serviceAccount")));
        List<String> claims = new ArrayList<>();
        List<String> hostPaths = new ArrayList<>();
        for (TreeNode.Mapping volume : TreePaths.mappings(podSpec, "volumes")) {
            TreePaths.scalar(volume, "persistentVolumeClaim", "claimName").ifPresent(claims::add);
            TreePaths.scalar(volume, "hostPath", "path").ifPresent(hostPaths::add);
        }
        TreePaths.mappings(object.root(), "spec", "volumeClaimTemplates")
                .forEach(template -> TreePaths.scalar(template, "metadata", "name").ifPresent(claims::add));
        putList(attributes, "volumeClaims", claims);
        putList(attributes, "hostPaths", hostPaths);
        if (object.kind().equals("CronJob")) {
            put(attributes, "schedule", TreePaths.scalar(object.root(), "spec", "schedule"));
        }
        if (images.isEmpty()) {
            attributes.put("patch", "true");
        }
        return attributes;
    }

    /**
     * The application the pods are labelled with ({@code service: payment} on the Deployment payment-fix): the pod
     * template's labels, else the object's own.
     */
    private static Optional<String> appLabel(KubernetesObject object) {
        String[] podSpec = podSpecPath(object.kind());
        String[] podLabels = new String[podSpec.length + 1];
        System.arraycopy(podSpec, 0, podLabels, 0, podSpec.length - 1);
        podLabels[podSpec.length - 1] = "metadata";
        podLabels[podSpec.length] = "labels";
        for (TreeNode labels : List.of(TreePaths.at(object.root(), podLabels), TreePaths.at(object.root(), "metadata", "labels"))
                .stream().flatMap(Optional::stream).toList()) {
            for (String key : APP_LABELS) {
                Optional<String> value = TreePaths.scalar(labels, key).filter(label -> !label.isBlank() && !label.contains("{{"));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code env: [{name: DB_URL, value: jdbc:…}]}: values set from a secret or field reference configure nothing here. */
    private static List<Finding> environment(KubernetesObject object, DescriptorFile file, TreeNode.Mapping container,
                                             String containerAnchor) {
        List<Finding> findings = new ArrayList<>();
        for (TreeNode.Mapping variable : TreePaths.mappings(container, "env")) {
            Optional<TreeNode.Entry> name = variable.entry("name");
            Optional<TreeNode.Entry> value = variable.entry("value");
            Optional<String> key = TreePaths.scalar(variable, "name");
            Optional<String> text = TreePaths.scalar(variable, "value");
            if (key.isPresent() && text.isPresent() && value.isPresent()) {
                int start = name.map(TreeNode.Entry::line).orElse(value.get().line());
                Map<String, String> context = new LinkedHashMap<>();
                context.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, object.name());
                put(context, "container", TreePaths.scalar(container, "name"));
                file.endpoint(key.get(), text.get(), Math.min(start, value.get().line()), value.get().line(),
                        containerAnchor + ".env." + key.get(), context).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** {@code args: [--backend-url=http://backend:9898]}: a long flag given its value in the same item, named by the flag. */
    private static List<Finding> flags(KubernetesObject object, DescriptorFile file, TreeNode.Mapping container,
                                       String containerAnchor) {
        List<Finding> findings = new ArrayList<>();
        for (String list : List.of("command", "args")) {
            for (TreeNode item : TreePaths.items(container, list)) {
                if (item instanceof TreeNode.Scalar scalar && scalar.value().startsWith("--")) {
                    String flag = scalar.value().strip();
                    int equals = flag.indexOf('=');
                    if (equals > 2) {
                        String key = flag.substring(2, equals);
                        Map<String, String> context = new LinkedHashMap<>();
                        context.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, object.name());
                        put(context, "container", TreePaths.scalar(container, "name"));
                        file.endpoint(key, flag.substring(equals + 1), scalar.line(), scalar.line(),
                                containerAnchor + "." + list + "." + key, context).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> cron(KubernetesObject object, DescriptorFile file) {
        return TreePaths.entry(object.root(), "spec", "schedule").flatMap(entry -> TreePaths.scalar(entry.value()).map(schedule -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("source", "kubernetes-cronjob");
            attributes.put("name", object.name());
            attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, object.name());
            attributes.put("schedule", schedule);
            put(attributes, "timeZone", TreePaths.scalar(object.root(), "spec", "timeZone"));
            put(attributes, "concurrencyPolicy", TreePaths.scalar(object.root(), "spec", "concurrencyPolicy"));
            put(attributes, "suspend", TreePaths.scalar(object.root(), "spec", "suspend"));
            return file.finding(DescriptorFactKinds.CRON, entry.line(), entry.line(), object.reference() + ".spec.schedule",
                    attributes);
        }));
    }
}
