package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes manifests wherever they live, recognized by content (top-level {@code apiVersion} and {@code kind}),
 * multi-document: each object goes to the reader of its kind (workloads, autoscalers, volumes, network access, RBAC,
 * configuration, Argo Workflows, admission policies). Helm templates, and manifests that are YAML only once rendered,
 * are read line by line ({@link HelmTemplates}); any other malformed YAML is refused as such. A manifest whose name makes
 * it a configuration file ({@code application-….yaml}, {@code config/…}) is read too, but its endpoints are left to
 * {@link ConfiguredEndpointDetector}, which reads every configuration file.
 */
public final class KubernetesManifestDetector implements Detector {

    private static final Pattern API_VERSION = Pattern.compile("(?m)^[ \\t]*apiVersion[ \\t]*:[ \\t]*\\S");
    private static final Pattern KIND = Pattern.compile("(?m)^[ \\t]*kind[ \\t]*:[ \\t]*[\"']?(\\w+)");
    /** The kinds some reader reads; a file declaring none of them (a CRD, a Service) is not worth parsing. */
    private static final Set<String> READ_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob", "Pod", "Rollout", "HorizontalPodAutoscaler", "ScaledObject",
            "PersistentVolumeClaim", "NetworkPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "Ingress",
            "Gateway", "HTTPRoute", "GRPCRoute", "Route", "ConfigMap", "Secret", "Workflow", "CronWorkflow", "WorkflowTemplate",
            "ClusterWorkflowTemplate", "ClusterPolicy", "Policy", "ConstraintTemplate", "List");
    private static final String GATEKEEPER_CONSTRAINTS = "constraints.gatekeeper.sh/";
    private static final Pattern YAML_NAME = Pattern.compile("(?i).+\\.ya?ml");
    private static final Pattern OTHER_DESCRIPTOR = Pattern.compile(
            "(?i)chart\\.ya?ml|values([-.][\\w.-]+)?\\.ya?ml|kustomization\\.ya?ml");
    private static final List<BiFunction<KubernetesObject, DescriptorFile, List<Finding>>> READERS = List.of(
            KubernetesWorkloads::read, KubernetesAutoscalers::read, KubernetesVolumes::read, KubernetesNetworkAccess::read,
            KubernetesRbac::read, KubernetesConfiguration::read, ArgoWorkflows::read, AdmissionPolicies::read);

    private final YamlParser yaml;

    public KubernetesManifestDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.DEPLOYMENT, FileRole.CONFIGURATION);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (!roles().contains(file.role()) || !isCandidate(file)) {
            return List.of();
        }
        DescriptorFile descriptor = DescriptorFile.of(file);
        if (HelmTemplates.isTemplate(file)) {
            return HelmTemplates.read(descriptor);
        }
        List<TreeNode> documents;
        try {
            documents = yaml.parseAll(file.content());
        } catch (MalformedDocumentException e) {
            if (file.content().contains("{{")) {
                return HelmTemplates.read(descriptor);
            }
            throw e;
        }
        List<Finding> findings = new ArrayList<>();
        for (KubernetesObject object : KubernetesObject.in(documents)) {
            READERS.forEach(reader -> findings.addAll(reader.apply(object, descriptor)));
        }
        if (file.role() == FileRole.CONFIGURATION) {
            findings.removeIf(finding -> finding.kind().equals(ConfiguredEndpointDetector.CONFIGURED));
        }
        return List.copyOf(findings);
    }

    private static boolean isCandidate(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        return YAML_NAME.matcher(name).matches() && !OTHER_DESCRIPTOR.matcher(name).matches()
                && !ComposeDetector.isComposeFile(file.path())
                && API_VERSION.matcher(file.content()).find() && declaresReadKind(file.content());
    }

    private static boolean declaresReadKind(String content) {
        Matcher kind = KIND.matcher(content);
        while (kind.find()) {
            if (READ_KINDS.contains(kind.group(1))) {
                return true;
            }
        }
        return content.contains(GATEKEEPER_CONSTRAINTS);
    }
}
