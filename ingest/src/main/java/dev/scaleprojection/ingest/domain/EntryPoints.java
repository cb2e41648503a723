package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file makes its build module runnable, from code (comments and strings never count) or from a manifest:
 * a Java {@code public static void main} or {@code @SpringBootApplication}, a Kotlin top-level {@code fun main}, a Scala
 * {@code def main}/{@code extends App}; a Go {@code package main} with {@code func main()}; a Python {@code __main__.py},
 * {@code if __name__ == "__main__":} or declared console scripts; a package.json with main (not beside its types), bin
 * or a start script, an Nx project.json of an application, a NestJS program's {@code NestFactory.create(…)} (a Nest CLI
 * monorepo's {@code apps/gateway-service/src/main.ts});
 * a .NET web, worker or executable project (also one executable for some target frameworks only, as MAUI apps are). Only production code and manifests of production folders count.
 */
final class EntryPoints {

    private static final MainPattern JAVA_MAIN = new MainPattern(Pattern.compile(
            "\\b(public\\s+static|static\\s+public)\\s+void\\s+main\\s*\\(|@SpringBootApplication\\b"),
            "public", "static", "@SpringBootApplication");
    private static final MainPattern KOTLIN_MAIN = new MainPattern(
            Pattern.compile("(?m)^fun\\s+main\\s*\\(|@SpringBootApplication\\b"), "fun", "@SpringBootApplication");
    private static final MainPattern SCALA_MAIN = new MainPattern(
            Pattern.compile("\\bdef\\s+main\\s*\\(\\s*args\\b|\\bextends\\s+App\\b|@main\\b"), "def", "extends", "@main");
    private static final Pattern GO_PACKAGE_MAIN = Pattern.compile("(?m)^package\\s+main\\b");
    private static final MainPattern GO_FUNC_MAIN = new MainPattern(Pattern.compile("(?m)^func\\s+main\\s*\\(\\s*\\)"), "func");
    /** A NestJS program's bootstrap, {@code NestFactory.create(AppModule)} or {@code createMicroservice<…>(…)}. */
    private static final MainPattern NEST_BOOTSTRAP = new MainPattern(
            Pattern.compile("\\bNestFactory\\.create(?:Microservice)?\\s*[<(]"), "NestFactory");
    private static final Pattern PYTHON_GUARD = Pattern.compile("if\\s+__name__\\s*==\\s*(['\"])__main__\\1\\s*:");
    private static final Pattern PYTHON_GUARD_CODE = Pattern.compile("(?m)^if\\s+__name__\\s*==\\s*['\"]");
    private static final Pattern PYPROJECT_SCRIPTS = Pattern.compile(
            "(?m)^\\[(project\\.(gui-)?scripts|tool\\.poetry\\.scripts)]\\s*\\n(\\s*(#.*)?\\n)*\\s*[\\w.\"'-]+\\s*=");
    private static final Pattern SETUP_SCRIPTS = Pattern.compile("console_scripts|\\bscripts\\s*=\\s*\\[");
    private static final Pattern DOTNET_RUNNABLE = Pattern.compile(
            "(?i)Sdk\\s*=\\s*\"Microsoft\\.NET\\.Sdk\\.(Web|Worker)\"|<OutputType(?:\\s+Condition\\s*=\\s*\"[^\"]*\")?\\s*>\\s*(Exe|WinExe)\\s*</OutputType>");
    private static final Set<String> MANIFESTS = Set.of("package.json", "project.json", "pyproject.toml", "setup.py",
            "setup.cfg");

    /**
     * A program's main and the words each of its matches starts with ({@link KeywordMatches}): it is tried only where
     * one of them is, not at every offset of the code.
     */
    private record MainPattern(Pattern pattern, String... starts) {
        boolean foundIn(String code) {
            return new KeywordMatches(pattern, code, starts).find();
        }
    }

    private EntryPoints() {
    }

    /** Whether the file could be an entry point from its path and role: production code, or a manifest of a production folder. */
    static boolean mayBe(String path, FileRole role) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (MANIFESTS.contains(name) || isDotnetProject(name)) {
            return FileRoles.codeRoleIn(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "")
                    == FileRole.PRODUCTION_CODE;
        }
        Language language = Language.of(path);
        boolean entryLanguage = language == Language.JAVA || language == Language.KOTLIN || language == Language.SCALA
                || language == Language.GO || language == Language.PYTHON || language == Language.TYPESCRIPT
                || language == Language.JAVASCRIPT;
        return entryLanguage && role == FileRole.PRODUCTION_CODE;
    }

    static Optional<ComponentMarker.EntryPoint> of(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (!mayBe(file.path(), file.role())) {
            return Optional.empty();
        }
        if (MANIFESTS.contains(name) || isDotnetProject(name)) {
            return manifest(file, name);
        }
        return switch (file.language()) {
            case JAVA -> code(file, "void main", JAVA_MAIN, ComponentMarker.Ecosystem.JVM);
            case KOTLIN -> code(file, "fun main", KOTLIN_MAIN, ComponentMarker.Ecosystem.JVM);
            case SCALA -> code(file, "", SCALA_MAIN, ComponentMarker.Ecosystem.JVM);
            case GO -> file.content().contains("package main") && GO_PACKAGE_MAIN.matcher(SourceLexer.lex(file).code()).find()
                    ? code(file, "func main", GO_FUNC_MAIN, ComponentMarker.Ecosystem.GO) : Optional.empty();
            case PYTHON -> name.equals("__main__.py") || file.content().contains("__main__") && hasMainGuard(SourceLexer.lex(file))
                    ? Optional.of(new ComponentMarker.EntryPoint(file.path(), ComponentMarker.Ecosystem.PYTHON)) : Optional.empty();
            case TYPESCRIPT, JAVASCRIPT -> file.content().contains("NestFactory")
                    ? code(file, "NestFactory", NEST_BOOTSTRAP, ComponentMarker.Ecosystem.NODE) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The guard must be code (a line of it), with {@code "__main__"} as its literal. */
    private static boolean hasMainGuard(LexedSource source) {
        Matcher guard = PYTHON_GUARD_CODE.matcher(source.code());
        while (guard.find()) {
            if (PYTHON_GUARD.matcher(source.uncommented()).region(guard.start(), source.uncommented().length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ComponentMarker.EntryPoint> code(SourceFile file, String hint, MainPattern pattern,
                                                           ComponentMarker.Ecosystem ecosystem) {
        boolean hinted = file.content().contains(hint) || file.content().contains("SpringBootApplication");
        return hinted && pattern.foundIn(SourceLexer.lex(file).code())
                ? Optional.of(new ComponentMarker.EntryPoint(file.path(), ecosystem)) : Optional.empty();
    }

    private static Optional<ComponentMarker.EntryPoint> manifest(SourceFile file, String name) {
        boolean runnable = switch (name) {
            case "package.json" -> runnablePackage(file.content());
            case "project.json" -> nxApplication(file.content());
            case "pyproject.toml" -> PYPROJECT_SCRIPTS.matcher(file.content()).find();
            case "setup.py", "setup.cfg" -> SETUP_SCRIPTS.matcher(file.content()).find();
            default -> DOTNET_RUNNABLE.matcher(file.content()).find();
        };
        ComponentMarker.Ecosystem ecosystem = name.endsWith(".json") ? ComponentMarker.Ecosystem.NODE
                : isDotnetProject(name) ? ComponentMarker.Ecosystem.DOTNET : ComponentMarker.Ecosystem.PYTHON;
        return runnable ? Optional.of(new ComponentMarker.EntryPoint(file.path(), ecosystem)) : Optional.empty();
    }

    /**
     * A malformed package.json marks nothing; the scan reports it where a detector reads it. A {@code main} beside the
     * package's type declarations ({@code types}, {@code typings}) is a library's module that other packages import,
     * documenso's {@code packages/lib}, not a program.
     */
    private static boolean runnablePackage(String content) {
        try {
            TreeNode root = JsonTree.parse(content);
            boolean library = TreePaths.at(root, "types").isPresent() || TreePaths.at(root, "typings").isPresent();
            return TreePaths.scalar(root, "main").isPresent() && !library || TreePaths.at(root, "bin").isPresent()
                    || TreePaths.scalar(root, "scripts", "start").isPresent();
        } catch (MalformedDocumentException e) {
            return false;
        }
    }

    /** An Nx workspace's {@code apps/users-api/project.json} declares an application; its libraries are not runnable. */
    private static boolean nxApplication(String content) {
        if (!content.contains("projectType")) {
            return false;
        }
        try {
            return TreePaths.scalar(JsonTree.parse(content), "projectType").filter("application"::equals).isPresent();
        } catch (MalformedDocumentException e) {
            return false;
        }
    }

    private static boolean isDotnetProject(String name) {
        return name.endsWith(".csproj") || name.endsWith(".fsproj") || name.endsWith(".vbproj");
    }
}
