package dev.scaleprojection.ingest.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A build manifest (pom.xml, build.gradle, package.json, go.mod, pyproject.toml, *.csproj …) gives {@code build.manifest} with its tool. */
public final class BuildManifestDetector implements Detector {

    public static final String BUILD_MANIFEST = "build.manifest";
    private static final Map<String, String> TOOLS = Map.ofEntries(Map.entry("pom.xml", "maven"),
            Map.entry("build.gradle", "gradle"), Map.entry("build.gradle.kts", "gradle"), Map.entry("package.json", "npm"),
            Map.entry("go.mod", "go"), Map.entry("pyproject.toml", "python"), Map.entry("setup.py", "python"),
            Map.entry("requirements.txt", "python"), Map.entry("pipfile", "python"), Map.entry("cargo.toml", "cargo"),
            Map.entry("build.sbt", "sbt"), Map.entry("gemfile", "bundler"));

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.BUILD);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.BUILD) {
            return List.of();
        }
        return tool(file.name()).map(tool -> List.of(new Finding(BUILD_MANIFEST, Finding.DEPLOYMENT_DESCRIPTOR, file.path(),
                1, 1, file.name(), "", Map.of("tool", tool)))).orElse(List.of());
    }

    static Optional<String> tool(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csproj") || lower.endsWith(".fsproj") || lower.endsWith(".vbproj")) {
            return Optional.of("dotnet");
        }
        return Optional.ofNullable(TOOLS.get(lower));
    }
}
