package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileRoleNamesTest {

    private static final Map<String, GuardedPattern> PATTERNS = Map.of("example", FileRoleNames.EXAMPLE,
            "documentation", FileRoleNames.DOCUMENTATION, "build", FileRoleNames.BUILD, "deployment", FileRoleNames.DEPLOYMENT,
            "yaml", FileRoleNames.YAML, "manifest format", FileRoleNames.MANIFEST_FORMAT,
            "configuration", FileRoleNames.CONFIGURATION,
            "configuration in a configuration folder", FileRoleNames.CONFIGURATION_IN_CONFIGURATION_FOLDER,
            "kubernetes object", FileRoleNames.KUBERNETES_OBJECT);

    /** Pieces of names: every guard word, the patterns' other literal parts, and filler. */
    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>(List.of("a", "app", "x1", "-", "_", ".", "..", "docker-", "v1.2", ".txt", ".js",
                ".ts", ".mjs", ".cjs", ".mts", ".json", ".yml", ".yaml", ".xml", ".py", ".java", ".tfvars", ".crontab", "tab",
                ".i", "nfo", ".md5", ".env.", "-dist", "test", "service", "values", "\u00e9", "\u212a", "k"));
        PATTERNS.values().forEach(pattern -> fragments.addAll(pattern.words()));
        return fragments;
    }

    @Test
    void theGuardRefusesNoNameThePatternAccepts() {
        List<String> fragments = fragments();
        Random random = new Random(3);
        Map<String, Integer> accepted = new java.util.TreeMap<>();
        for (int round = 0; round < 40_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int piece = 0; piece < 1 + random.nextInt(4); piece++) {
                name.append(fragments.get(random.nextInt(fragments.size())));
            }
            String lowerName = name.toString();
            PATTERNS.forEach((kind, guarded) -> {
                boolean matches = guarded.pattern().matcher(lowerName).matches();
                assertThat(guarded.matches(lowerName)).as("%s: %s", kind, lowerName).isEqualTo(matches);
                accepted.merge(kind, matches ? 1 : 0, Integer::sum);
            });
        }
        assertThat(accepted).allSatisfy((kind, count) -> assertThat(count).as(kind).isGreaterThan(100));
    }

    @Test
    void readsTheRolesOfTypicalNames() {
        assertThat(FileRoleNames.DEPLOYMENT.matches("dockerfile.prod")).isTrue();
        assertThat(FileRoleNames.DEPLOYMENT.matches("main.tf")).isTrue();
        assertThat(FileRoleNames.DEPLOYMENT.matches("orderservice.java")).isFalse();
        assertThat(FileRoleNames.DOCUMENTATION.matches("readme")).isTrue();
        assertThat(FileRoleNames.DOCUMENTATION.matches("notes.md")).isTrue();
        assertThat(FileRoleNames.BUILD.matches("vite.config.ts")).isTrue();
        assertThat(FileRoleNames.EXAMPLE.matches(".env.example")).isTrue();
        assertThat(FileRoleNames.CONFIGURATION.matches("application-prod.yml")).isTrue();
        assertThat(FileRoleNames.KUBERNETES_OBJECT.matches("app-configmap.yaml")).isTrue();
        assertThat(FileRoleNames.YAML.matches(".yml")).isFalse();
    }
}
