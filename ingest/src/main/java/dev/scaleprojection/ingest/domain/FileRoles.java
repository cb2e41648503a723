package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a repository-relative path into a {@link FileRole} from its folders and name alone. Checks run from the
 * most excluding role (generated, test, example, documentation) to the least, so a compose file under {@code examples/}
 * is an example, not a deployment. Folders below {@code src/main/<language>/} are package names and carry no role.
 * YAML that is nothing else (no configuration, build, documentation or test name or folder) counts as a deployment
 * descriptor: Kubernetes, Argo and policy manifests live anywhere, and their detectors recognize them by content.
 */
public final class FileRoles {

    private static final Set<String> GENERATED_DIRS = Set.of("target", "build", "dist", "out", "generated", "__generated__",
            "generated-sources", "generated-test-sources", "node_modules", "vendor", ".next", ".nuxt", "coverage", "obj",
            "__pycache__", ".venv", "venv", ".gradle", ".terraform", ".tox", ".yarn");
    private static final Set<String> WEB_ASSET_DIRS = Set.of("static", "public", "assets", "wwwroot");
    private static final Set<String> VENDORED_ASSET_DIRS = Set.of("lib", "libs", "vendors", "bower_components");
    /** A library's distribution copied as it was released: {@code pdfjs-4.2.67-dist}, {@code bootstrap-5.3.2}. */
    private static final Pattern VENDORED_RELEASE_DIR = Pattern.compile("[a-z][\\w.-]*?(-dist|[-_]v?\\d+\\.\\d+(\\.\\d+)*(-[\\w.]+)?)");
    private static final Pattern GENERATED_NAME = Pattern.compile(
            ".*(\\.pb\\.go|\\.pb\\.gw\\.go|_pb2\\.py|_pb2_grpc\\.py|\\.pb\\.cc|\\.pb\\.h|\\.g\\.cs|\\.g\\.i\\.cs|\\.designer\\.cs"
                    + "|modelsnapshot\\.cs|_generated\\.go|_gen\\.go|\\.min\\.js|\\.min\\.css|\\.bundle\\.js|\\.d\\.ts|\\.lock"
                    + "|package-lock\\.json|pnpm-lock\\.yaml|go\\.sum)|zz_generated.*|.*\\.generated\\..*");

    /** Every suffix {@link #GENERATED_NAME} accepts after its leading {@code .*}. */
    private static final List<String> GENERATED_SUFFIXES = List.of(".pb.go", ".pb.gw.go", "_pb2.py", "_pb2_grpc.py", ".pb.cc",
            ".pb.h", ".g.cs", ".g.i.cs", ".designer.cs", "modelsnapshot.cs", "_generated.go", "_gen.go", ".min.js", ".min.css",
            ".bundle.js", ".d.ts", ".lock", "package-lock.json", "pnpm-lock.yaml", "go.sum");

    /** Also Go's {@code _examples} (watermill's), which the go tool leaves out of the build by its leading underscore. */
    private static final Set<String> EXAMPLE_DIRS = Set.of("example", "examples", "sample", "samples", "demo", "demos",
            "quickstart", "quickstarts", "tutorial", "tutorials", "playground", "_example", "_examples", "_samples", "_demo");

    private static final Set<String> DOC_DIRS = Set.of("docs", "doc", "documentation", "javadoc", "website", "wiki", "adr");

    private static final Set<String> BUILD_DIRS = Set.of(".github", ".circleci", ".gitlab", ".buildkite", ".devcontainer",
            "hack", ".mvn", ".azure-pipelines", ".azuredevops", "webpack", ".nuke", ".semgrep", ".scripts");
    /**
     * Developers' and release tooling at the repository's root, beside the product: umami's scripts/seed and
     * scripts/telemetry.js (run after a build), netbox's scripts/smoketest_configuration.py, fastapi's
     * scripts/prepare_release.py; the generators of demo data (eShopSupport's seeddata/DataGenerator). A root
     * {@code tools} folder is often a product of its own (Kafka's, watermill's mill).
     */
    private static final Set<String> ROOT_TOOLING_DIRS = Set.of("scripts", "script", "seed", "seeds", "seeddata");
    /**
     * Scripts at the repository's root that fill a development database with made-up rows (CTFd's populate.py, a
     * seed.ts), or beside a database's schema (Prisma's {@code prisma/seed.ts}, a {@code db/seeds.py}): run by hand
     * beside the product, never part of it.
     */
    private static final Set<String> ROOT_DATA_GENERATOR_STEMS = Set.of("populate", "seed", "seeds", "seed_data",
            "seed-data", "seeddata");
    private static final Set<String> SCHEMA_DIRS = Set.of("prisma", "db", "database");
    private static final Set<String> BUILD_NAMES = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts", "gradle.properties", "gradlew", "gradlew.bat", "mvnw", "mvnw.cmd", "package.json",
            "go.mod", "go.work", "pyproject.toml", "setup.py", "setup.cfg", "pipfile", "tox.ini", "noxfile.py", "makefile",
            "gnumakefile", "cmakelists.txt", "directory.build.props", "directory.build.targets", "nuget.config",
            "global.json", "cargo.toml", "build.sbt", "gemfile", "rakefile", "jsconfig.json", "jenkinsfile",
            ".gitlab-ci.yml", ".travis.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", "cloudbuild.yaml",
            "earthfile", "taskfile.yml", "justfile", ".pre-commit-config.yaml", ".golangci.yml", ".golangci.yaml",
            "codecov.yml", "renovate.json", ".babelrc", ".editorconfig", "libs.versions.toml", "pnpm-workspace.yaml",
            "buf.yaml", "buf.gen.yaml", "buf.work.yaml", "environment.yml", "environment.yaml", "lychee.toml",
            ".gitpod.dockerfile", ".gitpod.yml",
            ".lychee.toml");

    private static final Set<String> DEPLOYMENT_DIRS = Set.of("k8s", "kubernetes", "kube", "helm", "charts", "chart", "deploy",
            "deployment", "deployments", "manifests", "kustomize", "terraform", "infra", "infrastructure", "argocd",
            "openshift", "cdk", "pulumi", "cron.d", "crontabs");
    /** Folders of a kubebuilder / operator-sdk project's {@code config/}: Kustomize bases of the operator's manifests. */
    private static final Set<String> OPERATOR_CONFIG_DIRS = Set.of("manager", "rbac", "crd", "default", "webhook",
            "prometheus", "certmanager", "network-policy", "manifests", "scorecard");

    private static final Set<String> CONFIG_DIRS = Set.of("config", "configs", "conf", "configuration", "settings", "resources",
            "etc");

    private static final Set<String> JVM_SOURCE_ROOTS = Set.of("java", "kotlin", "scala", "groovy");
    private static final Set<String> IGNORED_DIRS = Set.of(".vscode", ".idea", ".git");
    private static final Set<String> IGNORED_NAMES = Set.of("launchsettings.json", "catalog-info.yaml", "catalog-info.yml");

    private static final int KEPT = 4;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /**
     * The last paths classified on this thread with their roles, replaced in turn: a scanner and then its detectors ask
     * about the same file, with a folder probe or two in between. Also what the last folder met tells.
     */
    private static final class Recent {
        private final String[] paths = new String[KEPT];
        private final FileRole[] roles = new FileRole[KEPT];
        private int next;
        private String folder;
        private PathFolders folders;

        /** {@link #pathFolders} of a path; for one with a name, those of the part before its last '/', kept. */
        PathFolders folders(String path) {
            int slash = path.lastIndexOf('/');
            if (slash < 0 || slash == path.length() - 1) {
                return pathFolders(path);
            }
            if (folder == null || folder.length() != slash || !path.startsWith(folder)) {
                folder = path.substring(0, slash);
                folders = pathFolders(path);
            }
            return folders;
        }
    }

    private FileRoles() {
    }

    public static FileRole classify(String path) {
        Recent recent = RECENT.get();
        for (int i = 0; i < KEPT; i++) {
            if (path.equals(recent.paths[i])) {
                return recent.roles[i];
            }
        }
        FileRole role = classifyOnce(path, recent);
        recent.paths[recent.next] = path;
        recent.roles[recent.next] = role;
        recent.next = (recent.next + 1) % KEPT;
        return role;
    }

    private static FileRole classifyOnce(String path, Recent recent) {
        // a search for the backslash (which a scan's paths never hold) is cheaper than replace's own pass over the path
        String slashed = path.indexOf('\\') < 0 ? path : path.replace('\\', '/');
        // most paths are relative already: the pattern only where it can match
        String normalized = slashed.startsWith("/") || slashed.startsWith("./")
                ? Regexes.replaceFirst(slashed, "^(\\./|/)+", "") : slashed;
        String name = normalized.substring(normalized.lastIndexOf('/') + 1);
        String lowerName = name.toLowerCase(Locale.ROOT);
        PathFolders folders = recent.folders(normalized);
        List<String> dirs = folders.structural();
        // the language of a path is that of its name, and extensions are compared in lower case
        boolean code = Language.of(lowerName) != Language.OTHER;
        if (folders.ignored() || IGNORED_NAMES.contains(lowerName)) {
            return FileRole.OTHER;
        }
        if (folders.generated() || mayBeGenerated(lowerName) && GENERATED_NAME.matcher(lowerName).matches()) {
            return FileRole.GENERATED;
        }
        if (folders.test() || TestPaths.isTestName(dirs, name, lowerName)) {
            return FileRole.TEST_CODE;
        }
        if (folders.example() || FileRoleNames.EXAMPLE.matches(lowerName)) {
            return FileRole.EXAMPLE;
        }
        if (folders.documentation() || FileRoleNames.DOCUMENTATION.matches(lowerName)) {
            return FileRole.DOCUMENTATION;
        }
        if (folders.build() || code && folders.developmentData()
                || code && (dirs.isEmpty() || SCHEMA_DIRS.contains(dirs.get(dirs.size() - 1).toLowerCase(Locale.ROOT)))
                && ROOT_DATA_GENERATOR_STEMS.contains(stem(lowerName))
                || BUILD_NAMES.contains(lowerName) || FileRoleNames.BUILD.matches(lowerName)) {
            return FileRole.BUILD;
        }
        boolean settingsFile = !code && FileRoleNames.CONFIGURATION.matches(lowerName)
                && !FileRoleNames.MANIFEST_FORMAT.matches(lowerName);
        // code counts as deployment only at the top of the tree (infra/stack.ts); Java packages named deploy do not
        boolean deploymentFolder = code ? folders.topDeployment() : folders.deployment();
        if (FileRoleNames.DEPLOYMENT.matches(lowerName) || deploymentFolder && !settingsFile
                || folders.operatorConfig() && FileRoleNames.YAML.matches(lowerName)) {
            return FileRole.DEPLOYMENT;
        }
        if (!code && !FileRoleNames.KUBERNETES_OBJECT.matches(lowerName) && (FileRoleNames.CONFIGURATION.matches(lowerName)
                || folders.configuration() && FileRoleNames.CONFIGURATION_IN_CONFIGURATION_FOLDER.matches(lowerName))) {
            return FileRole.CONFIGURATION;
        }
        if (code) {
            return FileRole.PRODUCTION_CODE;
        }
        return FileRoleNames.YAML.matches(lowerName) && !lowerName.startsWith(".") ? FileRole.DEPLOYMENT : FileRole.OTHER;
    }

    /**
     * The role code written in {@code folder} would have: production code, or test, example, documentation, generated,
     * build or deployment code. Tells whether what a folder declares (a catalog entry, a build module) is the real thing.
     */
    public static FileRole codeRoleIn(String folder) {
        return classify(folder.isEmpty() ? "Probe.java" : folder + "/Probe.java");
    }

    /**
     * A script a server hands to browsers as it is, from its web assets ({@code src/main/resources/static/js/main.js},
     * {@code wwwroot/js/site.js}) or a Java web application's root ({@code src/main/webapp/}, where jhipster keeps its
     * Angular client): it runs in each user's browser, not in the component.
     */
    public static boolean isBrowserScript(String path) {
        Language language = Language.of(path);
        String normalized = path.replace('\\', '/');
        return (language == Language.JAVASCRIPT || language == Language.TYPESCRIPT)
                && (anyIn(folders(normalized), WEB_ASSET_DIRS) || normalized.startsWith("src/main/webapp/")
                || normalized.contains("/src/main/webapp/"));
    }

    /**
     * Third-party browser libraries copied under the web assets: {@code static/js/lib/}, {@code wwwroot/lib/},
     * {@code wwwroot/pdfjs-4.2.67-dist/} (eShopSupport's staff UI).
     */
    private static boolean isVendoredAsset(List<String> dirs) {
        boolean underAssets = false;
        for (String dir : dirs) {
            if (underAssets && (VENDORED_ASSET_DIRS.contains(dir) || VENDORED_RELEASE_DIR.matcher(dir).matches())) {
                return true;
            }
            underAssets |= WEB_ASSET_DIRS.contains(dir);
        }
        return false;
    }

    private static boolean isOperatorConfig(List<String> dirs) {
        for (int i = 0; i + 1 < dirs.size(); i++) {
            if (dirs.get(i).equals("config") && OPERATOR_CONFIG_DIRS.contains(dirs.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #GENERATED_NAME} may match: the name ends with one of its suffixes or holds its other words. */
    private static boolean mayBeGenerated(String lowerName) {
        for (String suffix : GENERATED_SUFFIXES) {
            if (lowerName.endsWith(suffix)) {
                return true;
            }
        }
        return lowerName.startsWith("zz_generated") || lowerName.contains(".generated.");
    }

    /** What the folders of {@code path} tell, whatever its name. */
    private static PathFolders pathFolders(String path) {
        List<String> all = List.copyOf(folders(path));
        List<String> dirs = structuralFolders(all);
        return new PathFolders(all, dirs, anyIn(all, IGNORED_DIRS), anyIn(all, GENERATED_DIRS) || isVendoredAsset(all),
                TestPaths.isTestFolder(dirs), anyIn(dirs, EXAMPLE_DIRS), anyIn(dirs, DOC_DIRS),
                anyIn(dirs, BUILD_DIRS) || !dirs.isEmpty() && ROOT_TOOLING_DIRS.contains(dirs.get(0)),
                !dirs.isEmpty() && DEPLOYMENT_DIRS.contains(dirs.get(0)), anyIn(dirs, DEPLOYMENT_DIRS), isOperatorConfig(dirs),
                anyIn(dirs, CONFIG_DIRS), fillsDevelopmentData(dirs));
    }

    /**
     * Folders of code that makes up rows for development and demonstration databases: a seeder project (bitwarden's
     * {@code util/Seeder*}), demo or sample data (fullstackhero's {@code DbMigrator/DemoSeed}), seeds beside a database's
     * schema (documenso's {@code prisma/seed/}); not DDD's {@code SeedWork}, nor a service's own seed module
     * ({@code Catalog/Seed/CatalogSeeder.cs}), run at its start-up. Their Dockerfiles, charts and settings keep their roles.
     */
    private static boolean fillsDevelopmentData(List<String> dirs) {
        for (int i = 0; i < dirs.size(); i++) {
            String folder = dirs.get(i);
            boolean madeUp = folder.startsWith("demo") || folder.startsWith("sample") || folder.startsWith("fake")
                    || folder.startsWith("dummy");
            if (folder.startsWith("seeder")
                    || madeUp && (folder.endsWith("seed") || folder.endsWith("seeds") || folder.endsWith("data"))
                    || (folder.equals("seed") || folder.equals("seeds")) && i > 0 && SCHEMA_DIRS.contains(dirs.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String lowerName) {
        int dot = lowerName.indexOf('.');
        return dot < 0 ? lowerName : lowerName.substring(0, dot);
    }

    private static List<String> folders(String path) {
        List<String> folders = new ArrayList<>();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                folders.add(parts[i].toLowerCase(Locale.ROOT));
            }
        }
        return folders;
    }

    /** Drops JVM package folders: everything after {@code src/<set>/java/}, keeping the source-set name itself. */
    private static List<String> structuralFolders(List<String> folders) {
        for (int i = 0; i + 2 < folders.size(); i++) {
            if (folders.get(i).equals("src") && JVM_SOURCE_ROOTS.contains(folders.get(i + 2))) {
                return folders.subList(0, i + 2);
            }
        }
        return folders;
    }

    private static boolean anyIn(List<String> dirs, Set<String> names) {
        for (String dir : dirs) {
            if (names.contains(dir)) {
                return true;
            }
        }
        return false;
    }
}
