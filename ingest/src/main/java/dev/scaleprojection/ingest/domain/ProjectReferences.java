package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code <ProjectReference Include="..\Ordering.Domain\Ordering.Domain.csproj" />} of a .NET project file. */
final class ProjectReferences {

    private static final Pattern REFERENCE = Pattern.compile("<ProjectReference\\s+Include\\s*=\\s*\"([^\"]+)\"");

    private ProjectReferences() {
    }

    static List<ComponentMarker.ProjectReference> of(SourceFile file) {
        String name = file.name();
        if (!name.endsWith(".csproj") && !name.endsWith(".fsproj") && !name.endsWith(".vbproj")
                || !file.content().contains("ProjectReference")) {
            return List.of();
        }
        List<ComponentMarker.ProjectReference> references = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(file.content());
        while (reference.find()) {
            ComposeDetector.resolve(file.folder(), reference.group(1).replace('\\', '/'))
                    .ifPresent(path -> references.add(new ComponentMarker.ProjectReference(file.path(), path)));
        }
        return List.copyOf(references);
    }
}
