package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may reach what over the network. A NetworkPolicy gives {@code access.network-policy}: the pods it selects (its
 * {@code app} label naming the workload), its policy types, rule counts and which directions it denies by default. An Ingress, a Gateway (Gateway API or Istio), an
 * HTTPRoute or GRPCRoute, or an OpenShift Route gives {@code access.ingress} with the hosts it serves, TLS and backends.
 */
final class KubernetesNetworkAccess {

    private KubernetesNetworkAccess() {
    }

    static List<Finding> read(KubernetesObject object, DescriptorFile file) {
        Optional<Map<String, String>> attributes = Optional.empty();
        String kind = DescriptorFactKinds.INGRESS;
        if (object.is("networking.k8s.io", "NetworkPolicy")) {
            attributes = Optional.of(networkPolicy(object));
            kind = DescriptorFactKinds.NETWORK_POLICY;
        } else if (object.is("networking.k8s.io", "Ingress") || object.is("extensions", "Ingress")) {
            attributes = Optional.of(ingress(object));
        } else if (object.is("gateway.networking.k8s.io", "Gateway") || object.is("networking.istio.io", "Gateway")) {
            attributes = Optional.of(gateway(object));
        } else if (object.is("gateway.networking.k8s.io", "HTTPRoute", "GRPCRoute") || object.is("route.openshift.io", "Route")) {
            attributes = Optional.of(route(object));
        }
        String factKind = kind;
        return attributes.map(found -> List.of(file.finding(factKind, object.startLine(), object.endLine(), object.reference(),
                found))).orElse(List.of());
    }

    private static Map<String, String> networkPolicy(KubernetesObject object) {
        Map<String, String> attributes = base(object);
        TreeNode root = object.root();
        List<String> selector = new ArrayList<>();
        TreePaths.mapping(root, "spec", "podSelector", "matchLabels").ifPresent(labels -> labels.entries().forEach(entry ->
                selector.add(entry.key() + "=" + TreePaths.scalar(entry.value()).orElse(""))));
        boolean matchExpressions = !TreePaths.items(root, "spec", "podSelector", "matchExpressions").isEmpty();
        attributes.put("podSelector", selector.isEmpty() && !matchExpressions ? "all" : String.join(",", selector));
        TreePaths.scalar(root, "spec", "podSelector", "matchLabels", "app")
                .or(() -> TreePaths.scalar(root, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name"))
                .ifPresent(app -> attributes.put(DescriptorFactKinds.WORKLOAD_ATTRIBUTE, app));
        List<String> types = new ArrayList<>(TreePaths.scalars(root, "spec", "policyTypes"));
        boolean egress = TreePaths.at(root, "spec", "egress").isPresent();
        if (types.isEmpty()) {
            types.add("Ingress");
            if (egress) {
                types.add("Egress");
            }
        }
        putList(attributes, "policyTypes", types);
        int ingressRules = TreePaths.items(root, "spec", "ingress").size();
        int egressRules = TreePaths.items(root, "spec", "egress").size();
        attributes.put("ingressRules", Integer.toString(ingressRules));
        attributes.put("egressRules", Integer.toString(egressRules));
        List<String> denies = new ArrayList<>();
        if (types.contains("Ingress") && ingressRules == 0) {
            denies.add("ingress");
        }
        if (types.contains("Egress") && egressRules == 0) {
            denies.add("egress");
        }
        putList(attributes, "denies", denies);
        return attributes;
    }

    private static Map<String, String> ingress(KubernetesObject object) {
        Map<String, String> attributes = base(object);
        TreeNode root = object.root();
        List<String> hosts = new ArrayList<>();
        List<String> backends = new ArrayList<>();
        for (TreeNode.Mapping rule : TreePaths.mappings(root, "spec", "rules")) {
            TreePaths.scalar(rule, "host").ifPresent(hosts::add);
            for (TreeNode.Mapping path : TreePaths.mappings(rule, "http", "paths")) {
                TreePaths.scalar(path, "backend", "service", "name").or(() -> TreePaths.scalar(path, "backend", "serviceName"))
                        .ifPresent(backends::add);
            }
        }
        TreePaths.mappings(root, "spec", "tls").forEach(tls -> hosts.addAll(TreePaths.scalars(tls, "hosts")));
        TreePaths.scalar(root, "spec", "defaultBackend", "service", "name").ifPresent(backends::add);
        putList(attributes, "hosts", hosts);
        attributes.put("tls", Boolean.toString(!TreePaths.items(root, "spec", "tls").isEmpty()));
        putList(attributes, "backends", backends);
        put(attributes, "ingressClass", TreePaths.scalar(root, "spec", "ingressClassName")
                .or(() -> TreePaths.scalar(root, "metadata", "annotations", "kubernetes.io/ingress.class")));
        return attributes;
    }

    private static Map<String, String> gateway(KubernetesObject object) {
        Map<String, String> attributes = base(object);
        TreeNode root = object.root();
        List<String> hosts = new ArrayList<>();
        boolean tls = false;
        for (TreeNode.Mapping listener : TreePaths.mappings(root, "spec", "listeners")) {
            TreePaths.scalar(listener, "hostname").ifPresent(hosts::add);
            tls |= TreePaths.scalar(listener, "protocol").filter(p -> p.equals("HTTPS") || p.equals("TLS")).isPresent();
        }
        for (TreeNode.Mapping server : TreePaths.mappings(root, "spec", "servers")) {
            hosts.addAll(TreePaths.scalars(server, "hosts"));
            tls |= TreePaths.at(server, "tls").isPresent();
        }
        putList(attributes, "hosts", hosts);
        attributes.put("tls", Boolean.toString(tls));
        put(attributes, "gatewayClass", TreePaths.scalar(root, "spec", "gatewayClassName"));
        return attributes;
    }

    private static Map<String, String> route(KubernetesObject object) {
        Map<String, String> attributes = base(object);
        TreeNode root = object.root();
        List<String> hosts = new ArrayList<>(TreePaths.scalars(root, "spec", "hostnames"));
        TreePaths.scalar(root, "spec", "host").ifPresent(hosts::add);
        List<String> backends = new ArrayList<>();
        TreePaths.mappings(root, "spec", "rules").forEach(rule -> TreePaths.mappings(rule, "backendRefs")
                .forEach(ref -> TreePaths.scalar(ref, "name").ifPresent(backends::add)));
        TreePaths.scalar(root, "spec", "to", "name").ifPresent(backends::add);
        putList(attributes, "hosts", hosts);
        putList(attributes, "backends", backends);
        putList(attributes, "parents", TreePaths.mappings(root, "spec", "parentRefs").stream()
                .flatMap(ref -> TreePaths.scalar(ref, "name").stream()).toList());
        if (object.kind().equals("Route")) {
            attributes.put("tls", Boolean.toString(TreePaths.at(root, "spec", "tls").isPresent()));
        }
        return attributes;
    }

    private static Map<String, String> base(KubernetesObject object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", object.kind());
        attributes.put("name", object.name());
        put(attributes, "namespace", object.namespace());
        return attributes;
    }
}
