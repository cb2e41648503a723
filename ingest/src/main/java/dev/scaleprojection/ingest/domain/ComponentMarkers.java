package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what files say about components: Backstage catalog entries ({@link BackstageCatalog}) and entry points
 * ({@link EntryPoints}), client apps ({@link ClientApps}). A malformed catalog file is refused with {@link MalformedDocumentException}.
 */
public final class ComponentMarkers {

    private final YamlParser yaml;

    public ComponentMarkers(YamlParser yaml) {
        this.yaml = yaml;
    }

    /**
     * Whether a file of this path and {@link FileRoles role} may hold a marker: a scanner need not read the others for
     * the layout.
     */
    public static boolean wants(String path, FileRole role) {
        return BackstageCatalog.isCatalog(path) || EntryPoints.mayBe(path, role) || ClientApps.mayBe(path);
    }

    public List<ComponentMarker> of(SourceFile file) {
        List<ComponentMarker> markers = new ArrayList<>();
        if (BackstageCatalog.isCatalog(file.path())) {
            markers.addAll(BackstageCatalog.read(file, yaml));
        } else if (EntryPoints.mayBe(file.path(), file.role())) {
            EntryPoints.of(file).ifPresent(markers::add);
            markers.addAll(ProjectReferences.of(file));
        }
        ClientApps.of(file).ifPresent(markers::add);
        return List.copyOf(markers);
    }
}
