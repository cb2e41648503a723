package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Argo Workflow, CronWorkflow, WorkflowTemplate or ClusterWorkflowTemplate gives {@code orchestration.argo-workflow}:
 * entrypoint, template names, the template it runs by reference, and for a CronWorkflow its schedule, which also gives
 * {@code orchestration.cron}.
 */
final class ArgoWorkflows {

    private ArgoWorkflows() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        if (!object.is("argoproj.io", "Workflow", "CronWorkflow", "WorkflowTemplate", "ClusterWorkflowTemplate")) {
            return List.of();
        }
        boolean cron = object.kind().equals("CronWorkflow");
        String[] specPath = cron ? new String[] {"spec", "workflowSpec"} : new String[] {"spec"};
        TreeNode spec = TreePaths.at(object.root(), specPath).orElse(new TreeNode.Mapping(List.of(), 1));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", object.kind());
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        put(attributes, "entrypoint", TreePaths.scalar(spec, "entrypoint"));
        putList(attributes, "templates", TreePaths.mappings(spec, "templates").stream()
                .flatMap(template -> TreePaths.scalar(template, "name").stream()).toList());
        put(attributes, "workflowTemplateRef", TreePaths.scalar(spec, "workflowTemplateRef", "name"));
        List<String> schedules = new ArrayList<>(TreePaths.scalars(object.root(), "spec", "schedules"));
        TreePaths.scalar(object.root(), "spec", "schedule").ifPresent(schedules::add);
        putList(attributes, "schedule", schedules);
        List<Finding> findings = new ArrayList<>();
        findings.add(file.finding(DescriptorFactKinds.ARGO_WORKFLOW, object.startLine(), object.endLine(), object.reference(),
                attributes));
        if (cron && !schedules.isEmpty()) {
            Optional<TreeNode.Entry> entry = TreePaths.entry(object.root(), "spec", "schedule")
                    .or(() -> TreePaths.entry(object.root(), "spec", "schedules"));
            int line = entry.map(TreeNode.Entry::line).orElse(object.startLine());
            Map<String, String> cronAttributes = new LinkedHashMap<>();
            cronAttributes.put("source", "argo-cronworkflow");
            cronAttributes.put("name", object.name());
            cronAttributes.put("schedule", attributes.get("schedule"));
            put(cronAttributes, "timeZone", TreePaths.scalar(object.root(), "spec", "timezone"));
            put(cronAttributes, "concurrencyPolicy", TreePaths.scalar(object.root(), "spec", "concurrencyPolicy"));
            findings.add(file.finding(DescriptorFactKinds.CRON, line, line, object.reference() + ".spec.schedule", cronAttributes));
        }
        return findings;
    }
}
