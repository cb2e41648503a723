package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.ContainerImages;
import dev.scaleprojection.domain.Level;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers where a component stands from its facts, on each axis its facts speak to (an axis without evidence is left
 * out rather than guessed). The overall level is the isolation level — how the component is deployed — since that is
 * where a projection to the next level starts; the other axes are reported beside it.
 */
public final class LevelInference {

    private LevelInference() {
    }

    public static ComponentLevels infer(Collection<Fact> facts) {
        Map<Axis, Level> byAxis = new EnumMap<>(Axis.class);
        byAxis.put(Axis.ISOLATION, Level.SCRIPT);
        Set<String> infrastructure = infrastructureServices(facts);
        Set<String> switchedOff = switchedOff(facts);
        for (Fact fact : facts) {
            // an object of a Kustomize component no kustomization of the repository opts into is not deployed
            if (!fact.attribute("optIn").isBlank()) {
                continue;
            }
            // the switch's key is built only for an access fact where a chart turns switches off: rarely
            if (!fact.kind().startsWith("access.") || switchedOff.isEmpty()
                    || !switchedOff.contains(fact.attribute("chartPath") + " " + fact.attribute("condition"))) {
                evidenceOf(fact, infrastructure).ifPresent(evidence -> byAxis.merge(evidence.axis(), evidence.level(), Level::max));
            }
        }
        return ComponentLevels.of(byAxis.get(Axis.ISOLATION), byAxis);
    }

    /** The compose services among the facts that run infrastructure images, as "file service" keys. */
    private static Set<String> infrastructureServices(Collection<Fact> facts) {
        Set<String> services = new HashSet<>();
        for (Fact fact : facts) {
            if (fact.kind().equals("deployment.compose-service") && ContainerImages.roleOf(fact.attribute("image")).isPresent()) {
                services.add(fact.evidence().path() + " " + fact.attribute("service"));
            }
        }
        return services;
    }

    /**
     * The switches a chart's default values turn off, as "chart switch" keys: a network policy, role or ingress templated
     * inside {@code {{ if .Values.networkPolicies.create }}} with {@code networkPolicies.create: false} in the chart's
     * values.yaml is opt-in, not enforced, and raises no access level.
     */
    private static Set<String> switchedOff(Collection<Fact> facts) {
        Set<String> switches = new HashSet<>();
        for (Fact fact : facts) {
            if (!fact.kind().equals("deployment.helm-values")) {
                continue;
            }
            String path = fact.evidence().path();
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            // only the chart's own defaults: an environment's values-prod.yaml may turn the switch on
            if ((name.equals("values.yaml") || name.equals("values.yml")) && !fact.attribute("disabled").isBlank()) {
                for (String disabled : fact.attribute("disabled").split(",")) {
                    switches.add((slash < 0 ? "" : path.substring(0, slash)) + " " + disabled);
                }
            }
        }
        return switches;
    }

    /**
     * A compose service or Aspire resource is composed with others when it depends on a service — not when it runs
     * infrastructure itself (a Grafana beside its Prometheus), nor when all it depends on is infrastructure the same
     * compose file runs (its database, cache or broker).
     */
    private static Level deployedLevel(Fact fact, Set<String> infrastructure) {
        String dependsOn = fact.attribute("dependsOn");
        if (dependsOn.isBlank() || infrastructure.contains(fact.evidence().path() + " " + fact.attribute("service"))) {
            return Level.SERVICE;
        }
        for (String dependency : dependsOn.split(",")) {
            if (!infrastructure.contains(fact.evidence().path() + " " + dependency.trim())) {
                return Level.COMPOSED;
            }
        }
        return Level.SERVICE;
    }

    private record AxisEvidence(Axis axis, Level level) {
    }

    private static Optional<AxisEvidence> evidenceOf(Fact fact, Set<String> infrastructure) {
        String kind = fact.kind();
        return Optional.ofNullable(switch (kind) {
            case "build.manifest" -> new AxisEvidence(Axis.ISOLATION, Level.PROJECT);
            case "deployment.dockerfile" -> new AxisEvidence(Axis.ISOLATION, Level.SERVICE);
            case "deployment.compose-service", "deployment.aspire-resource" ->
                    new AxisEvidence(Axis.ISOLATION, deployedLevel(fact, infrastructure));
            case "deployment.kubernetes-workload", "deployment.helm-chart", "deployment.kustomization", "deployment.autoscaler" ->
                    new AxisEvidence(Axis.ISOLATION, Level.ORCHESTRATED);
            // only the default when the environment or configuration names no database: the store is the one named
            case "state.embedded-database" -> new AxisEvidence(Axis.STATE,
                    TitleTemplate.noValue("overriddenBy", fact.attribute("overriddenBy")) ? Level.SCRIPT : Level.SERVICE);
            case "state.persistent-volume-claim" -> new AxisEvidence(Axis.STATE, Level.ORCHESTRATED);
            case "access.ingress" -> new AxisEvidence(Axis.ACCESS, Level.SERVICE);
            case "access.network-policy", "access.rbac" -> new AxisEvidence(Axis.ACCESS, Level.GOVERNED);
            case "observability.logging" -> new AxisEvidence(Axis.OBSERVABILITY, Level.PROJECT);
            case "observability.metrics" -> new AxisEvidence(Axis.OBSERVABILITY, Level.SERVICE);
            case "observability.tracing" -> new AxisEvidence(Axis.OBSERVABILITY, Level.COMPOSED);
            case "delivery.ci-workflow" -> new AxisEvidence(Axis.DIRECTED, Level.PROJECT);
            case "orchestration.airflow-dag", "orchestration.argo-workflow", "orchestration.temporal-workflow", "orchestration.cron" ->
                    new AxisEvidence(Axis.DIRECTED, Level.ORCHESTRATED);
            case "governance.opa-policy", "governance.kyverno-policy", "governance.gatekeeper-constraint" ->
                    new AxisEvidence(Axis.DIRECTED, Level.GOVERNED);
            default -> kind.startsWith("contract.") ? new AxisEvidence(Axis.CONTEXT, Level.COMPOSED)
                    : kind.startsWith("endpoint.") && isDataStore(fact) ? new AxisEvidence(Axis.STATE, Level.SERVICE)
                    : null;
        });
    }

    /** Every database, cache or search engine the endpoint detectors name ("database": a key that says db, datasource). */
    private static boolean isDataStore(Fact fact) {
        return switch (fact.attribute("technology")) {
            case "postgresql", "mysql", "sqlserver", "oracle", "mongodb", "redis", "cassandra", "elasticsearch", "mariadb", "db2",
                 "memcached", "clickhouse", "influxdb", "neo4j", "couchbase", "arangodb", "database" -> true;
            default -> false;
        };
    }
}
