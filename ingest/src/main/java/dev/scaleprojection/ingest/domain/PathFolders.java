package dev.scaleprojection.ingest.domain;

import java.util.List;

/**
 * What the folders of a path alone tell about its role ({@link FileRoles}): the folders, lower-cased; the structural
 * ones (without JVM package folders); and whether one is ignored, generated, a test's, an example's, documentation's,
 * build tooling's, deployment's (at the top, or anywhere), an operator's config or configuration, and whether the code
 * in them makes up development data (a seeder project's, demo data). Worked out once per
 * folder, as a scan classifies a folder's files one after another; the rest of the rule reads the file's name.
 */
record PathFolders(List<String> all, List<String> structural, boolean ignored, boolean generated, boolean test,
                   boolean example, boolean documentation, boolean build, boolean topDeployment, boolean deployment,
                   boolean operatorConfig, boolean configuration, boolean developmentData) {
}
