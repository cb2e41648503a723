package dev.scaleprojection.ingest.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The detectors a scan runs, in a fixed order; descriptor and configuration parsing goes through {@code yaml}. */
public final class Detectors {

    private Detectors() {
    }

    public static List<Detector> defaults(YamlParser yaml) {
        return List.of(new HardcodedEndpointDetector(), new ConfiguredEndpointDetector(yaml),
                new EmbeddedDatabaseDetector(yaml), new DockerfileDetector(), new ComposeDetector(yaml),
                new BuildManifestDetector());
    }

    /** The roles of file at least one of {@code detectors} looks at. */
    public static Set<FileRole> rolesOf(List<Detector> detectors) {
        Set<FileRole> roles = EnumSet.noneOf(FileRole.class);
        detectors.forEach(detector -> roles.addAll(detector.roles()));
        return roles;
    }
}
