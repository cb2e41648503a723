package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A templated manifest (a Helm chart's {@code templates/*.yaml}, or any manifest that is YAML only once rendered) is
 * read line by line and never rendered: each document's top-level {@code kind:} of a kind the manifest readers know
 * gives that fact with {@code templated=true}, the name when it is literal, the chart folder, and
 * {@code conditional=true} when it sits inside an {@code {{ if }}} or {@code {{ with }}} block, with the
 * {@code condition} (the values path, {@code networkPolicies.create}) of the innermost block a single value opens; a
 * workload's literal container images ({@code image: redis:alpine}, not one the values give) as {@code images}.
 */
final class HelmTemplates {

    private static final Pattern KIND = Pattern.compile("^kind:\\s*[\"']?([A-Za-z]+)[\"']?\\s*(#.*)?$");
    private static final Pattern API_VERSION = Pattern.compile("^apiVersion:\\s*[\"']?([^\"'\\s#]+)");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z][\\w-]*:");
    private static final Pattern NAME = Pattern.compile("^\\s+name:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern SCHEDULE = Pattern.compile("^\\s+schedule:\\s*[\"']?(.*?)[\"']?\\s*$");
    /** A container's literal image, {@code - image: rabbitmq:management-alpine}; one the chart's values give is no literal. */
    private static final Pattern IMAGE = Pattern.compile("^\\s+(?:-\\s+)?image:\\s*[\"']?([^\"'\\s{}#]+)[\"']?\\s*(?:#.*)?$");
    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(if|with|range|define|block|end)\\b");
    /** {@code {{- if .Values.networkPolicies.create }}}: a block opened by one value of the chart, unnegated. */
    private static final Pattern VALUE_CONDITION = Pattern.compile("\\G\\s+\\.Values\\.([\\w.]+)\\s*-?}}");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job", "CronJob", "Pod", "Rollout");
    private static final Map<String, String> OTHER_KINDS = Map.ofEntries(
            Map.entry("HorizontalPodAutoscaler", DescriptorFactKinds.AUTOSCALER),
            Map.entry("ScaledObject", DescriptorFactKinds.AUTOSCALER),
            Map.entry("PersistentVolumeClaim", DescriptorFactKinds.PERSISTENT_VOLUME_CLAIM),
            Map.entry("NetworkPolicy", DescriptorFactKinds.NETWORK_POLICY),
            Map.entry("Role", DescriptorFactKinds.RBAC), Map.entry("ClusterRole", DescriptorFactKinds.RBAC),
            Map.entry("RoleBinding", DescriptorFactKinds.RBAC), Map.entry("ClusterRoleBinding", DescriptorFactKinds.RBAC),
            Map.entry("Ingress", DescriptorFactKinds.INGRESS), Map.entry("Gateway", DescriptorFactKinds.INGRESS),
            Map.entry("HTTPRoute", DescriptorFactKinds.INGRESS), Map.entry("GRPCRoute", DescriptorFactKinds.INGRESS),
            Map.entry("Route", DescriptorFactKinds.INGRESS),
            Map.entry("ConstraintTemplate", DescriptorFactKinds.GATEKEEPER_CONSTRAINT),
            Map.entry("Workflow", DescriptorFactKinds.ARGO_WORKFLOW),
            Map.entry("CronWorkflow", DescriptorFactKinds.ARGO_WORKFLOW),
            Map.entry("WorkflowTemplate", DescriptorFactKinds.ARGO_WORKFLOW));

    /** What one document of the template declares, gathered line by line. */
    private static final class Document {
        private String apiVersion = "";
        private Optional<String> kind = Optional.empty();
        private int kindLine;
        private boolean conditional;
        private Optional<String> condition = Optional.empty();
        private boolean inMetadata;
        private Optional<String> name = Optional.empty();
        private Optional<Integer> scheduleLine = Optional.empty();
        private Optional<String> schedule = Optional.empty();
        private final List<String> images = new ArrayList<>();
    }

    private HelmTemplates() {
    }

    static boolean isTemplate(SourceFile file) {
        return ("/" + file.path()).contains("/templates/") && file.content().contains("{{");
    }

    static List<Finding> read(DescriptorFile file) {
        List<Finding> findings = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        Document document = new Document();
        for (int number = 1; number <= file.lines().lineCount(); number++) {
            String line = file.lines().line(number);
            if (line.startsWith("---")) {
                emit(document, file, findings);
                document = new Document();
            } else {
                readLine(line, number, document, blocks);
            }
            trackBlocks(line, blocks);
        }
        emit(document, file, findings);
        return findings;
    }

    private static void readLine(String line, int number, Document document, Deque<String> blocks) {
        Matcher kind = KIND.matcher(line);
        Matcher apiVersion = API_VERSION.matcher(line);
        if (kind.matches() && document.kind.isEmpty()) {
            document.kind = Optional.of(kind.group(1));
            document.kindLine = number;
            document.conditional = blocks.stream().anyMatch(block -> block.startsWith("if") || block.equals("with"));
            document.condition = blocks.stream().filter(block -> block.startsWith("if .Values.")).reduce((outer, inner) -> inner)
                    .map(block -> block.substring("if .Values.".length()));
        } else if (apiVersion.find()) {
            document.apiVersion = apiVersion.group(1);
        }
        if (TOP_LEVEL_KEY.matcher(line).find()) {
            document.inMetadata = line.startsWith("metadata:");
        } else if (document.inMetadata && document.name.isEmpty()) {
            Matcher name = NAME.matcher(line);
            if (name.matches() && !name.group(1).contains("{{") && !name.group(1).isEmpty()) {
                document.name = Optional.of(name.group(1));
            }
        }
        Matcher image = IMAGE.matcher(line);
        if (image.matches() && !document.images.contains(image.group(1))) {
            document.images.add(image.group(1));
        }
        Matcher schedule = SCHEDULE.matcher(line);
        if (schedule.matches() && document.schedule.isEmpty() && !schedule.group(1).contains("{{")) {
            document.schedule = Optional.of(schedule.group(1));
            document.scheduleLine = Optional.of(number);
        }
    }

    private static void trackBlocks(String line, Deque<String> blocks) {
        Matcher action = ACTION.matcher(line);
        while (action.find()) {
            if (action.group(1).equals("end")) {
                blocks.pollLast();
            } else {
                Matcher value = VALUE_CONDITION.matcher(line).region(action.end(), line.length());
                boolean byValue = action.group(1).equals("if") && value.lookingAt();
                blocks.addLast(byValue ? "if .Values." + value.group(1) : action.group(1));
            }
        }
    }

    private static void emit(Document document, DescriptorFile file, List<Finding> findings) {
        if (document.kind.isEmpty()) {
            return;
        }
        String kind = document.kind.get();
        Optional<String> factKind = factKind(kind, document.apiVersion);
        if (factKind.isEmpty()) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", kind);
        document.name.ifPresent(name -> attributes.put("name", name));
        boolean workload = factKind.get().equals(DescriptorFactKinds.KUBERNETES_WORKLOAD);
        if (workload) {
            document.name.ifPresent(name -> attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, name));
            if (!document.images.isEmpty()) {
                attributes.put("images", String.join(",", document.images));
            }
        }
        attributes.put("templated", "true");
        chartPath(file.file().path()).ifPresent(chart -> attributes.put("chartPath", chart));
        if (document.conditional) {
            attributes.put("conditional", "true");
            document.condition.ifPresent(condition -> attributes.put("condition", condition));
        }
        String anchor = kind + document.name.map(name -> "/" + name).orElse("");
        findings.add(file.finding(factKind.get(), document.kindLine, document.kindLine, anchor, attributes));
        if (kind.equals("CronJob") && document.schedule.isPresent()) {
            Map<String, String> cron = new LinkedHashMap<>();
            cron.put("source", "kubernetes-cronjob");
            document.name.ifPresent(name -> cron.put("name", name));
            cron.put("schedule", document.schedule.get());
            cron.put("templated", "true");
            int line = document.scheduleLine.orElse(document.kindLine);
            findings.add(file.finding(DescriptorFactKinds.CRON, line, line, anchor + ".spec.schedule", cron));
        }
    }

    private static Optional<String> factKind(String kind, String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (group.equals("kyverno.io") && (kind.equals("ClusterPolicy") || kind.equals("Policy"))) {
            return Optional.of(DescriptorFactKinds.KYVERNO_POLICY);
        }
        if (group.equals("constraints.gatekeeper.sh")) {
            return Optional.of(DescriptorFactKinds.GATEKEEPER_CONSTRAINT);
        }
        if (WORKLOADS.contains(kind) && (!kind.equals("Rollout") || group.equals("argoproj.io"))) {
            return Optional.of(DescriptorFactKinds.KUBERNETES_WORKLOAD);
        }
        boolean argo = DescriptorFactKinds.ARGO_WORKFLOW.equals(OTHER_KINDS.get(kind));
        if (argo && !group.equals("argoproj.io")) {
            return Optional.empty();
        }
        return Optional.ofNullable(OTHER_KINDS.get(kind));
    }

    /** The chart folder of {@code charts/orders/templates/deployment.yaml} is {@code charts/orders}. */
    static Optional<String> chartPath(String path) {
        String rooted = "/" + path;
        int templates = rooted.lastIndexOf("/templates/");
        return templates < 0 ? Optional.empty() : Optional.of(templates == 0 ? "" : rooted.substring(1, templates));
    }
}
