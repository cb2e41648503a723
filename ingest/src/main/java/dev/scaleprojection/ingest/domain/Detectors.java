package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The detectors a scan runs, in a fixed order; descriptor and configuration parsing goes through {@code yaml}, each
 * text parsed once for all of them ({@link RecentYaml}).
 */
public final class Detectors {

    private Detectors() {
    }

    public static List<Detector> defaults(YamlParser parser) {
        YamlParser yaml = RecentYaml.of(parser);
        List<Detector> detectors = new ArrayList<>(List.of(new HardcodedEndpointDetector(), new ConfiguredEndpointDetector(yaml),
                new EmbeddedDatabaseDetector(yaml), new DockerfileDetector(), new ComposeDetector(yaml),
                new BuildManifestDetector(), new MachinePathDetector(), new TuningDetector(yaml), new PersonalDataDetector(),
                new TenantIdentifierDetector(), new CrossContextReferenceDetector(), new InternalServiceCallDetector(),
                new SharedStateDetector(), new ObservabilityDetector(yaml), new PublishedLanguageDetector(yaml),
                new ReferenceByIdDetector(), new ChangeDataCaptureDetector()));
        detectors.addAll(descriptors(yaml));
        return List.copyOf(detectors);
    }

    /** Deployment descriptors, pipelines, schedulers and policies beyond Dockerfiles and Compose. */
    public static List<Detector> descriptors(YamlParser parser) {
        YamlParser yaml = RecentYaml.of(parser);
        return List.of(new KubernetesManifestDetector(yaml), new HelmChartDetector(yaml), new KustomizationDetector(yaml),
                new CiWorkflowDetector(yaml), new CrontabDetector(), new RegoPolicyDetector(), new AirflowDagDetector(),
                new TemporalWorkflowDetector(), new AspireAppHostDetector());
    }

    /** The roles of file at least one of {@code detectors} looks at. */
    public static Set<FileRole> rolesOf(List<Detector> detectors) {
        Set<FileRole> roles = EnumSet.noneOf(FileRole.class);
        detectors.forEach(detector -> roles.addAll(detector.roles()));
        return roles;
    }
}
