package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy enforced when objects are admitted to a cluster. A Kyverno ClusterPolicy or Policy gives
 * {@code governance.kyverno-policy} (action Audit or Enforce, rule names and types, kinds matched). A Gatekeeper
 * ConstraintTemplate, and each constraint made from one, give {@code governance.gatekeeper-constraint}.
 */
final class AdmissionPolicies {

    private static final List<String> KYVERNO_RULE_TYPES = List.of("validate", "mutate", "generate", "verifyImages");
    private static final Pattern REGO_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.\\[\\]\"]+)");

    private AdmissionPolicies() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String kind;
        if (object.is("kyverno.io", "ClusterPolicy", "Policy")) {
            kind = DescriptorFactKinds.KYVERNO_POLICY;
            kyverno(object, attributes);
        } else if (object.is("templates.gatekeeper.sh", "ConstraintTemplate")) {
            kind = DescriptorFactKinds.GATEKEEPER_CONSTRAINT;
            constraintTemplate(object, attributes);
        } else if (object.group().equals("constraints.gatekeeper.sh")) {
            kind = DescriptorFactKinds.GATEKEEPER_CONSTRAINT;
            constraint(object, attributes);
        } else {
            return List.of();
        }
        return List.of(file.finding(kind, object.startLine(), object.endLine(), object.reference(), attributes));
    }

    private static void kyverno(KubernetesObject object, Map<String, String> attributes) {
        TreeNode root = object.root();
        attributes.put("kind", object.kind());
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        List<TreeNode.Mapping> rules = TreePaths.mappings(root, "spec", "rules");
        String action = TreePaths.scalar(root, "spec", "validationFailureAction").or(() -> rules.stream()
                .flatMap(rule -> TreePaths.scalar(rule, "validate", "failureAction").stream()).findFirst()).orElse("Audit");
        attributes.put("action", action);
        put(attributes, "background", TreePaths.scalar(root, "spec", "background"));
        putList(attributes, "rules", rules.stream().flatMap(rule -> TreePaths.scalar(rule, "name").stream()).toList());
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (TreeNode.Mapping rule : rules) {
            KYVERNO_RULE_TYPES.stream().filter(type -> TreePaths.at(rule, type).isPresent()).forEach(types::add);
            kinds.addAll(TreePaths.scalars(rule, "match", "resources", "kinds"));
            for (String clause : List.of("any", "all")) {
                TreePaths.mappings(rule, "match", clause).forEach(filter -> kinds.addAll(TreePaths.scalars(filter, "resources", "kinds")));
            }
        }
        putList(attributes, "ruleTypes", types);
        putList(attributes, "matchKinds", kinds);
    }

    private static void constraintTemplate(KubernetesObject object, Map<String, String> attributes) {
        TreeNode root = object.root();
        attributes.put("role", "template");
        attributes.put("name", object.name());
        put(attributes, "constraintKind", TreePaths.scalar(root, "spec", "crd", "spec", "names", "kind"));
        List<String> targets = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        for (TreeNode.Mapping target : TreePaths.mappings(root, "spec", "targets")) {
            TreePaths.scalar(target, "target").ifPresent(targets::add);
            TreePaths.scalar(target, "rego").ifPresent(rego -> {
                Matcher matcher = REGO_PACKAGE.matcher(rego);
                if (matcher.find()) {
                    packages.add(matcher.group(1));
                }
            });
        }
        putList(attributes, "targets", targets);
        putList(attributes, "regoPackage", packages);
    }

    private static void constraint(KubernetesObject object, Map<String, String> attributes) {
        TreeNode root = object.root();
        attributes.put("role", "constraint");
        attributes.put("constraintKind", object.kind());
        attributes.put("name", object.name());
        attributes.put("enforcementAction", TreePaths.scalar(root, "spec", "enforcementAction").orElse("deny"));
        List<String> kinds = new ArrayList<>();
        TreePaths.mappings(root, "spec", "match", "kinds").forEach(match -> kinds.addAll(TreePaths.scalars(match, "kinds")));
        putList(attributes, "matchKinds", kinds);
    }
}
