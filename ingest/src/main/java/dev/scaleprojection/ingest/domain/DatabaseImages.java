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

    /** The image (registry, path and tag) names a database: {@code mysql:8}, {@code bitnami/postgresql}. */
    static boolean isDatabase(String image) {
        return ContainerImages.roleOf(image).filter(role -> role == ContainerImages.Role.DATABASE).isPresent();
    }
}
