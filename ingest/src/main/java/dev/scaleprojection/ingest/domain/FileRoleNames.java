package dev.scaleprojection.ingest.domain;

/**
 * The file names {@link FileRoles} reads a role from, matched against the lower-cased name. Each pattern comes with the
 * words one of which every match of it holds (its literal parts), so that most names are refused without a matcher:
 * matching each pattern against each name took half of the classification.
 */
final class FileRoleNames {

    static final GuardedPattern EXAMPLE = GuardedPattern.of(
            "(?i)\\.env\\.(example|sample|template|dist|tmpl)|.+\\.(example|sample|template|dist)|.+\\.(example|sample)\\..+",
            ".example", ".sample", ".template", ".dist", ".tmpl");

    static final GuardedPattern DOCUMENTATION = GuardedPattern.of(
            "(?i).+\\.(md|markdown|rst|adoc|asciidoc)|(readme|license|licence|changelog|notice|authors|contributing)(\\..*)?"
                    + "|mkdocs\\.ya?ml|(openapi|swagger|asyncapi).*\\.(ya?ml|json)",
            ".md", ".markdown", ".rst", ".adoc", ".asciidoc", "readme", "license", "licence", "changelog", "notice",
            "authors", "contributing", "mkdocs", "openapi", "swagger", "asyncapi");

    static final GuardedPattern BUILD = GuardedPattern.of(
            "requirements.*\\.txt|.+\\.(csproj|fsproj|vbproj|sln|gemspec)|tsconfig.*\\.json|.+\\.config\\.(js|ts|mjs|cjs|mts)"
                    + "|\\.eslintrc.*|\\.prettierrc.*|jenkinsfile\\..+|.+\\.jenkinsfile|azure-pipelines.*\\.ya?ml"
                    + "|cloudbuild[\\w.-]*\\.ya?ml|bitbucket-pipelines\\.ya?ml",
            "requirements", ".csproj", ".fsproj", ".vbproj", ".sln", ".gemspec", "tsconfig", ".config.", ".eslintrc",
            ".prettierrc", "jenkinsfile", "azure-pipelines", "cloudbuild", "bitbucket-pipelines");

    static final GuardedPattern DEPLOYMENT = GuardedPattern.of(
            "dockerfile([.-].*)?|.+\\.dockerfile|containerfile(\\..*)?|(docker-)?compose.*\\.ya?ml|procfile|serverless\\.ya?ml"
                    + "|fly\\.toml|render\\.yaml|chart\\.yaml|kustomization(\\.ya?ml)?|skaffold\\.ya?ml|.+\\.(tf|tfvars)"
                    + "|\\.dockerignore|.+\\.rego|crontab(\\.[\\w-]+)?|.+\\.(crontab|cron)",
            "dockerfile", "containerfile", "compose", "procfile", "serverless", "fly.toml", "render.yaml", "chart.yaml",
            "kustomization", "skaffold", ".tf", ".dockerignore", ".rego", "crontab", ".cron");

    static final GuardedPattern YAML = GuardedPattern.of(".+\\.ya?ml", ".yml", ".yaml");

    /** In deployment folders YAML and JSON are manifests; other configuration formats (.env, .properties, .conf) are settings. */
    static final GuardedPattern MANIFEST_FORMAT = GuardedPattern.of(".+\\.(ya?ml|json)", ".yml", ".yaml", ".json");

    static final GuardedPattern CONFIGURATION = GuardedPattern.of(
            "(application|bootstrap).*\\.(ya?ml|properties)|appsettings.*\\.json|\\.env(\\..+)?|.+\\.env|.+\\.properties"
                    + "|.+\\.(conf|ini|cfg|toml)|web\\.config|app\\.config|local\\.settings\\.json|.*(config|settings).*\\.(ya?ml|json)"
                    + "|ocelot.*\\.json",
            "application", "bootstrap", "appsettings", ".env", ".properties", ".conf", ".ini", ".cfg", ".toml", "config",
            "settings", "ocelot");

    static final GuardedPattern CONFIGURATION_IN_CONFIGURATION_FOLDER = GuardedPattern.of(".+\\.(ya?ml|json|xml)",
            ".yml", ".yaml", ".json", ".xml");

    /** ConfigMaps and Secrets are Kubernetes objects, whatever "config" their names hold. */
    static final GuardedPattern KUBERNETES_OBJECT = GuardedPattern.of(".*(configmap|config-map|secret).*\\.ya?ml",
            "configmap", "config-map", "secret");

    private FileRoleNames() {
    }
}
