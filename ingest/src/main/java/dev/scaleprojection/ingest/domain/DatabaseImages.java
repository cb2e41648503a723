package dev.scaleprojection.ingest.domain;

import dev.scaleprojection.domain.ContainerImages;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folders whose Dockerfiles only build a database's image ({@code FROM mariadb:10.4}, {@code FROM
 * mcr.microsoft.com/mssql/server:2022-latest}) with its schema and seed scripts: the state store of the components that
 * use it, not a deployable of its own. Judged by the words of the base image's name ({@link ContainerImages}).
 */
final class DatabaseImages {

    private static final Set<String> INITIALIZER_SUFFIXES = Set.of("init", "setup", "seed");

    private DatabaseImages() {
    }

    /** The folders of Dockerfiles whose every final image is a database's. */
    static Set<String> folders(Collection<Finding> findings) {
        Set<String> databases = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(DockerfileDetector.DOCKERFILE)) {
                String folder = DeployableCandidates.folderOf(finding.path());
                (isDatabase(finding.attribute("baseImage")) ? databases : others).add(folder);
            }
        }
        databases.removeAll(others);
        return databases;
    }

    /**
     * The folders of Dockerfiles that prepare one of those databases and serve nothing: named after its folder with an
     * {@code -init}, {@code -setup} or {@code -seed} suffix and exposing no port (ftgo's {@code dynamodblocal-init}
     * beside {@code dynamodblocal}, which waits for it and creates its tables). A job of the store's, no component.
     */
    static Set<String> initializers(Collection<Finding> findings, Set<String> databases) {
        Set<String> stores = new TreeSet<>();
        databases.forEach(folder -> stores.add(folder.substring(folder.lastIndexOf('/') + 1)));
        Set<String> initializers = new TreeSet<>();
        Set<String> serving = new TreeSet<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(DockerfileDetector.DOCKERFILE)) {
                String folder = DeployableCandidates.folderOf(finding.path());
                String name = folder.substring(folder.lastIndexOf('/') + 1);
                int dash = name.lastIndexOf('-');
                boolean prepares = dash > 0 && INITIALIZER_SUFFIXES.contains(name.substring(dash + 1))
                        && stores.contains(name.substring(0, dash));
                (prepares && finding.attribute("exposedPorts").isEmpty() ? initializers : serving).add(folder);
            }
        }
        initializers.removeAll(serving);
        return initializers;
    }

    /** The image (registry, path and tag) names a database: {@code mysql:8}, {@code bitnami/postgresql}. */
    static boolean isDatabase(String image) {
        return ContainerImages.roleOf(image).filter(role -> role == ContainerImages.Role.DATABASE).isPresent();
    }
}
