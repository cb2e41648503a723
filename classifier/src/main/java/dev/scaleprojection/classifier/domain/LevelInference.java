package dev.scaleprojection.classifier.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Axis;
import java.util.Collection;
import java.util.Map;

/**
 * Infers where a component stands from its facts. Isolation: a build manifest makes it a Project, a container image a
 * Service, a compose service wired to others Composed, an orchestrator workload Orchestrated. The overall level is the
 * isolation level until the other axes have facts of their own.
 */
public final class LevelInference {

    private LevelInference() {
    }

    public static ComponentLevels infer(Collection<Fact> facts) {
        Level isolation = Level.SCRIPT;
        for (Fact fact : facts) {
            isolation = Level.max(isolation, isolationLevelOf(fact));
        }
        return ComponentLevels.of(isolation, Map.of(Axis.ISOLATION, isolation));
    }

    private static Level isolationLevelOf(Fact fact) {
        return switch (fact.kind()) {
            case "build.manifest" -> Level.PROJECT;
            case "deployment.dockerfile" -> Level.SERVICE;
            case "deployment.compose-service" -> fact.attribute("dependsOn").isBlank() ? Level.SERVICE : Level.COMPOSED;
            case "deployment.kubernetes-workload" -> Level.ORCHESTRATED;
            default -> Level.SCRIPT;
        };
    }
}
